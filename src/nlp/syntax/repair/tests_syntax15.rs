//! Tests of the adjective-modifier repair (`adjective_modifier.rs`), on sentences written
//! for them (branch syntax15).
use super::adjective_modifier::adjective_modifier;
use crate::nlp::syntax::test_words as words;

// `The council held a public meeting .` with "public" read as a noun modifier
const MEETING: [(&str, &str, &str, u32, &str); 7] = [
    ("The", "DT", "DET", 2, "det"),
    ("council", "NN", "NOUN", 3, "nsubj"),
    ("held", "VBD", "VERB", 0, "root"),
    ("a", "DT", "DET", 6, "det"),
    ("public", "NN", "NOUN", 6, "compound"),
    ("meeting", "NN", "NOUN", 3, "obj"),
    (".", ".", "PUNCT", 3, "punct"),
];

#[test]
fn a_listed_adjective_read_as_a_noun_modifier_becomes_amod() {
    let fixed = adjective_modifier(&words(&MEETING)).expect("relabelled");
    let w = &fixed[4];
    assert_eq!(
        (w.head, w.deprel.as_str(), w.upos.as_str()),
        (6, "amod", "ADJ")
    );
    assert_eq!(w.xpos, "JJ");
    // nothing else changes, and a right tree is left alone
    assert_eq!(fixed[1].deprel, "nsubj");
    assert!(adjective_modifier(&fixed).is_none());
}

// `Dock workers blocked the gate .`: "dock" is a noun modifier, not listed
const DOCK: [(&str, &str, &str, u32, &str); 6] = [
    ("Dock", "NN", "NOUN", 2, "compound"),
    ("workers", "NNS", "NOUN", 3, "nsubj"),
    ("blocked", "VBD", "VERB", 0, "root"),
    ("the", "DT", "DET", 5, "det"),
    ("gate", "NN", "NOUN", 3, "obj"),
    (".", ".", "PUNCT", 3, "punct"),
];

#[test]
fn a_noun_modifier_stays_a_compound() {
    assert!(adjective_modifier(&words(&DOCK)).is_none());
}

// `The talks were public .`: a listed word that modifies no noun after it is not touched
const PREDICATE: [(&str, &str, &str, u32, &str); 5] = [
    ("The", "DT", "DET", 2, "det"),
    ("talks", "NNS", "NOUN", 4, "nsubj"),
    ("were", "VBD", "AUX", 4, "cop"),
    ("public", "NN", "NOUN", 0, "root"),
    (".", ".", "PUNCT", 4, "punct"),
];

#[test]
fn only_a_modifier_before_its_noun_is_relabelled() {
    assert!(adjective_modifier(&words(&PREDICATE)).is_none());
}
