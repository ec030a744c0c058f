//! The partner named inside a pledge's content is its target (branch quad3); invented
//! sentences.
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 2] =
    [("Bolivia", "BOL", Location), ("Paraguay", "PRY", Location)];

#[test]
fn a_pledge_to_work_with_a_state_is_made_to_it() {
    let tr = triples(&run(
        "Bolivia has pledged to work with Paraguay on river projects.",
        &ACTORS,
    ));
    assert!(
        tr.iter()
            .any(|(s, t, c)| s == "BOL" && t == "PRY" && c.starts_with("03")),
        "{tr:?}"
    );
}

#[test]
fn an_accepted_invitation_to_meet_a_state_is_made_to_it() {
    let tr = triples(&run(
        "Bolivia has accepted an invitation to meet with Paraguay next month.",
        &ACTORS,
    ));
    assert!(
        tr.iter().any(|(s, t, _)| s == "BOL" && t == "PRY"),
        "{tr:?}"
    );
}
