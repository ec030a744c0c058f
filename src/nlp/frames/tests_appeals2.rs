//! Branch appeals2: an appeal the parse joined to a speech verb's content is the speaker's,
//! also across a present-tense relative clause, a passive clause, or the speaker's own "it
//! was concerned".
use super::tests::frame_marked;
use super::Status;

const PARTIES: [&str; 4] = ["council", "ministry", "Madagascar", "Ruritania"];

fn frame(s: &str, pred: &str) -> super::Frame {
    frame_marked(s, pred, |form| PARTIES.iter().position(|x| *x == form)).0
}

#[test]
fn an_appeal_joined_to_an_awaited_passive_is_the_speakers() {
    let f = frame(
        "The council said the suspension would last until order is restored and called on \
         Madagascar to set a date.",
        "called",
    );
    assert!(!f.passive, "{}", f.path);
    assert_eq!((f.source, f.target), (vec![0], vec![2]), "{}", f.path);
}

#[test]
fn an_appeal_joined_to_a_present_relative_clause_is_the_speakers() {
    let f = frame(
        "The ministry said it was concerned that Ruritania may become a transit point for \
         people who have no ties to the region and asked Ruritania for an explanation.",
        "asked",
    );
    assert!(!matches!(f.status, Status::Embedded { .. }), "{}", f.path);
    assert_eq!(f.source, vec![1], "{}", f.path);
}
