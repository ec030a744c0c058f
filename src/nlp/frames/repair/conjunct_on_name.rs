//! A coordinated verb read as the modifier of the name after it: "recalled its envoy for
//! consultations and accused Spain of …" parsed with "accused" as an adjectival participle
//! on "Spain" and "Spain" as a conjunct of "consultations". A participle between "and" and
//! a proper name it would describe is rare in news ("the accused Spain"); the word is the
//! second verb of the clause, the name its object, and a clause hung on the name ("of
//! abandoning …") is the verb's.
use crate::nlp::syntax::Word;

/// Heads walked up from the name's conjunct to the verb of its clause.
const MAX_HOPS: usize = 4;

/// The repaired sentence, or `None` when no verb is read as a name's modifier after "and".
pub(super) fn conjunct_on_name(words: &[Word]) -> Option<Vec<Word>> {
    let v = (1..words.len().saturating_sub(1)).find(|&v| read_as_modifier(words, v))?;
    let name = v + 1;
    let mut verb = (words[name].head as usize).checked_sub(1)?;
    for _ in 0..MAX_HOPS {
        if words[verb].upos == "VERB" {
            break;
        }
        verb = (words[verb].head as usize).checked_sub(1)?;
    }
    if words[verb].upos != "VERB" || verb > v {
        return None;
    }
    let mut out = words.to_vec();
    out[v].head = verb as u32 + 1;
    out[v].deprel = "conj".into();
    out[v - 1].head = v as u32 + 1;
    out[name].head = v as u32 + 1;
    out[name].deprel = "obj".into();
    for w in out.iter_mut().skip(name + 1) {
        if w.head as usize == name + 1 && w.deprel == "acl" {
            w.head = v as u32 + 1;
            w.deprel = "advcl".into();
        }
    }
    Some(out)
}

/// Word `v` is a past verb right after "and", hung as `amod` on the proper name right after
/// it, and that name is a conjunct.
fn read_as_modifier(words: &[Word], v: usize) -> bool {
    let (w, name) = (&words[v], &words[v + 1]);
    w.upos == "VERB"
        && matches!(w.xpos.as_str(), "VBD" | "VBN")
        && w.deprel == "amod"
        && w.head as usize == v + 2
        && words[v - 1].form.eq_ignore_ascii_case("and")
        && name.upos == "PROPN"
        && name.deprel == "conj"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "A recalled its envoy for talks and accused B of lying.", "accused" on "B"
    const ON_NAME: [(&str, &str, &str, u32, &str); 12] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("recalled", "VBD", "VERB", 0, "root"),
        ("its", "PRP$", "PRON", 4, "nmod:poss"),
        ("envoy", "NN", "NOUN", 2, "obj"),
        ("for", "IN", "ADP", 6, "case"),
        ("talks", "NNS", "NOUN", 2, "obl"),
        ("and", "CC", "CCONJ", 8, "cc"),
        ("accused", "VBN", "VERB", 9, "amod"),
        ("Sylvania", "NNP", "PROPN", 6, "conj"),
        ("of", "IN", "SCONJ", 11, "mark"),
        ("lying", "VBG", "VERB", 9, "acl"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_verb_read_as_a_names_modifier_after_and_is_the_clauses_second_verb() {
        let fixed = conjunct_on_name(&words(&ON_NAME)).expect("repaired");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "conj"));
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (8, "obj"));
        assert_eq!((fixed[10].head, fixed[10].deprel.as_str()), (8, "advcl"));
    }

    #[test]
    fn an_adjective_or_a_modifier_after_a_determiner_stays() {
        // "… and divided Cyprus" with an adjective tag, or "the accused Sylvania"
        let mut rows = ON_NAME.to_vec();
        rows[7] = ("divided", "JJ", "ADJ", 9, "amod");
        assert!(conjunct_on_name(&words(&rows)).is_none());
        let mut rows = ON_NAME.to_vec();
        rows[6] = ("the", "DT", "DET", 9, "det");
        assert!(conjunct_on_name(&words(&rows)).is_none());
    }
}
