//! reported2: blame told as an adjective in a statement's content ("X said Y was responsible
//! for the delay") and a second content clause coordinated onto the first. Invented
//! sentences.
use super::*;

/// Parses `s` (with the parse repairs) and marks as actor group `k` the words `actors[k]`.
fn frame_of(s: &str, pred: &str, actors: &[&[&str]]) -> Frame {
    super::tests::frame_marked(s, pred, |form| {
        actors.iter().position(|x| x.contains(&form))
    })
    .0
}

#[test]
fn a_past_blame_adjective_in_the_content_accuses_its_subject() {
    let f = frame_of(
        "Chile said that Peru alone was responsible for the delay.",
        "said",
        &[&["Chile"], &["Peru"]],
    );
    assert_eq!(f.accused, vec![1]);
    let f = frame_of(
        "Chile said Peru was guilty of grave abuses.",
        "said",
        &[&["Chile"], &["Peru"]],
    );
    assert_eq!(f.accused, vec![1]);
}

#[test]
fn a_duty_in_the_present_or_a_task_is_no_charge() {
    let f = frame_of(
        "Chile said Peru is responsible for border security.",
        "said",
        &[&["Chile"], &["Peru"]],
    );
    assert!(f.accused.is_empty(), "{:?}", f.accused);
    let f = frame_of(
        "Chile said Peru was responsible for organising the talks.",
        "said",
        &[&["Chile"], &["Peru"]],
    );
    assert!(f.accused.is_empty(), "{:?}", f.accused);
}

#[test]
fn a_second_content_clause_after_and_that_is_said_too() {
    let f = frame_of(
        "Chile said the terms had been agreed in 2022 and that Peru was responsible for the delay.",
        "said",
        &[&["Chile"], &["Peru"]],
    );
    assert_eq!(f.accused, vec![1]);
}
