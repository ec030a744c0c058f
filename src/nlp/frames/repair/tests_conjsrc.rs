//! Branch conjsrc: the subject of a second clause read as a noun conjunct of the first
//! clause while the second verb hangs, subjectless, on the first (`clause_on_conjunct.rs`),
//! on hand-built trees of the parser's misreadings.
use super::clause_on_conjunct::clause_on_conjunct;
use super::subordinate_subject::subordinate_subject;
use super::test_words as words;

type Row = (&'static str, &'static str, &'static str, u32, &'static str);

// "The bloc fined two firms in May, and Freedonia and Sylvania have expelled envoys." with
// both names read as conjuncts of "May" and "expelled" a subjectless conjunct of "fined"
const NAMES_ON_DATE: [Row; 15] = [
    ("The", "DT", "DET", 2, "det"),
    ("bloc", "NN", "NOUN", 3, "nsubj"),
    ("fined", "VBD", "VERB", 0, "root"),
    ("two", "CD", "NUM", 5, "nummod"),
    ("firms", "NNS", "NOUN", 3, "obj"),
    ("in", "IN", "ADP", 7, "case"),
    ("May", "NNP", "PROPN", 3, "obl"),
    (",", ",", "PUNCT", 10, "punct"),
    ("and", "CC", "CCONJ", 10, "cc"),
    ("Freedonia", "NNP", "PROPN", 7, "conj"),
    ("and", "CC", "CCONJ", 12, "cc"),
    ("Sylvania", "NNP", "PROPN", 7, "conj"),
    ("have", "VBP", "AUX", 14, "aux"),
    ("expelled", "VBN", "VERB", 3, "conj"),
    ("envoys", "NNS", "NOUN", 14, "obj"),
];

#[test]
fn the_names_before_a_subjectless_second_verb_are_its_subject() {
    let fixed = clause_on_conjunct(&words(&NAMES_ON_DATE)).expect("repaired");
    assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (14, "nsubj"));
    assert_eq!((fixed[11].head, fixed[11].deprel.as_str()), (10, "conj"));
    assert_eq!(
        fixed[8].head, 14,
        "the clauses' conjunction moves to the verb"
    );
    assert_eq!((fixed[13].head, fixed[13].deprel.as_str()), (3, "conj"));
}

// "The union urged both sides to talk, and Freedonia, which chairs the panel, offered
// help." with "Freedonia" a conjunct of "talk"
const NAME_WITH_RELATIVE: [Row; 17] = [
    ("The", "DT", "DET", 2, "det"),
    ("union", "NN", "NOUN", 3, "nsubj"),
    ("urged", "VBD", "VERB", 0, "root"),
    ("both", "DT", "DET", 5, "det"),
    ("sides", "NNS", "NOUN", 3, "obj"),
    ("to", "TO", "PART", 7, "mark"),
    ("talk", "VB", "VERB", 3, "xcomp"),
    (",", ",", "PUNCT", 10, "punct"),
    ("and", "CC", "CCONJ", 10, "cc"),
    ("Freedonia", "NNP", "PROPN", 7, "conj"),
    (",", ",", "PUNCT", 13, "punct"),
    ("which", "WDT", "PRON", 13, "nsubj"),
    ("chairs", "VBZ", "VERB", 10, "acl:relcl"),
    ("the", "DT", "DET", 15, "det"),
    ("panel", "NN", "NOUN", 13, "obj"),
    (",", ",", "PUNCT", 17, "punct"),
    ("offered", "VBD", "VERB", 3, "conj"),
];

#[test]
fn a_name_with_its_relative_clause_is_the_next_verbs_subject() {
    let fixed = clause_on_conjunct(&words(&NAME_WITH_RELATIVE)).expect("repaired");
    assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (17, "nsubj"));
    assert_eq!(
        (fixed[11].head, fixed[11].deprel.as_str()),
        (13, "nsubj"),
        "the relative clause keeps its own subject"
    );
    assert_eq!(
        (fixed[12].head, fixed[12].deprel.as_str()),
        (10, "acl:relcl")
    );
}

#[test]
fn a_verb_with_its_own_subject_or_conjunction_is_left() {
    let mut rows = NAMES_ON_DATE.to_vec();
    rows.push(("they", "PRP", "PRON", 14, "nsubj"));
    assert!(clause_on_conjunct(&words(&rows)).is_none());
    let mut rows = NAME_WITH_RELATIVE.to_vec();
    rows[15] = ("and", "CC", "CCONJ", 17, "cc");
    assert!(clause_on_conjunct(&words(&rows)).is_none());
}

#[test]
fn the_last_name_of_a_list_is_no_subject() {
    // "… fined Arcadia, Borduria, and Freedonia, expelled envoys": a list's last member
    let rows: [Row; 11] = [
        ("The", "DT", "DET", 2, "det"),
        ("bloc", "NN", "NOUN", 3, "nsubj"),
        ("fined", "VBD", "VERB", 0, "root"),
        ("Arcadia", "NNP", "PROPN", 3, "obj"),
        (",", ",", "PUNCT", 6, "punct"),
        ("Borduria", "NNP", "PROPN", 4, "conj"),
        (",", ",", "PUNCT", 9, "punct"),
        ("and", "CC", "CCONJ", 9, "cc"),
        ("Freedonia", "NNP", "PROPN", 4, "conj"),
        (",", ",", "PUNCT", 11, "punct"),
        ("expelled", "VBD", "VERB", 3, "conj"),
    ];
    assert!(clause_on_conjunct(&words(&rows)).is_none());
}

// "Freedonia summoned the envoy after ten sailors were refused entry." with "after" read
// as the noun's preposition, "were" as a copula and "refused" a conjunct of "summoned"
const PASSIVE_AFTER: [Row; 11] = [
    ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
    ("summoned", "VBD", "VERB", 0, "root"),
    ("the", "DT", "DET", 4, "det"),
    ("envoy", "NN", "NOUN", 2, "obj"),
    ("after", "IN", "ADP", 7, "case"),
    ("ten", "CD", "NUM", 7, "nummod"),
    ("sailors", "NNS", "NOUN", 2, "obl"),
    ("were", "VBD", "AUX", 9, "cop"),
    ("refused", "VBD", "VERB", 2, "conj"),
    ("entry", "NN", "NOUN", 9, "obj"),
    (".", ".", "PUNCT", 2, "punct"),
];

#[test]
fn a_passive_after_clause_hung_as_a_conjunct_keeps_its_own_patient() {
    let mut rows = words(&PASSIVE_AFTER);
    rows[7].lemma = "be".into();
    let fixed = subordinate_subject(&rows).expect("repaired");
    assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (2, "advcl"));
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (9, "nsubj:pass"));
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (9, "mark"));
    assert_eq!(fixed[7].deprel, "aux:pass");
}
