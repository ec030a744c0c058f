//! Branch after3: "before" read as a place ("appeared before a tribunal charged with …"), a
//! participle adjective inside the clause's subject ("an armed band"), and the last verb of a
//! list in the "after" clause hung on the main verb.
use super::list_conjunct::list_conjunct;
use super::subordinate_subject::subordinate_subject;
use crate::nlp::frames::repair::test_words as words;

// "The envoy appeared before a Freedonian tribunal on Monday charged with fraud ." with
// "charged" a participle (`acl`) of "tribunal"
const BEFORE_COURT: [(&str, &str, &str, u32, &str); 13] = [
    ("The", "DT", "DET", 2, "det"),
    ("envoy", "NN", "NOUN", 3, "nsubj"),
    ("appeared", "VBD", "VERB", 0, "root"),
    ("before", "IN", "ADP", 7, "case"),
    ("a", "DT", "DET", 7, "det"),
    ("Freedonian", "JJ", "ADJ", 7, "amod"),
    ("tribunal", "NN", "NOUN", 3, "obl"),
    ("on", "IN", "ADP", 9, "case"),
    ("Monday", "NNP", "PROPN", 7, "nmod"),
    ("charged", "VBN", "VERB", 7, "acl"),
    ("with", "IN", "ADP", 12, "case"),
    ("fraud", "NN", "NOUN", 10, "obl"),
    (".", ".", "PUNCT", 3, "punct"),
];

#[test]
fn a_participle_after_before_a_court_stays_a_modifier() {
    assert!(subordinate_subject(&words(&BEFORE_COURT)).is_none());
}

#[test]
fn the_same_participle_after_after_is_the_clause_verb() {
    // "… protested after a Freedonian tribunal charged with fraud …": "after" opens no place
    let mut rows = BEFORE_COURT.to_vec();
    rows[3].0 = "after";
    let fixed = subordinate_subject(&words(&rows)).expect("repaired");
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (10, "nsubj"));
}

#[test]
fn a_past_form_with_an_object_after_before_is_still_a_clause() {
    // "… two hours before a Freedonian tribunal sentenced the envoy": a past form with an
    // object has no participle reading (agentless2's rule, for every conjunction)
    let mut rows = BEFORE_COURT.to_vec();
    rows[9] = ("sentenced", "VBD", "VERB", 7, "acl");
    rows[10] = ("the", "DT", "DET", 12, "det");
    rows[11] = ("envoy", "NN", "NOUN", 10, "obj");
    let fixed = subordinate_subject(&words(&rows)).expect("repaired");
    assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (10, "mark"));
}

// "Ruritania protested after a Freedonian armed band threatened to raid a post ." with
// "armed" tagged as a verb and "threatened" a participle of "band"
const ARMED: [(&str, &str, &str, u32, &str); 13] = [
    ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
    ("protested", "VBD", "VERB", 0, "root"),
    ("after", "IN", "ADP", 7, "case"),
    ("a", "DT", "DET", 7, "det"),
    ("Freedonian", "JJ", "ADJ", 7, "amod"),
    ("armed", "VBN", "VERB", 7, "amod"),
    ("band", "NN", "NOUN", 2, "obl"),
    ("threatened", "VBN", "VERB", 7, "acl"),
    ("to", "TO", "PART", 10, "mark"),
    ("raid", "VB", "VERB", 8, "xcomp"),
    ("a", "DT", "DET", 12, "det"),
    ("post", "NN", "NOUN", 10, "obj"),
    (".", ".", "PUNCT", 2, "punct"),
];

#[test]
fn a_participle_adjective_in_the_subject_does_not_end_the_search() {
    let fixed = subordinate_subject(&words(&ARMED)).expect("repaired");
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (8, "nsubj"));
    assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (8, "mark"));
}

#[test]
fn a_verb_of_its_own_clause_still_ends_the_search() {
    // "… after a band that fled threatened …": a relative clause's verb is a clause
    let mut rows = ARMED.to_vec();
    rows[5] = ("fled", "VBD", "VERB", 7, "acl:relcl");
    assert!(subordinate_subject(&words(&rows)).is_none());
}

// "Ruritania sent troops after raiders crossed the river , burned a barn and killed two
// herders ." once "crossed" is the "after" clause, with "burned" its conjunct but "killed"
// a conjunct of "sent"
const LIST: [(&str, &str, &str, u32, &str); 17] = [
    ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
    ("sent", "VBD", "VERB", 0, "root"),
    ("troops", "NNS", "NOUN", 2, "obj"),
    ("after", "IN", "SCONJ", 6, "mark"),
    ("raiders", "NNS", "NOUN", 6, "nsubj"),
    ("crossed", "VBD", "VERB", 2, "advcl"),
    ("the", "DT", "DET", 8, "det"),
    ("river", "NN", "NOUN", 6, "obj"),
    (",", ",", "PUNCT", 10, "punct"),
    ("burned", "VBD", "VERB", 6, "conj"),
    ("a", "DT", "DET", 12, "det"),
    ("barn", "NN", "NOUN", 10, "obj"),
    ("and", "CC", "CCONJ", 14, "cc"),
    ("killed", "VBD", "VERB", 2, "conj"),
    ("two", "CD", "NUM", 16, "nummod"),
    ("herders", "NNS", "NOUN", 14, "obj"),
    (".", ".", "PUNCT", 2, "punct"),
];

#[test]
fn the_last_member_of_a_list_joins_the_list() {
    let fixed = list_conjunct(&words(&LIST)).expect("repaired");
    assert_eq!((fixed[13].head, fixed[13].deprel.as_str()), (6, "conj"));
}

#[test]
fn a_list_already_closed_keeps_a_later_conjunct() {
    // "… crossed the river and burned a barn, and killed …": "burned" has its coordinator,
    // so the list has ended and "killed" may be the main verb's
    let mut rows = LIST.to_vec();
    rows[8] = ("and", "CC", "CCONJ", 10, "cc");
    assert!(list_conjunct(&words(&rows)).is_none());
}

#[test]
fn a_conjunct_with_its_own_subject_stays() {
    // "… burned a barn and officials killed …": a clause of its own
    let mut rows = LIST.to_vec();
    rows[14] = ("officials", "NNS", "NOUN", 14, "nsubj");
    assert!(list_conjunct(&words(&rows)).is_none());
}
