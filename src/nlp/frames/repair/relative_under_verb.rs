//! A subject's describing relative clause hung on the main verb after it: "X, which
//! guarantees the talks, urged …" or "X, whose town lies nearby, urged …" parsed with X as
//! a vocative (or `dep`, `appos`) of the relative clause's verb, and that verb as a clausal
//! complement, subject or side clause of the main verb (X may also be read as a second
//! subject of the relative verb, beside the pronoun: a verb has one subject, and the
//! pronoun is the relative clause's). The main verb is then left with no
//! subject and its clause reads as said by no one. The relative verb goes back on X as
//! `acl:relcl`, and X becomes the main verb's subject. When a closing attribution ("…, an
//! official said") holds both clauses as complements, the main verb is the one between them.
use super::{has_dependent, DESCRIBING, FINITE};
use crate::nlp::syntax::Word;

/// How a relative verb may hang on the main verb in the misparse.
const UNDER_MAIN: [&str; 6] = ["ccomp", "nsubj", "csubj", "parataxis", "advcl", "dep"];

/// The repaired sentence, or `None` when it has no such relative clause.
pub(super) fn relative_under_verb(words: &[Word]) -> Option<Vec<Word>> {
    let (noun, clause) = (1..words.len()).find_map(|p| described(words, p))?;
    let verb = (words[clause].head as usize).checked_sub(1)?;
    let main =
        main_verb(words, clause, verb).or_else(|| before_attribution(words, clause, verb))?;
    let mut out = words.to_vec();
    out[noun].head = main as u32 + 1;
    out[noun].deprel = "nsubj".into();
    out[clause].head = noun as u32 + 1;
    out[clause].deprel = "acl:relcl".into();
    Some(out)
}

/// The verb the relative clause hangs on, when it is the main verb: finite (or with an
/// auxiliary), after the clause's closing comma, and with no subject of its own.
fn main_verb(words: &[Word], clause: usize, verb: usize) -> Option<usize> {
    let main = verb > clause
        && words[verb].upos == "VERB"
        && (FINITE.contains(&words[verb].xpos.as_str()) || has_dependent(words, verb, "aux"))
        && UNDER_MAIN.contains(&words[clause].deprel.as_str())
        && (clause + 1..verb).any(|i| words[i].form == ",");
    let subjects = has_subject(words, verb, clause);
    (main && !subjects && !has_dependent(words, verb, "expl")).then_some(verb)
}

/// "X, whose navy patrols the coast, provided images, an official said": a closing
/// attribution with its own subject takes both the relative clause and the main clause as
/// complements. The main verb is then the subjectless complement between the relative
/// clause's closing comma and the attribution's comma (a past form the tagger may read
/// as a participle: with no subject and a comma before the speaker, it is the clause).
fn before_attribution(words: &[Word], clause: usize, verb: usize) -> Option<usize> {
    if words[clause].deprel != "ccomp" || !has_subject(words, verb, clause) {
        return None;
    }
    (clause + 1..verb).find(|&m| {
        words[m].head as usize == verb + 1
            && words[m].deprel == "ccomp"
            && words[m].upos == "VERB"
            && matches!(words[m].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "VBN")
            && !has_subject(words, m, clause)
            && (clause + 1..m).any(|i| words[i].form == ",")
            && (m + 1..verb).any(|i| words[i].form == ",")
    })
}

/// Word `verb` has a subject other than the clause at `clause`.
fn has_subject(words: &[Word], verb: usize, clause: usize) -> bool {
    words
        .iter()
        .enumerate()
        .filter(|(i, w)| *i != clause && w.head as usize == verb + 1)
        .any(|(_, w)| w.deprel.starts_with("nsubj") || w.deprel.starts_with("csubj"))
}

/// (the described noun, the relative clause's verb) when word `p` is a describing pronoun
/// after a comma ("which", "who", or "whose" on the clause's subject) and the noun before
/// the comma, or the head of its name or list, hangs loose on that verb.
fn described(words: &[Word], p: usize) -> Option<(usize, usize)> {
    if words[p - 1].form != "," {
        return None;
    }
    let form = words[p].form.to_lowercase();
    let on = (words[p].head as usize).checked_sub(1)?;
    let clause = if DESCRIBING.contains(&form.as_str()) && words[p].deprel == "nsubj" {
        on
    } else if form == "whose" && words[on].deprel.starts_with("nsubj") {
        (words[on].head as usize).checked_sub(1)?
    } else {
        return None;
    };
    let mut noun = p.checked_sub(2)?;
    while matches!(
        words[noun].deprel.as_str(),
        "flat" | "compound" | "nmod" | "conj"
    ) {
        match (words[noun].head as usize).checked_sub(1) {
            Some(h) if h < noun => noun = h,
            _ => break,
        }
    }
    let loose = words[noun].head as usize == clause + 1
        && matches!(
            words[noun].deprel.as_str(),
            "vocative" | "dep" | "appos" | "nsubj"
        )
        && matches!(words[noun].upos.as_str(), "PROPN" | "NOUN");
    (loose && clause > p).then_some((noun, clause))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Freedonia and Sylvania, which watch the vote, urged both parties to talk."
    const UNDER: [(&str, &str, &str, u32, &str); 15] = [
        ("Freedonia", "NNP", "PROPN", 6, "vocative"),
        ("and", "CC", "CCONJ", 3, "cc"),
        ("Sylvania", "NNP", "PROPN", 1, "conj"),
        (",", ",", "PUNCT", 1, "punct"),
        ("which", "WDT", "PRON", 6, "nsubj"),
        ("watch", "VBP", "VERB", 10, "ccomp"),
        ("the", "DT", "DET", 8, "det"),
        ("vote", "NN", "NOUN", 6, "obj"),
        (",", ",", "PUNCT", 6, "punct"),
        ("urged", "VBD", "VERB", 0, "root"),
        ("both", "DT", "DET", 12, "det"),
        ("parties", "NNS", "NOUN", 10, "obj"),
        ("to", "TO", "PART", 14, "mark"),
        ("talk", "VB", "VERB", 10, "xcomp"),
        (".", ".", "PUNCT", 10, "punct"),
    ];

    #[test]
    fn a_relative_clause_under_the_main_verb_goes_back_on_its_subject() {
        let fixed = relative_under_verb(&words(&UNDER)).expect("repaired");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (10, "nsubj"));
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (1, "acl:relcl"));
        // "whose" on the relative clause's subject, the clause read as the main verb's subject
        let mut rows = UNDER.to_vec();
        rows[4] = ("whose", "WP$", "PRON", 6, "nmod:poss");
        rows[5] = ("port", "NN", "NOUN", 7, "nsubj");
        rows[6] = ("lies", "VBZ", "VERB", 10, "nsubj");
        rows[7] = ("nearby", "RB", "ADV", 7, "advmod");
        rows[8] = (",", ",", "PUNCT", 7, "punct");
        rows[0].3 = 7;
        let fixed = relative_under_verb(&words(&rows)).expect("repaired");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (10, "nsubj"));
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (1, "acl:relcl"));
    }

    #[test]
    fn a_second_subject_beside_the_pronoun_goes_to_a_perfect_main_verb() {
        // "Freedonia, which hosted the vote, has not imposed fines."
        const TWO: [(&str, &str, &str, u32, &str); 12] = [
            ("Freedonia", "NNP", "PROPN", 3, "nsubj"),
            (",", ",", "PUNCT", 3, "punct"),
            ("which", "WDT", "PRON", 4, "nsubj"),
            ("hosted", "VBD", "VERB", 10, "advcl"),
            ("the", "DT", "DET", 6, "det"),
            ("vote", "NN", "NOUN", 4, "obj"),
            (",", ",", "PUNCT", 4, "punct"),
            ("has", "VBZ", "AUX", 10, "aux"),
            ("not", "RB", "PART", 10, "advmod"),
            ("imposed", "VBN", "VERB", 0, "root"),
            ("fines", "NNS", "NOUN", 10, "obj"),
            (".", ".", "PUNCT", 10, "punct"),
        ];
        let mut rows = TWO.to_vec();
        rows[0].3 = 4;
        let fixed = relative_under_verb(&words(&rows)).expect("repaired");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (10, "nsubj"));
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (1, "acl:relcl"));
        // a participle with no auxiliary is no main clause: left alone
        rows[7] = ("then", "RB", "ADV", 10, "advmod");
        assert!(relative_under_verb(&words(&rows)).is_none());
    }

    // "Freedonia, whose navy patrols the coast, provided images, an official said."
    const ATTRIBUTED: [(&str, &str, &str, u32, &str); 16] = [
        ("Freedonia", "NNP", "PROPN", 5, "vocative"),
        (",", ",", "PUNCT", 1, "punct"),
        ("whose", "WP$", "PRON", 4, "nmod:poss"),
        ("navy", "NN", "NOUN", 5, "nsubj"),
        ("patrols", "VBZ", "VERB", 15, "ccomp"),
        ("the", "DT", "DET", 7, "det"),
        ("coast", "NN", "NOUN", 5, "obj"),
        (",", ",", "PUNCT", 9, "punct"),
        ("provided", "VBN", "VERB", 15, "ccomp"),
        ("images", "NNS", "NOUN", 9, "obj"),
        (",", ",", "PUNCT", 14, "punct"),
        ("an", "DT", "DET", 13, "det"),
        ("Sylvanian", "JJ", "ADJ", 14, "amod"),
        ("official", "NN", "NOUN", 15, "nsubj"),
        ("said", "VBD", "VERB", 0, "root"),
        (".", ".", "PUNCT", 15, "punct"),
    ];

    #[test]
    fn the_main_clause_before_a_closing_attribution_takes_the_described_subject() {
        let fixed = relative_under_verb(&words(&ATTRIBUTED)).expect("repaired");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (9, "nsubj"));
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (1, "acl:relcl"));
        // the complement has a subject of its own ("…, it provided images, …"): left alone
        let mut rows = ATTRIBUTED.to_vec();
        rows[7] = ("it", "PRP", "PRON", 9, "nsubj");
        assert!(relative_under_verb(&words(&rows)).is_none());
        // no comma before the speaker: no attribution to read past
        let mut rows = ATTRIBUTED.to_vec();
        rows[10] = ("then", "RB", "ADV", 9, "advmod");
        assert!(relative_under_verb(&words(&rows)).is_none());
    }

    #[test]
    fn a_main_verb_with_its_own_subject_or_no_closing_comma_stays() {
        // "…, which watch the vote, they said": the later verb has a subject of its own
        let mut rows = UNDER.to_vec();
        rows[10] = ("they", "PRP", "PRON", 10, "nsubj");
        assert!(relative_under_verb(&words(&rows)).is_none());
        // no comma closes the clause before the verb
        let mut rows = UNDER.to_vec();
        rows[8] = ("then", "RB", "ADV", 10, "advmod");
        assert!(relative_under_verb(&words(&rows)).is_none());
        // the name already is a subject: nothing hangs loose
        let mut rows = UNDER.to_vec();
        rows[0] = ("Freedonia", "NNP", "PROPN", 10, "nsubj");
        assert!(relative_under_verb(&words(&rows)).is_none());
    }
}
