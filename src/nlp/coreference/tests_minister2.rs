//! "its neighbour's ambassador" (branch minister2): an office owned by a relational noun is
//! the other state's in a two-state story, and stays unplaced otherwise. Invented articles.
use super::tests::{actor_of_nth, events};

#[test]
fn the_neighbours_envoy_in_a_two_state_story_is_the_other_states() {
    let text = "Moldova summoned its neighbour's ambassador on Tuesday after a drone fell near \
        the border with Romania. Romania said it would investigate.";
    assert_eq!(
        actor_of_nth(text, "ambassador", 0).as_deref(),
        Some("ROUGOV")
    );
    let text = "Peru accused Chile of spying. Chile said its rival's foreign minister had \
        lied.";
    assert_eq!(
        actor_of_nth(text, "foreign minister", 0).as_deref(),
        Some("PERGOV")
    );
}

#[test]
fn with_a_third_state_the_neighbour_is_not_guessed() {
    let text = "Moldova summoned its neighbour's ambassador on Tuesday after a drone fell near \
        the border with Romania. Ukraine said the drone was Russian.";
    let code = actor_of_nth(text, "ambassador", 0);
    assert_ne!(code.as_deref(), Some("ROUGOV"));
    assert_ne!(code.as_deref(), Some("UKRGOV"));
}

#[test]
fn the_owner_is_never_given_its_own_neighbours_office() {
    // "its" with no sole owner before it: no placement at all
    let text = "Moldova and Romania met, and its neighbour's minister left early.";
    let code = actor_of_nth(text, "minister", 0);
    assert_ne!(code.as_deref(), Some("MDAGOV"));
    assert_ne!(code.as_deref(), Some("ROUGOV"));
    // a summons of the neighbour's envoy is never coded against the summoning state
    let text = "Moldova summoned its neighbour's ambassador. Romania rejected the protest.";
    let ev = events(text);
    assert!(
        !ev.iter()
            .any(|e| e.0.starts_with("MDA") && e.1.starts_with("MDA")),
        "{ev:?}"
    );
}
