//! The relative-clause subject repair with the object-control infinitive hung on the
//! oblique's noun (branch recall79). Hand-built trees of invented sentences.
use super::repair::main_verb_after_relative;
use crate::nlp::syntax::test_words as words;

/// "Freedonia, which chairs Sylvania this year, called on both governments to show
/// restraint and offered to host talks." parsed with "called" (read as a participle) and
/// "offered" as conjuncts of the relative clause and "show" as a modifier of "governments".
const CALLED_ON: [(&str, &str, &str, u32, &str); 18] = [
    ("Freedonia", "NNP", "PROPN", 0, "root"),
    (",", ",", "PUNCT", 4, "punct"),
    ("which", "WDT", "PRON", 4, "nsubj"),
    ("chairs", "VBZ", "VERB", 1, "acl:relcl"),
    ("Sylvania", "NNP", "PROPN", 4, "obj"),
    (",", ",", "PUNCT", 7, "punct"),
    ("called", "VBN", "VERB", 4, "conj"),
    ("on", "IN", "ADP", 10, "case"),
    ("both", "DT", "DET", 10, "det"),
    ("governments", "NNS", "NOUN", 7, "obl"),
    ("to", "TO", "PART", 12, "mark"),
    ("show", "VB", "VERB", 10, "acl"),
    ("restraint", "NN", "NOUN", 12, "obj"),
    ("and", "CC", "CCONJ", 15, "cc"),
    ("offered", "VBD", "VERB", 4, "conj"),
    ("to", "TO", "PART", 17, "mark"),
    ("host", "VB", "VERB", 15, "xcomp"),
    ("talks", "NNS", "NOUN", 17, "obj"),
];

#[test]
fn a_call_on_a_party_with_its_infinitive_on_the_noun_is_the_main_verb() {
    let w = words(&CALLED_ON);
    let fixed = main_verb_after_relative(&w);
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (0, "root"));
    assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (7, "nsubj"));
}

#[test]
fn an_infinitive_on_another_noun_is_no_object_control() {
    // the infinitive hangs on the relative clause's object, not on the verb's oblique:
    // "called" stays a describing participle (a later finite verb may be the main one)
    let mut rows = CALLED_ON;
    rows[11] = ("show", "VB", "VERB", 5, "acl");
    let w = words(&rows);
    assert_ne!(main_verb_after_relative(&w)[6].deprel, "root");
}
