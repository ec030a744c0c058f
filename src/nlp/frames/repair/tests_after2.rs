//! Branch after2: more misread "after" clauses under a reaction ("summoned the envoy after a
//! Ruritanian patrol boat fired on a fishing boat"): a participle with a phrase of its own
//! on a noun that names a party, and a past form hung on the noun before "after".
use super::subordinate_subject::subordinate_subject;
use crate::nlp::frames::repair::test_words as words;

// "Freedonia protested after a Ruritanian patrol boat fired on a trawler ." with "fired" a
// participle (`acl`) of "boat"
const PARTICIPLE: [(&str, &str, &str, u32, &str); 12] = [
    ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
    ("protested", "VBD", "VERB", 0, "root"),
    ("after", "IN", "ADP", 7, "case"),
    ("a", "DT", "DET", 7, "det"),
    ("Ruritanian", "JJ", "ADJ", 7, "amod"),
    ("patrol", "NN", "NOUN", 7, "compound"),
    ("boat", "NN", "NOUN", 2, "obl"),
    ("fired", "VBN", "VERB", 7, "acl"),
    ("on", "IN", "ADP", 11, "case"),
    ("a", "DT", "DET", 11, "det"),
    ("trawler", "NN", "NOUN", 8, "obl"),
    (".", ".", "PUNCT", 2, "punct"),
];

#[test]
fn a_party_s_participle_with_a_phrase_is_the_clause_verb() {
    let fixed = subordinate_subject(&words(&PARTICIPLE)).expect("repaired");
    assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "advcl"));
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (8, "nsubj"));
    assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (8, "mark"));
    assert_eq!(fixed[7].xpos, "VBD");
}

#[test]
fn a_participle_with_a_by_agent_stays_a_modifier() {
    // "after a Ruritanian patrol boat fired on by a trawler": a passive
    let mut rows = PARTICIPLE.to_vec();
    rows[8].0 = "by";
    assert!(subordinate_subject(&words(&rows)).is_none());
}

#[test]
fn a_participle_on_a_noun_naming_no_party_stays_a_modifier() {
    // "after a patrol boat fired on a trawler" with no party named: left as parsed
    let mut rows = PARTICIPLE.to_vec();
    rows[4] = ("old", "JJ", "ADJ", 7, "amod");
    assert!(subordinate_subject(&words(&rows)).is_none());
}

// "Freedonia sent a note after Ruritanian soldiers detained nine farmers ." with "after
// soldiers" and "detained …" both on "note"
const ON_NOTE: [(&str, &str, &str, u32, &str); 11] = [
    ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
    ("sent", "VBD", "VERB", 0, "root"),
    ("a", "DT", "DET", 4, "det"),
    ("note", "NN", "NOUN", 2, "obj"),
    ("after", "IN", "ADP", 7, "case"),
    ("Ruritanian", "NNP", "PROPN", 7, "compound"),
    ("soldiers", "NNS", "NOUN", 4, "nmod"),
    ("detained", "VBD", "VERB", 4, "acl"),
    ("nine", "CD", "NUM", 10, "nummod"),
    ("farmers", "NNS", "NOUN", 8, "obj"),
    (".", ".", "PUNCT", 2, "punct"),
];

#[test]
fn a_past_form_on_the_noun_before_after_is_the_clause_verb() {
    let fixed = subordinate_subject(&words(&ON_NOTE)).expect("repaired");
    assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "advcl"));
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (8, "nsubj"));
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (8, "mark"));
}

#[test]
fn a_relative_on_a_noun_after_the_phrase_stays() {
    // "… after the talks a note detained …" is no such clause: the noun before "after"
    // must be the one both hang on
    let mut rows = ON_NOTE.to_vec();
    rows[7].3 = 7;
    rows[7].1 = "VBN";
    rows[9].4 = "obl";
    rows[5] = ("old", "JJ", "ADJ", 7, "amod");
    assert!(subordinate_subject(&words(&rows)).is_none());
}
