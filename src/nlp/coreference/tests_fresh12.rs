//! "Its <office>" after a sentence about an organisation or a state (branch fresh12): the
//! office is the owner's, also when the owner is an organisation with no country and when
//! the office is placed "in <capital>", the city where it sits, not the state it serves.

use super::tests::{actor_of_nth, events};

#[test]
fn an_organisations_spokesman_speaks_for_the_organisation() {
    let text = "The World Health Organization criticised the closures on Monday. Its \
                spokesman called on Peru to reopen the rural clinics.";
    assert_eq!(
        actor_of_nth(text, "spokesman", 0).as_deref(),
        Some("IGOUNOHLHWHO")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "IGOUNOHLHWHO" && t == "PER" && c.starts_with("02")),
        "{evs:?}"
    );
}

#[test]
fn its_envoy_in_a_capital_is_the_owners_not_the_hosts() {
    let text = "The European Union criticised the arrests on Monday. Its envoy in Minsk \
                urged Belarus to free the two teachers.";
    assert_eq!(actor_of_nth(text, "envoy", 0).as_deref(), Some("IGOEUREEC"));
    let state = "Norway criticised the arrests on Monday. Its ambassador in Minsk urged \
                 Belarus to free the two teachers.";
    assert_eq!(
        actor_of_nth(state, "ambassador", 0).as_deref(),
        Some("NORGOV")
    );
}

#[test]
fn a_representative_is_an_office_its_owner_fills() {
    let text = "The UN refugee agency criticised the returns. Its representative in Athens \
                called on Greece to halt them.";
    assert_eq!(
        actor_of_nth(text, "representative", 0).as_deref(),
        Some("IGOUNOREFHCR")
    );
}

#[test]
fn an_unowned_office_in_a_capital_keeps_the_capitals_state() {
    // contrast: no "its" before the office, so the seat names the state
    let text = "Norway criticised the arrests on Monday. The authorities in Minsk said the \
                two teachers would stand trial.";
    assert_eq!(
        actor_of_nth(text, "The authorities", 0).as_deref(),
        Some("BLRGOV")
    );
}
