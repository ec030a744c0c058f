//! A participle clause set off by commas between a subject and its verb. In "NATO's chief,
//! speaking at a news conference in Brussels, praised Norway" the parser may make the
//! subject the root, the participle its clause, and the finite verb a modifier (`acl`) of
//! the last noun inside the participle clause, so "Brussels" (or nothing) praised Norway
//! (fresh20: a wire idiom, "speaking to reporters", "speaking on condition of anonymity").
//! The finite verb becomes the root, the old root its subject, the participle its
//! adverbial clause; dependents of the old root after the verb (the full stop) follow it.
use super::ancestors;
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no finite verb is stranded in a participle clause
/// that follows the root nominal or the root verb's subject.
pub(super) fn interjected_participle(words: &[Word]) -> Option<Vec<Word>> {
    let root = words.iter().position(|w| w.head == 0)?;
    let subject = match words[root].upos.as_str() {
        "NOUN" | "PROPN" => root,
        // "S, speaking …, praised X but said Y": S the subject of the later root verb
        "VERB" => words.iter().position(|w| {
            w.head as usize == root + 1
                && w.deprel == "nsubj"
                && matches!(w.upos.as_str(), "NOUN" | "PROPN")
        })?,
        _ => return None,
    };
    let participle = (subject + 1..words.len()).find(|&p| set_off_participle(words, p, subject))?;
    let verb = (participle + 1..words.len()).find(|&v| stranded_verb(words, v, participle))?;
    if subject != root && root < verb {
        return None;
    }
    let mut out = words.to_vec();
    let verb_id = verb as u32 + 1;
    if subject == root {
        // dependents of the old root after the verb (the full stop) follow it
        for (i, w) in out.iter_mut().enumerate() {
            if w.head as usize == root + 1 && i > verb {
                w.head = verb_id;
            }
        }
    } else {
        // the later root verb becomes the verb's second conjunct, sharing its subject
        out[root].head = verb_id;
        out[root].deprel = "conj".into();
    }
    out[verb].head = 0;
    out[verb].deprel = "root".into();
    out[subject].head = verb_id;
    out[subject].deprel = "nsubj".into();
    out[participle].head = verb_id;
    out[participle].deprel = "advcl".into();
    Some(out)
}

fn comma_before(words: &[Word], i: usize) -> bool {
    i > 0 && words[i - 1].form == ","
}

/// Word `p` is an `-ing` participle hung on the subject as a clause, after a comma.
fn set_off_participle(words: &[Word], p: usize, subject: usize) -> bool {
    let w = &words[p];
    w.xpos == "VBG"
        && w.upos == "VERB"
        && w.head as usize == subject + 1
        && matches!(w.deprel.as_str(), "advcl" | "acl" | "list" | "appos")
        && comma_before(words, p)
}

/// Word `v` is a finite past or present verb after a comma, with no subject of its own,
/// hanging as a modifier somewhere inside the participle's clause. The tagger often reads
/// such a past tense as a participle (`VBN`); one with an object is taken as finite, a
/// passive modifier ("a conference, attended by envoys") has none.
fn stranded_verb(words: &[Word], v: usize, participle: usize) -> bool {
    let w = &words[v];
    let finite = matches!(w.xpos.as_str(), "VBD" | "VBZ" | "VBP")
        || (w.xpos == "VBN" && super::has_dependent(words, v, "obj"));
    finite
        && w.upos == "VERB"
        && matches!(w.deprel.as_str(), "acl" | "acl:relcl" | "advcl" | "conj")
        && comma_before(words, v)
        && !super::has_dependent(words, v, "nsubj")
        && ancestors(words, v).any(|a| a == participle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::test_words as words;

    // "The minister , speaking to reporters , praised Ruritania ." as the parser built it:
    // the subject the root, the verb a modifier of "reporters"
    const SPEAKING: [(&str, &str, &str, u32, &str); 10] = [
        ("The", "DT", "DET", 2, "det"),
        ("minister", "NN", "NOUN", 0, "root"),
        (",", ",", "PUNCT", 4, "punct"),
        ("speaking", "VBG", "VERB", 2, "advcl"),
        ("to", "IN", "ADP", 6, "case"),
        ("reporters", "NNS", "NOUN", 4, "obl"),
        (",", ",", "PUNCT", 8, "punct"),
        ("praised", "VBD", "VERB", 6, "acl"),
        ("Ruritania", "NNP", "PROPN", 8, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_verb_stranded_in_the_participle_clause_becomes_the_root() {
        let fixed = interjected_participle(&words(&SPEAKING)).expect("repaired");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (0, "root"));
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (8, "nsubj"));
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (8, "advcl"));
        assert_eq!(fixed[9].head, 8, "the full stop follows the verb");
        assert_eq!(fixed[8].head, 8, "the object stays with the verb");
    }

    #[test]
    fn a_verbal_root_or_a_verb_with_its_own_subject_is_left() {
        let mut rows = SPEAKING.to_vec();
        rows[1] = ("minister", "NN", "NOUN", 8, "nsubj");
        rows[7] = ("praised", "VBD", "VERB", 0, "root");
        assert!(interjected_participle(&words(&rows)).is_none());
        let mut rows = SPEAKING.to_vec();
        rows[8] = ("Ruritania", "NNP", "PROPN", 8, "nsubj");
        assert!(interjected_participle(&words(&rows)).is_none());
        let mut rows = SPEAKING.to_vec();
        rows[6] = ("and", "CC", "CCONJ", 8, "cc");
        assert!(interjected_participle(&words(&rows)).is_none());
    }

    #[test]
    fn a_later_root_verb_becomes_the_second_conjunct() {
        // "The minister , speaking to reporters , praised Ruritania but said no ." with the
        // subject under "said"
        let rows = [
            ("The", "DT", "DET", 2, "det"),
            ("minister", "NN", "NOUN", 11, "nsubj"),
            (",", ",", "PUNCT", 4, "punct"),
            ("speaking", "VBG", "VERB", 2, "list"),
            ("to", "IN", "ADP", 6, "case"),
            ("reporters", "NNS", "NOUN", 4, "obl"),
            (",", ",", "PUNCT", 8, "punct"),
            ("praised", "VBD", "VERB", 6, "acl"),
            ("Ruritania", "NNP", "PROPN", 8, "obj"),
            ("but", "CC", "CCONJ", 11, "cc"),
            ("said", "VBD", "VERB", 0, "root"),
            ("no", "UH", "INTJ", 11, "obj"),
            (".", ".", "PUNCT", 11, "punct"),
        ];
        let fixed = interjected_participle(&words(&rows)).expect("repaired");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (0, "root"));
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (8, "nsubj"));
        assert_eq!((fixed[10].head, fixed[10].deprel.as_str()), (8, "conj"));
    }

    #[test]
    fn a_participle_tag_counts_as_finite_only_with_an_object() {
        let mut rows = SPEAKING.to_vec();
        rows[7] = ("praised", "VBN", "VERB", 6, "acl");
        assert!(interjected_participle(&words(&rows)).is_some());
        rows[8] = ("Ruritania", "NNP", "PROPN", 8, "obl");
        assert!(interjected_participle(&words(&rows)).is_none());
    }
}
