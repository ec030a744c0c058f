//! A definite body noun after a body introduced with its owner (branch falses2): "an ECOWAS
//! mission … the delegation" is the organisation's, not the speaker's government.
use super::tests::{actor_of_nth, events};

#[test]
fn the_delegation_after_an_organisations_mission_is_the_organisation() {
    let text = "Chad's government ordered a visiting ECOWAS mission to leave on Friday. \
                A government spokesman said the delegation had met opposition leaders.";
    assert_eq!(
        actor_of_nth(text, "the delegation", 0).as_deref(),
        Some("IGOWAFBUSWAS")
    );
    let evs = events(text);
    assert!(
        !evs.iter()
            .any(|(s, t, _)| s.starts_with("TCD") && t.starts_with("TCD")),
        "{evs:?}"
    );
}

#[test]
fn the_delegation_after_a_states_delegation_is_that_government() {
    let text = "A Ghanaian trade delegation arrived in Lome on Monday. \
                A Togolese spokesman said the delegation would meet ministers.";
    assert_eq!(
        actor_of_nth(text, "the delegation", 0).as_deref(),
        Some("GHAGOV")
    );
}
