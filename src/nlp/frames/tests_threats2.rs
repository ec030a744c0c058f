//! Conditional measures announced in reported speech (branch threats2), on hand-built trees:
//! "X said the closure could be extended if Y does not stop" is X's threat to Y.
use super::*;

type Row = (&'static str, &'static str, &'static str, u32, &'static str);

/// The frame of word `pred` (0-based), with lemmas set for the inflected words and actor
/// group `k` marked on word `marks[k]`.
fn frame_of(rows: &[Row], lemmas: &[(usize, &str)], pred: usize, marks: &[usize]) -> Frame {
    super::tests_trees::frame_with_lemmas(rows, lemmas, pred, marks)
}

// "Freedonia said the closure could be extended if Sylvania does not stop ."
const EXTENDED: [Row; 13] = [
    ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
    ("said", "VBD", "VERB", 0, "root"),
    ("the", "DT", "DET", 4, "det"),
    ("closure", "NN", "NOUN", 7, "nsubj:pass"),
    ("could", "MD", "AUX", 7, "aux"),
    ("be", "VB", "AUX", 7, "aux:pass"),
    ("extended", "VBN", "VERB", 2, "ccomp"),
    ("if", "IN", "SCONJ", 12, "mark"),
    ("Sylvania", "NNP", "PROPN", 12, "nsubj"),
    ("does", "VBZ", "AUX", 12, "aux"),
    ("not", "RB", "PART", 12, "advmod"),
    ("stop", "VB", "VERB", 7, "advcl"),
    (".", ".", "PUNCT", 2, "punct"),
];

const EXTENDED_LEMMAS: [(usize, &str); 3] = [(1, "say"), (6, "extend"), (9, "do")];

#[test]
fn a_harsher_measure_under_a_condition_is_the_speakers_threat_to_the_party_asked() {
    let f = frame_of(&EXTENDED, &EXTENDED_LEMMAS, 1, &[0, 8]);
    assert!(f.said_threat);
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
    assert_eq!(
        f.threat_agent,
        Some(Vec::new()),
        "a passive: the speaker's own measure"
    );
}

#[test]
fn lifting_a_measure_under_a_condition_is_an_offer_not_a_threat() {
    let mut lemmas = EXTENDED_LEMMAS;
    lemmas[1] = (6, "lift");
    let f = frame_of(&EXTENDED, &lemmas, 1, &[0, 8]);
    assert!(!f.said_threat);
}

#[test]
fn a_measure_announced_with_no_condition_is_no_threat() {
    // "Freedonia said the closure could be extended ."
    let mut rows: Vec<Row> = EXTENDED[..7].to_vec();
    rows.push((".", ".", "PUNCT", 2, "punct"));
    let f = frame_of(&rows, &EXTENDED_LEMMAS[..2], 1, &[0]);
    assert!(!f.said_threat);
}

#[test]
fn a_negated_measure_is_no_threat() {
    // "Freedonia said it would not suspend the accord if Sylvania objects ."
    let rows: [Row; 12] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("said", "VBD", "VERB", 0, "root"),
        ("it", "PRP", "PRON", 6, "nsubj"),
        ("would", "MD", "AUX", 6, "aux"),
        ("not", "RB", "PART", 6, "advmod"),
        ("suspend", "VB", "VERB", 2, "ccomp"),
        ("the", "DT", "DET", 8, "det"),
        ("accord", "NN", "NOUN", 6, "obj"),
        ("if", "IN", "SCONJ", 11, "mark"),
        ("Sylvania", "NNP", "PROPN", 11, "nsubj"),
        ("objects", "VBZ", "VERB", 6, "advcl"),
        (".", ".", "PUNCT", 2, "punct"),
    ];
    let f = frame_of(&rows, &[(1, "say"), (10, "object")], 1, &[0, 9]);
    assert!(!f.said_threat);
}

#[test]
fn a_blocked_step_until_a_condition_threatens_its_owner() {
    // "Freedonia said it would block Sylvania's bid until the vote is withdrawn ."
    let rows: [Row; 14] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("said", "VBD", "VERB", 0, "root"),
        ("it", "PRP", "PRON", 5, "nsubj"),
        ("would", "MD", "AUX", 5, "aux"),
        ("block", "VB", "VERB", 2, "ccomp"),
        ("Sylvania", "NNP", "PROPN", 8, "nmod:poss"),
        ("'s", "POS", "PART", 6, "case"),
        ("bid", "NN", "NOUN", 5, "obj"),
        ("until", "IN", "SCONJ", 13, "mark"),
        ("the", "DT", "DET", 11, "det"),
        ("vote", "NN", "NOUN", 13, "nsubj:pass"),
        ("is", "VBZ", "AUX", 13, "aux:pass"),
        ("withdrawn", "VBN", "VERB", 5, "advcl"),
        (".", ".", "PUNCT", 2, "punct"),
    ];
    let lemmas = [(1, "say"), (11, "be"), (12, "withdraw")];
    let f = frame_of(&rows, &lemmas, 1, &[0, 5]);
    assert!(f.said_threat);
    assert_eq!(f.target, vec![1]);
}
