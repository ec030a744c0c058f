//! Co-subjects of a joint act (branch collective1): "A and B opened talks / met" with only a
//! venue after it, in a third country or in one of their own, act on each other. Through the
//! whole pipeline: whether a city is a venue needs the place gazetteer.

use super::tests::{events, has_event};

fn both_ways(evs: &[(String, String, String)], a: &str, b: &str, code: &str) -> bool {
    has_event(evs, a, b, code) && has_event(evs, b, a, code)
}

#[test]
fn a_meeting_in_one_co_subjects_own_capital_pairs_them() {
    // The venue is Peru's, one of the two parties: still only a venue.
    let evs = events("Chile and Peru met in Lima on Monday.");
    assert!(both_ways(&evs, "CHL", "PER", "04"), "{evs:?}");
    // Under a plural title too.
    let evs = events("The foreign ministers of Chile and Peru met in Santiago on Monday.");
    assert!(both_ways(&evs, "CHLGOV", "PERGOV", "04"), "{evs:?}");
}

#[test]
fn co_subjects_who_open_talks_negotiate_with_each_other() {
    // Negotiation (046) is done with each other, in a member's capital or elsewhere.
    for text in [
        "Chile and Peru opened talks in Lima on Monday.",
        "Chile and Peru negotiated in Quito for two days.",
    ] {
        let evs = events(text);
        assert!(both_ways(&evs, "CHL", "PER", "046"), "{text}: {evs:?}");
        assert!(evs.iter().all(|(_, t, _)| t != "ECU"), "{text}: {evs:?}");
    }
}

#[test]
fn co_subjects_of_a_one_sided_act_are_not_paired() {
    // Condemning is each one's act on the object, wherever it happens.
    let evs = events("Chile and Peru condemned Bolivia in Lima on Monday.");
    assert!(has_event(&evs, "CHL", "BOL", "1"), "{evs:?}");
    assert!(has_event(&evs, "PER", "BOL", "1"), "{evs:?}");
    assert!(!has_event(&evs, "CHL", "PER", ""), "{evs:?}");
    assert!(!has_event(&evs, "PER", "CHL", ""), "{evs:?}");
    // Without an object either.
    let evs = events("Chile and Peru protested in Lima on Monday.");
    assert!(!has_event(&evs, "CHL", "PER", ""), "{evs:?}");
}

#[test]
fn co_subjects_of_a_visit_are_not_paired() {
    // A visit (042) has a third party: "A and B visited" does not pair A with B.
    let evs = events("Chile and Peru visited Bolivia on Monday.");
    assert!(!has_event(&evs, "CHL", "PER", ""), "{evs:?}");
}
