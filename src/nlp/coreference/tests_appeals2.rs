//! Branch appeals2: "It urged …" after a sentence whose subject is an organisation's team or
//! mission ("The IMF mission said …") is the organisation.

use super::tests::{actor_of_nth, events};

#[test]
fn it_after_an_organisations_body_is_the_organisation() {
    let text = "The IMF mission ended a two-week visit to Maputo on Friday. \
                It urged Mozambique to cut fuel subsidies.";
    assert_eq!(actor_of_nth(text, "It", 0).as_deref(), Some("IGOBUSIMF"));
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "IGOBUSIMF" && t.starts_with("MOZ") && c.starts_with("02")),
        "{evs:?}"
    );
}

#[test]
fn a_states_body_a_plural_body_or_two_actors_leave_it_alone() {
    // a state's team may be a sports side
    let text = "The Kenyan team arrived in Doha on Friday. It urged Qatar to open the stadium.";
    assert_eq!(actor_of_nth(text, "It", 0), None);
    // "the teams" is not "it"
    let text = "The IMF teams ended their visit to Maputo. It urged Mozambique to cut subsidies.";
    assert_eq!(actor_of_nth(text, "It", 0), None);
    // two actors in the subject: no guess
    let text = "The joint IMF and World Bank mission ended its visit to Maputo. \
                It urged Mozambique to cut subsidies.";
    assert_ne!(actor_of_nth(text, "It", 0).as_deref(), Some("IGOBUSIMF"));
}
