//! Agent phrases the generic-phrase rule cut short (branch recall32): "the coast guard"
//! (where "the coast" alone is a place), "security services", "a rebel group / movement".
//! Invented articles.
use super::tests::{actor_of_nth, events};

#[test]
fn a_coast_guard_in_a_capital_is_that_states_coast_guard() {
    let text = "Greece accused Libya's navy of firing on a trawler. The coast guard in \
                Tripoli denied that its crew had fired at anyone.";
    assert_eq!(
        actor_of_nth(text, "The coast guard", 0).as_deref(),
        Some("LBYCOP")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, _, c)| s == "LBYCOP" && c.starts_with("12")),
        "{evs:?}"
    );
}

#[test]
fn security_services_in_a_capital_detain_for_that_state() {
    let text = "Security services in Tbilisi detained a Latvian journalist on Monday.";
    assert_eq!(
        actor_of_nth(text, "Security services", 0).as_deref(),
        Some("GEOSPY")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "GEOSPY" && t.starts_with("LVA") && c.starts_with("17")),
        "{evs:?}"
    );
}

#[test]
fn a_rebel_group_in_a_country_is_that_countrys_rebels_and_a_movement_is_rebels() {
    let text = "A rebel group attacked two villages in Chad on Sunday.";
    assert_eq!(
        actor_of_nth(text, "A rebel group", 0).as_deref(),
        Some("TCDREB")
    );
    // "a rebel movement" is read as rebels too (its place is another rule's to give)
    let text = "A rebel movement in Chad accused the army of shelling a market.";
    let movement = actor_of_nth(text, "A rebel movement", 0);
    assert!(
        movement.as_deref().is_some_and(|c| c.ends_with("REB")),
        "{movement:?}"
    );
}

#[test]
fn the_coast_alone_is_still_a_place() {
    // a guard: no agent phrase reads past "coast" here
    let text = "Storms battered the coast of Chile on Monday.";
    assert_eq!(actor_of_nth(text, "the coast", 0), None);
}
