//! Branch asides: a subject parted from its verb by a comma-delimited aside
//! (`aside_subject.rs`), on hand-built trees of the parser's misreadings.
use super::aside_subject::aside_subject;
use super::test_words as words;

type Row = (&'static str, &'static str, &'static str, u32, &'static str);

// "The bloc, meeting in Oslo, called on Freedonia to talk." with "called" read as a
// participle on "Oslo" and the subject as the root
const PARTICIPLE: [Row; 12] = [
    ("The", "DT", "DET", 2, "det"),
    ("bloc", "NN", "NOUN", 0, "root"),
    (",", ",", "PUNCT", 4, "punct"),
    ("meeting", "VBG", "VERB", 2, "acl"),
    ("in", "IN", "ADP", 6, "case"),
    ("Oslo", "NNP", "PROPN", 4, "obl"),
    (",", ",", "PUNCT", 8, "punct"),
    ("called", "VBN", "VERB", 6, "acl"),
    ("on", "IN", "ADP", 10, "case"),
    ("Freedonia", "NNP", "PROPN", 8, "obl"),
    ("talk", "VB", "VERB", 8, "advcl"),
    (".", ".", "PUNCT", 2, "punct"),
];

#[test]
fn a_verb_after_a_participle_aside_takes_the_opening_noun_for_subject() {
    let fixed = aside_subject(&words(&PARTICIPLE)).expect("repaired");
    assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (0, "root"));
    assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (8, "nsubj"));
    assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (2, "acl"));
    assert_eq!(fixed[11].head, 8, "the full stop follows the verb");
}

// "The league, to which both states belong, urged Sylvania to talk." with "urged" a
// conjunct of the relative clause's verb
const RELATIVE: [Row; 13] = [
    ("The", "DT", "DET", 2, "det"),
    ("league", "NN", "NOUN", 0, "root"),
    (",", ",", "PUNCT", 8, "punct"),
    ("to", "IN", "ADP", 5, "case"),
    ("which", "WDT", "PRON", 8, "obl"),
    ("both", "DT", "DET", 7, "det"),
    ("states", "NNS", "NOUN", 8, "nsubj"),
    ("belong", "VBP", "VERB", 2, "acl:relcl"),
    (",", ",", "PUNCT", 10, "punct"),
    ("urged", "VBD", "VERB", 8, "conj"),
    ("Sylvania", "NNP", "PROPN", 10, "obj"),
    ("talk", "VB", "VERB", 10, "xcomp"),
    (".", ".", "PUNCT", 2, "punct"),
];

#[test]
fn a_relative_asides_own_subject_stays_its_own() {
    let fixed = aside_subject(&words(&RELATIVE)).expect("repaired");
    assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (0, "root"));
    assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (10, "nsubj"));
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (8, "nsubj"));
    assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "acl:relcl"));
}

// "The envoy, who arrived on Monday, thanked Freedonia and urged Sylvania to talk." with
// the main verbs conjuncts of "arrived" and the root an earlier adjective
const COORDINATED: [Row; 16] = [
    ("The", "DT", "DET", 2, "det"),
    ("envoy", "NN", "NOUN", 0, "root"),
    (",", ",", "PUNCT", 5, "punct"),
    ("who", "WP", "PRON", 5, "nsubj"),
    ("arrived", "VBD", "VERB", 2, "acl:relcl"),
    ("on", "IN", "ADP", 7, "case"),
    ("Monday", "NNP", "PROPN", 5, "obl"),
    (",", ",", "PUNCT", 9, "punct"),
    ("thanked", "VBD", "VERB", 5, "conj"),
    ("Freedonia", "NNP", "PROPN", 9, "obj"),
    ("and", "CC", "CCONJ", 12, "cc"),
    ("urged", "VBD", "VERB", 9, "conj"),
    ("Sylvania", "NNP", "PROPN", 12, "obj"),
    ("to", "TO", "PART", 15, "mark"),
    ("talk", "VB", "VERB", 12, "xcomp"),
    (".", ".", "PUNCT", 2, "punct"),
];

#[test]
fn the_verbs_coordinated_with_the_main_verb_follow_it() {
    let fixed = aside_subject(&words(&COORDINATED)).expect("repaired");
    assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (0, "root"));
    assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (9, "nsubj"));
    assert_eq!((fixed[11].head, fixed[11].deprel.as_str()), (9, "conj"));
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (2, "acl:relcl"));
    // through the whole repair chain, the frames see the same tree
    let w = words(&COORDINATED);
    let chained = super::repaired(&w);
    assert_eq!((chained[1].head, chained[1].deprel.as_str()), (9, "nsubj"));
}

#[test]
fn a_verb_with_its_own_subject_or_already_right_stays() {
    // "The envoy, who arrived on Monday, thanked Freedonia …" parsed right: nothing to do
    let mut rows = COORDINATED;
    rows[1] = ("envoy", "NN", "NOUN", 9, "nsubj");
    rows[4] = ("arrived", "VBD", "VERB", 2, "acl:relcl");
    rows[8] = ("thanked", "VBD", "VERB", 0, "root");
    rows[15] = (".", ".", "PUNCT", 9, "punct");
    assert!(aside_subject(&words(&rows)).is_none());
    // "…, an official thanked …": the verb's own subject after the comma keeps it
    let mut rows = COORDINATED.to_vec();
    rows[7] = ("official", "NN", "NOUN", 9, "nsubj");
    assert!(aside_subject(&words(&rows)).is_none());
}

#[test]
fn a_quoted_aside_a_list_of_names_or_an_opening_phrase_stays() {
    // a quotation mark inside the aside: no aside
    let mut rows = PARTICIPLE;
    rows[4] = ("\"", "``", "PUNCT", 6, "punct");
    assert!(aside_subject(&words(&rows)).is_none());
    // "Freedonia, Sylvania and Ruritania, … ": names in a list are no apposition
    let list: [Row; 9] = [
        ("Freedonia", "NNP", "PROPN", 0, "root"),
        (",", ",", "PUNCT", 3, "punct"),
        ("Sylvania", "NNP", "PROPN", 1, "conj"),
        ("and", "CC", "CCONJ", 5, "cc"),
        ("Ruritania", "NNP", "PROPN", 1, "conj"),
        (",", ",", "PUNCT", 7, "punct"),
        ("condemned", "VBD", "VERB", 5, "acl"),
        ("Lilliput", "NNP", "PROPN", 7, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
    ];
    assert!(aside_subject(&words(&list)).is_none());
    // "In Oslo, …": an opening prepositional phrase is no subject
    let mut rows = PARTICIPLE;
    rows[0] = ("In", "IN", "ADP", 2, "case");
    assert!(aside_subject(&words(&rows)).is_none());
}
