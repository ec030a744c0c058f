//! saidstance: a right granted in a statement's content names whom the speaker supports
//! (`upheld.rs`). Invented sentences.
use super::*;

/// Parses `s` (with the parse repairs) and marks as actor group `k` the words `actors[k]`.
fn frame_of(s: &str, pred: &str, actors: &[&[&str]]) -> Frame {
    super::tests::frame_marked(s, pred, |form| {
        actors.iter().position(|x| x.contains(&form))
    })
    .0
}

#[test]
fn the_holder_of_a_granted_right_is_upheld() {
    let f = frame_of(
        "Chile said Peru had every right to protect its fishermen.",
        "said",
        &[&["Chile"], &["Peru"]],
    );
    assert_eq!(f.upheld, vec![1]);
}

#[test]
fn a_right_denied_upholds_no_one() {
    let f = frame_of(
        "Chile said Peru had no right to seize the boats.",
        "said",
        &[&["Chile"], &["Peru"]],
    );
    assert!(f.upheld.is_empty(), "{:?}", f.upheld);
}
