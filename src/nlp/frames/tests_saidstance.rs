//! saidstance: a right granted in a statement's content names whom the speaker supports
//! (`upheld.rs`). Invented sentences.
use super::*;

/// The frame of "said" in `s`, Chile marked as group 0 and Peru as group 1.
fn said_frame(s: &str) -> Frame {
    let groups = |form: &str| ["Chile", "Peru"].iter().position(|x| *x == form);
    super::tests::frame_marked(s, "said", groups).0
}

#[test]
fn the_holder_of_a_granted_right_is_upheld() {
    let f = said_frame("Chile said Peru had every right to protect its fishermen.");
    assert_eq!(f.upheld, vec![1]);
}

#[test]
fn a_right_denied_upholds_no_one() {
    let f = said_frame("Chile said Peru had no right to seize the boats.");
    assert!(f.upheld.is_empty(), "{:?}", f.upheld);
}
