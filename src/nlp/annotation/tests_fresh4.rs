//! Branch fresh4: what a fourth batch of twelve articles written blind showed, through the
//! whole extractor with the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn mauritius_is_a_country_not_the_muslim_agent() {
    let evs = emitted("Mauritius and Norway signed a fisheries treaty on Tuesday.");
    assert!(has(&evs, "MUS", "NOR", "057"), "{evs:?}");
    assert!(has(&evs, "NOR", "MUS", "057"), "{evs:?}");
}

#[test]
fn an_unplaced_muslim_agent_is_still_no_country() {
    let evs = emitted("Islamist preachers condemned Norway on Tuesday.");
    assert!(!evs.iter().any(|(s, _, _)| s.starts_with("MUS")), "{evs:?}");
}

#[test]
fn a_state_that_protests_complains_and_a_crowd_demonstrates() {
    let evs = emitted("Gabon protested against the Cameroonian drills on Monday.");
    assert!(has(&evs, "GAB", "CMR", "111"), "{evs:?}");
    assert!(!has(&evs, "GAB", "", "14"), "{evs:?}");
    // a state's protest with no party named is no event
    let evs = emitted("Gabon protested on Monday.");
    assert!(evs.is_empty(), "{evs:?}");
    // a people named after the state still demonstrates
    let evs = emitted("Thousands of Kenyans protested outside the Ugandan embassy on Monday.");
    assert!(has(&evs, "KEN", "UGA", "14"), "{evs:?}");
}

#[test]
fn the_wire_spelling_of_balochistan_places_a_strike_in_pakistan() {
    let evs = emitted("Iranian drones struck a village in the province of Baluchistan on Tuesday.");
    assert!(has(&evs, "IRN", "PAK", "19"), "{evs:?}");
}
