//! What a speaker said in a document, read as a description of the document: "X and Y said
//! in a joint statement that Z had violated the truce" parsed with the "that" clause as an
//! `acl` (or `acl:relcl`) of "statement", so the speech verb has no content and the
//! accusation or demand in it is lost. A "that" right after a document noun (`message_noun`)
//! that is the "in" oblique of a speech verb, opening a clause with a subject of its own,
//! is the speech verb's content: the clause becomes its `ccomp`, with "that" its `mark`. A
//! relative clause on the document ("in a statement that Z issued") has "that" as its
//! object and no other: it stays. The content's head read as a noun with a subject and no
//! copula ("that Z bore full responsibility") is a verb, and a noun hung on it as an
//! apposition is its object.
use super::has_dependent;
use crate::nlp::frames::FrameLexicon;
use crate::nlp::lexicon::List;
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no content clause hangs on a document noun.
pub(super) fn statement_content(words: &[Word]) -> Option<Vec<Word>> {
    let (clause, speech, that) = (0..words.len()).find_map(|v| misread(words, v))?;
    let mut out = words.to_vec();
    out[clause].head = speech as u32 + 1;
    out[clause].deprel = "ccomp".into();
    out[that].head = clause as u32 + 1;
    out[that].deprel = "mark".into();
    out[that].upos = "SCONJ".into();
    out[that].xpos = "IN".into();
    if out[clause].upos == "NOUN" {
        out[clause].upos = "VERB".into();
        out[clause].xpos = "VBD".into();
        for k in clause + 1..words.len() {
            if words[k].head as usize == clause + 1 && words[k].deprel == "appos" {
                out[k].deprel = "obj".into();
            }
        }
    }
    // "… that Z bore responsibility for the situation and called on it to withdraw": a verb
    // coordinated onto a noun inside the content, with no subject of its own, is the
    // speaker's second act (a noun takes no verb conjunct)
    for k in clause + 1..words.len() {
        let on_noun = (words[k].head as usize)
            .checked_sub(1)
            .is_some_and(|h| h != clause && matches!(words[h].upos.as_str(), "NOUN" | "PROPN"));
        let inside = super::object_as_subject::descends_from(words, k, clause);
        if words[k].deprel == "conj"
            && words[k].upos == "VERB"
            && on_noun
            && inside
            && !has_dependent(words, k, "nsubj")
        {
            out[k].head = speech as u32 + 1;
        }
    }
    Some(out)
}

/// (the clause, the speech verb, "that"), 0-based, when clause `v` is a speech verb's
/// content hung on the document noun it was said in.
fn misread(words: &[Word], v: usize) -> Option<(usize, usize, usize)> {
    if !matches!(words[v].deprel.as_str(), "acl" | "acl:relcl") {
        return None;
    }
    let noun = (words[v].head as usize).checked_sub(1).filter(|&n| n < v)?;
    let that = noun + 1;
    let n = &words[noun];
    let speech = (n.head as usize).checked_sub(1).filter(|&s| s < noun)?;
    let in_case = (0..noun).any(|k| {
        words[k].head as usize == noun + 1
            && words[k].deprel == "case"
            && words[k].form.eq_ignore_ascii_case("in")
    });
    let documents = &FrameLexicon::builtin().ok()?.message_noun;
    let speech_forms = speech_forms();
    let document = documents.contains(&n.form.to_lowercase());
    let said = speech_forms.contains(&words[speech].form.to_lowercase().as_str());
    let opens = words[that].form.eq_ignore_ascii_case("that") && words[that].head as usize == v + 1;
    if !(n.deprel.starts_with("obl") && in_case && document && said && opens) {
        return None;
    }
    let own_subject = (that + 1..v)
        .any(|k| words[k].head as usize == v + 1 && words[k].deprel.starts_with("nsubj"));
    let object_gap = words[that].deprel == "obj"
        && !(v + 1..words.len())
            .any(|k| words[k].head as usize == v + 1 && words[k].deprel == "obj");
    let nominal = words[v].upos == "NOUN" && has_dependent(words, v, "cop");
    (own_subject && !object_gap && !nominal).then_some((v, speech, that))
}

/// The speech verb forms (`speech` in the closed-word list); the document nouns are
/// `FrameLexicon`'s `message_noun`.
fn speech_forms() -> &'static [&'static str] {
    static FORMS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| List::ClosedWords.words("speech"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Freedonia said in a statement that Ruritania had broken the truce ." as parsed
    const CONTENT: [(&str, &str, &str, u32, &str); 12] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("said", "VBD", "VERB", 0, "root"),
        ("in", "IN", "ADP", 5, "case"),
        ("a", "DT", "DET", 5, "det"),
        ("statement", "NN", "NOUN", 2, "obl"),
        ("that", "WDT", "PRON", 9, "nsubj"),
        ("Ruritania", "NNP", "PROPN", 9, "nsubj"),
        ("had", "VBD", "AUX", 9, "aux"),
        ("broken", "VBN", "VERB", 5, "acl:relcl"),
        ("the", "DT", "DET", 11, "det"),
        ("truce", "NN", "NOUN", 9, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_that_clause_on_the_statement_is_what_was_said() {
        let out = statement_content(&words(&CONTENT)).expect("repaired");
        assert_eq!((out[8].head, out[8].deprel.as_str()), (2, "ccomp"));
        assert_eq!((out[5].head, out[5].deprel.as_str()), (9, "mark"));
    }

    #[test]
    fn a_verb_coordinated_onto_a_noun_of_the_content_is_the_speakers() {
        // "… the truce and urged it to withdraw ." with "urged" on "truce"
        let mut rows = CONTENT.to_vec();
        rows.truncate(11);
        rows.extend([
            ("and", "CC", "CCONJ", 13, "cc"),
            ("urged", "VBD", "VERB", 11, "conj"),
            ("it", "PRP", "PRON", 13, "obj"),
            (".", ".", "PUNCT", 2, "punct"),
        ]);
        let out = statement_content(&words(&rows)).expect("repaired");
        assert_eq!((out[12].head, out[12].deprel.as_str()), (2, "conj"));
    }

    #[test]
    fn a_head_read_as_a_noun_becomes_the_verb_and_its_apposition_its_object() {
        // "… that Ruritania bore responsibility ." with "bore" read as a noun
        let rows = [
            ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
            ("said", "VBD", "VERB", 0, "root"),
            ("in", "IN", "ADP", 5, "case"),
            ("a", "DT", "DET", 5, "det"),
            ("statement", "NN", "NOUN", 2, "obl"),
            ("that", "IN", "SCONJ", 8, "mark"),
            ("Ruritania", "NNP", "PROPN", 8, "nsubj"),
            ("bore", "NN", "NOUN", 5, "acl"),
            ("responsibility", "NN", "NOUN", 8, "appos"),
            (".", ".", "PUNCT", 2, "punct"),
        ];
        let out = statement_content(&words(&rows)).expect("repaired");
        assert_eq!((out[7].head, out[7].upos.as_str()), (2, "VERB"));
        assert_eq!((out[8].head, out[8].deprel.as_str()), (8, "obj"));
    }

    #[test]
    fn a_relative_clause_on_the_document_or_a_thing_that_was_said_stays() {
        // "… in a statement that Ruritania had issued ." ("that" the only object)
        let mut rows = CONTENT.to_vec();
        rows[5] = ("that", "WDT", "PRON", 9, "obj");
        rows[8] = ("issued", "VBN", "VERB", 5, "acl:relcl");
        rows.truncate(9);
        rows.push((".", ".", "PUNCT", 2, "punct"));
        assert!(statement_content(&words(&rows)).is_none());
        // "Freedonia read a statement that …": no speech verb, no "in"
        let mut rows = CONTENT;
        rows[1].0 = "read";
        assert!(statement_content(&words(&rows)).is_none());
        let mut rows = CONTENT;
        rows[2].0 = "after";
        assert!(statement_content(&words(&rows)).is_none());
    }
}
