//! Branch fresh20: what a twentieth batch of twelve articles written blind showed, through
//! the whole extractor with the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn a_regional_american_adjective_is_not_the_united_states() {
    // the longest match was the bare demonym AMERICAN
    let evs = emitted("Latin American leaders criticised Peru on Tuesday.");
    assert!(!has(&evs, "USA", "PER", ""), "{evs:?}");
    let evs = emitted("The Central American Integration System urged Belize to resume talks.");
    assert!(!has(&evs, "USA", "BLZ", ""), "{evs:?}");
    // contrast: the plain demonym still names the United States
    let evs = emitted("American officials accused Cuba of jamming the broadcasts.");
    assert!(has(&evs, "USA", "CUB", "11"), "{evs:?}");
}

#[test]
fn relief_goods_delivered_are_humanitarian_aid() {
    let evs = emitted("Japan delivered 80,000 doses of measles vaccine to Laos on Friday.");
    assert!(has(&evs, "JPN", "LAO", "073"), "{evs:?}");
    let evs = emitted("Norway delivered tents and blankets to Malawi last week.");
    assert!(has(&evs, "NOR", "MWI", "073"), "{evs:?}");
}

#[test]
fn ordering_an_envoy_out_is_an_expulsion() {
    let evs = emitted("Belarus ordered the Latvian consul out on Sunday.");
    assert!(has(&evs, "BLR", "LVA", "166"), "{evs:?}");
    assert!(!has(&evs, "BLR", "LVA", "100"), "{evs:?}");
}

#[test]
fn dated_officials_are_not_places_or_princes() {
    // "Rosario" was Argentina's city; "Albert" was Monaco's prince
    let evs = emitted("Rosario Murillo accused Panama of sheltering traitors.");
    assert!(has(&evs, "NIC", "PAN", "11"), "{evs:?}");
    assert!(!has(&evs, "ARG", "PAN", ""), "{evs:?}");
    let evs = emitted("Albert Ramdin urged Haiti to hold elections.");
    assert!(has(&evs, "IGOOAS", "HTI", "02"), "{evs:?}");
    assert!(!has(&evs, "MCO", "HTI", ""), "{evs:?}");
}
