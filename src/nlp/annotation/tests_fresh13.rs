//! Branch fresh13: what a thirteenth batch of twelve articles written blind showed, through
//! the whole extractor with the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn a_both_floated_off_a_subject_does_not_pair_the_subjects() {
    // "both" after the auxiliary is the subject's quantifier: Peru and Chile each criticise
    // the plan, not each other
    let evs = emitted("Peru and Chile have both criticised the plan to dam the river.");
    assert!(!has(&evs, "PER", "CHL", "11"), "{evs:?}");
    assert!(!has(&evs, "CHL", "PER", "11"), "{evs:?}");
}

#[test]
fn a_bare_both_as_subject_still_names_the_pair() {
    // contrast: "both" standing as the subject after "and" names the leaders just met
    let evs = emitted(
        "Kenya's president met Uganda's president in Kampala, and both signed the railway \
         accord.",
    );
    assert!(has(&evs, "KEN", "UGA", "057"), "{evs:?}");
    assert!(has(&evs, "UGA", "KEN", "057"), "{evs:?}");
}

#[test]
fn partners_of_a_state_are_not_that_state() {
    let evs = emitted(
        "The African Union urged all partners of Somalia to channel their support through \
         its mission.",
    );
    assert!(!evs.iter().any(|(_, t, _)| t.starts_with("SOM")), "{evs:?}");
}

#[test]
fn the_government_of_a_state_is_that_state() {
    // contrast: an owner phrase under a head that is no relational noun keeps its state
    let evs = emitted("The African Union urged the government of Somalia to hold early elections.");
    assert!(has(&evs, "IGOAFRAU", "SOM", "02"), "{evs:?}");
}

#[test]
fn patrol_boats_received_from_a_state_are_its_military_aid() {
    let evs = emitted("Fiji's navy received three patrol boats from Japan on Monday.");
    assert!(!has(&evs, "FJI", "JPN", "043"), "{evs:?}");
    assert!(has(&evs, "JPN", "FJI", "072"), "{evs:?}");
}

#[test]
fn an_envoy_received_is_still_a_visit_hosted() {
    // contrast: a person received is a guest
    let evs = emitted("Fiji's prime minister received Japan's ambassador on Monday.");
    assert!(has(&evs, "FJIGOV", "JPN", "043"), "{evs:?}");
}

#[test]
fn freight_flown_to_islands_is_no_meeting() {
    let evs = emitted(
        "Australia and New Zealand flew ballot boxes and election staff to the outer islands \
         on Tuesday.",
    );
    assert!(!has(&evs, "AUS", "NZL", "03"), "{evs:?}");
    assert!(!has(&evs, "NZL", "AUS", "03"), "{evs:?}");
}

#[test]
fn a_leader_who_flies_to_a_state_still_travels_there() {
    // contrast: "flew to Y" with no freight keeps the dictionary's reading
    let evs = emitted("New Zealand's prime minister flew to Australia on Tuesday.");
    assert!(has(&evs, "NZLGOV", "AUS", "0"), "{evs:?}");
}

#[test]
fn the_indian_ocean_is_no_indian_actor() {
    let evs = emitted(
        "Kenya said it supported \"the orderly management of fisheries in the Indian Ocean\".",
    );
    assert!(!evs.iter().any(|(_, t, _)| t.starts_with("IND")), "{evs:?}");
}

#[test]
fn india_named_before_an_ocean_word_is_still_india() {
    // contrast: India named as a party is still the target beside the ocean
    let evs = emitted("Kenya praised India for its naval patrols in the Indian Ocean.");
    assert!(has(&evs, "KEN", "IND", "05"), "{evs:?}");
}

#[test]
fn the_crew_of_a_seized_foreign_vessel_is_that_state_s() {
    let evs = emitted(
        "Ghana's navy seized a Togolese-flagged trawler off Tema on Friday and detained its \
         crew of twelve.",
    );
    assert!(!has(&evs, "GHA", "GHA", "173"), "{evs:?}");
    assert!(has(&evs, "GHA", "TGO", "173"), "{evs:?}");
}

#[test]
fn protesters_detained_by_police_are_still_their_own_population() {
    // contrast: no foreign measure before, so the people are the state's own
    let evs = emitted("Ghana's police detained twelve protesters in Accra on Friday.");
    assert!(has(&evs, "GHA", "GHA", "173"), "{evs:?}");
}
