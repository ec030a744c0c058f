//! Where a speaker spoke from is no party of the call (precision29), on hand-built trees.
use super::*;

type Row = (&'static str, &'static str, &'static str, u32, &'static str);

// "A Ruritanian envoy , speaking by phone from a hotel in Sylvania , said talks would resume ."
const SPEAKING: [Row; 17] = [
    ("A", "DT", "DET", 3, "det"),
    ("Ruritanian", "JJ", "ADJ", 3, "amod"),
    ("envoy", "NN", "NOUN", 14, "nsubj"),
    (",", ",", "PUNCT", 5, "punct"),
    ("speaking", "VBG", "VERB", 14, "advcl"),
    ("by", "IN", "ADP", 7, "case"),
    ("phone", "NN", "NOUN", 5, "obl"),
    ("from", "IN", "ADP", 10, "case"),
    ("a", "DT", "DET", 10, "det"),
    ("hotel", "NN", "NOUN", 7, "nmod"),
    ("in", "IN", "ADP", 12, "case"),
    ("Sylvania", "NNP", "PROPN", 10, "nmod"),
    (",", ",", "PUNCT", 5, "punct"),
    ("said", "VBD", "VERB", 0, "root"),
    ("talks", "NNS", "NOUN", 17, "nsubj"),
    ("would", "MD", "AUX", 17, "aux"),
    ("resume", "VB", "VERB", 14, "ccomp"),
];

const LEMMAS: [(usize, &str); 3] = [(4, "speak"), (13, "say"), (16, "resume")];

#[test]
fn a_place_the_speaker_phoned_from_is_not_the_calls_partner() {
    // the place hangs on the means ("by phone"), as the shipped parse builds it
    let f = tests_trees::frame_with_lemmas(&SPEAKING, &LEMMAS, 4, &[1, 11]);
    assert!(f.target.is_empty(), "{f:?}");
}

#[test]
fn a_place_hung_on_the_speech_verb_itself_is_not_the_partner_either() {
    let mut rows = SPEAKING;
    rows[9].3 = 5;
    rows[9].4 = "obl";
    let f = tests_trees::frame_with_lemmas(&rows, &LEMMAS, 4, &[1, 11]);
    assert!(f.target.is_empty(), "{f:?}");
}

#[test]
fn a_partner_after_with_is_still_the_partner() {
    // "… speaking by phone from a hotel with Sylvania , said …": "with" names whom the
    // envoy spoke to
    let mut rows = SPEAKING;
    rows[10] = ("with", "IN", "ADP", 12, "case");
    rows[11] = ("Sylvania", "NNP", "PROPN", 5, "obl");
    let f = tests_trees::frame_with_lemmas(&rows, &LEMMAS, 4, &[1, 11]);
    assert_eq!(f.target, vec![1], "{f:?}");
}
