//! Frames of sentences written for these tests: words that look like a party of the act
//! but are the host of an occasion, the owner named in a description of the subjects, or the
//! co-subjects' own body.
use super::*;

/// Parses `s` (with the parse repairs) and marks as actor group `k` the words `actors[k]`.
fn frame_of(s: &str, pred: &str, actors: &[&[&str]]) -> Frame {
    super::tests::frame_marked(s, pred, |form| {
        actors.iter().position(|x| x.contains(&form))
    })
    .0
}

#[test]
fn the_host_of_an_occasion_in_an_adjunct_is_no_target() {
    let f = frame_of(
        "Norway and Chile agreed on a fishing accord, after a reception hosted by Argentina.",
        "agreed",
        &[&["Norway"], &["Chile"], &["Argentina"]],
    );
    assert_eq!(f.source, vec![0, 1]);
    assert!(!f.target.contains(&2), "target {:?}", f.target);
}

#[test]
fn a_description_after_a_finished_list_is_no_subject() {
    let f = frame_of(
        "Ghana and Togo, Benin's closest neighbours, have both offered help.",
        "offered",
        &[&["Ghana"], &["Togo"], &["Benin"]],
    );
    assert_eq!(f.source, vec![0, 1]);
    assert!(!f.target.contains(&2), "target {:?}", f.target);
}

#[test]
fn a_complement_subject_of_both_parties_is_no_target() {
    let f = frame_of(
        "The two men agreed that a team of officers from both countries would visit the border.",
        "agreed",
        &[&["men"], &["officers", "countries"]],
    );
    assert_eq!(f.source, vec![0]);
    assert!(f.target.is_empty(), "target {:?}", f.target);
}

#[test]
fn a_complement_subject_under_a_single_subject_stays() {
    let f = frame_of(
        "Moscow hoped that both sides would end the dispute.",
        "hoped",
        &[&["Moscow"], &["sides"]],
    );
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
}

#[test]
fn where_co_subjects_met_is_no_party() {
    // a state in the "in"/"at" phrase of a meeting is where the two met, not a party
    let f = frame_of(
        "Norway and Chile met in Argentina on Monday.",
        "met",
        &[&["Norway"], &["Chile"], &["Argentina"]],
    );
    assert_eq!(f.source, vec![0, 1]);
    assert!(!f.target.contains(&2), "target {:?}", f.target);
    // contrast: one subject meeting in a place, and a place after a verb of attack, keep it
    let f = frame_of(
        "Norway met officials in Argentina on Monday.",
        "met",
        &[&["Norway"], &["Argentina"]],
    );
    assert_eq!(f.target, vec![1], "{f:?}");
    let f = frame_of(
        "Norway and Chile attacked targets in Argentina on Monday.",
        "attacked",
        &[&["Norway"], &["Chile"], &["Argentina"]],
    );
    assert_eq!(f.target, vec![2], "{f:?}");
    // one list group for both subjects: the coordination still says two parties met
    let f = frame_of(
        "Norway and Chile met in Argentina on Monday.",
        "met",
        &[&["Norway", "Chile"], &["Argentina"]],
    );
    assert!(!f.target.contains(&1), "target {:?}", f.target);
}
