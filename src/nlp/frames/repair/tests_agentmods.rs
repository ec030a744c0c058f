//! A subject's describing relative clause followed by the main verb read as the modifier
//! of its object, the object hung on the subject as an apposition: "A and B, which …,
//! expressed support for C". The main verb takes the subject; the relative clause's own
//! actors are neither its source nor its target (whole texts: `coreference/
//! tests_agentmods.rs`). Hand-built trees of invented sentences.
use super::{main_verb_after_relative, test_words};

type Row = (&'static str, &'static str, &'static str, u32, &'static str);

/// "Norway and Sweden , which have expelled Russians , expressed support for Finland ."
const APPOSED: [Row; 14] = [
    ("Norway", "NNP", "PROPN", 0, "root"),
    ("and", "CC", "CCONJ", 3, "cc"),
    ("Sweden", "NNP", "PROPN", 1, "conj"),
    (",", ",", "PUNCT", 7, "punct"),
    ("which", "WDT", "PRON", 7, "nsubj"),
    ("have", "VBP", "AUX", 7, "aux"),
    ("expelled", "VBN", "VERB", 1, "acl:relcl"),
    ("Russians", "NNPS", "PROPN", 7, "obj"),
    (",", ",", "PUNCT", 11, "punct"),
    ("expressed", "VBN", "VERB", 11, "amod"),
    ("support", "NN", "NOUN", 1, "appos"),
    ("for", "IN", "ADP", 13, "case"),
    ("Finland", "NNP", "PROPN", 11, "nmod"),
    (".", ".", "PUNCT", 1, "punct"),
];

fn rows() -> Vec<Row> {
    APPOSED.to_vec()
}

#[test]
fn the_modifier_verb_of_an_apposed_noun_becomes_the_main_verb() {
    let words = test_words(&rows());
    let fixed = main_verb_after_relative(&words);
    assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (0, "root"));
    assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (10, "nsubj"));
    assert_eq!((fixed[10].head, fixed[10].deprel.as_str()), (10, "obj"));
    assert_eq!(fixed[6].head, 1, "the relative clause stays on its noun");
}

#[test]
fn an_apposed_noun_with_no_verb_before_it_is_left_alone() {
    // "Norway and Sweden , which have expelled Russians , close allies ." : no main verb
    let mut r = rows();
    r[9] = ("close", "JJ", "ADJ", 11, "amod");
    let words = test_words(&r);
    assert_eq!(main_verb_after_relative(&words)[9].deprel, "amod");
}
