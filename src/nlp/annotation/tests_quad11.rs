//! Branch quad11: a border word or a known place inside a longer proper name, through the
//! whole extractor with the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn a_region_named_after_a_frontier_is_no_border() {
    // The curfew falls on the source's own population, not across a border.
    let evs = emitted(
        "Chilean authorities imposed a curfew in the Northern Frontier Region after the riots.",
    );
    assert!(has(&evs, "CHLGOV", "CHL", "172"), "{evs:?}");
    // The common noun still names a border, whose far side the sentence does not give.
    let evs = emitted("Chilean authorities imposed a curfew along the frontier after the riots.");
    assert!(!has(&evs, "CHL", "", "172"), "{evs:?}");
}

#[test]
fn a_known_place_that_begins_a_longer_place_name_places_nothing() {
    // "North West" alone is a South African province; the longer name is not it.
    let evs = emitted(
        "Pakistani authorities imposed a curfew in parts of North West Frontier Province on Sunday.",
    );
    assert!(!has(&evs, "PAK", "ZAF", ""), "{evs:?}");
    assert!(has(&evs, "PAKGOV", "PAK", "172"), "{evs:?}");
    // The province itself still places an act in South Africa.
    let evs =
        emitted("South African police arrested dozens of protesters in North West on Sunday.");
    assert!(has(&evs, "ZAF", "ZAF", "173"), "{evs:?}");
}

#[test]
fn an_attack_on_government_buildings_is_force_not_criticism() {
    // "government" only modifies the place attacked: no verbal attack on a government.
    for text in [
        "Houthi rebels attacked government buildings in Aden on Tuesday.",
        "Syrian rebels attacked a government checkpoint near Homs on Tuesday.",
    ] {
        let evs = emitted(text);
        assert!(!has(&evs, "", "", "111"), "{text}: {evs:?}");
        assert!(has(&evs, "", "", "19"), "{text}: {evs:?}");
    }
    // Words against the government itself stay a verbal attack.
    let evs =
        emitted("The Venezuelan opposition leader attacked the government in a speech on Tuesday.");
    assert!(has(&evs, "VENOPP", "VENGOV", "111"), "{evs:?}");
}
