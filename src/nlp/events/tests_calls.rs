//! Calls made to express something (branch recall3): a telephone call, not an appeal;
//! invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 2] = [
    ("Ghana's president", "GHAGOV", Person),
    ("Togo's president", "TGOGOV", Person),
];

#[test]
fn a_call_to_express_solidarity_is_a_telephone_call_both_ways() {
    let evs = run(
        "Ghana's president called Togo's president on Monday to express solidarity after the floods.",
        &ACTORS,
    );
    assert!(has(&evs, "GHAGOV", "TGOGOV", "041"), "{:?}", triples(&evs));
    assert!(has(&evs, "TGOGOV", "GHAGOV", "041"), "{:?}", triples(&evs));
    assert!(!has(&evs, "GHAGOV", "TGOGOV", "020"), "{:?}", triples(&evs));
}

/// "phoned" is a telephone call in the dictionary already: the rule must keep it one.
#[test]
fn phoning_to_offer_condolences_stays_a_telephone_call() {
    let evs = run(
        "Ghana's president phoned Togo's president to offer his condolences.",
        &ACTORS,
    );
    assert!(has(&evs, "GHAGOV", "TGOGOV", "041"), "{:?}", triples(&evs));
}

#[test]
fn calling_on_a_party_to_act_stays_an_appeal() {
    let evs = run(
        "Ghana's president called on Togo's president to express regret for the raid.",
        &ACTORS,
    );
    assert!(!has(&evs, "GHAGOV", "TGOGOV", "041"), "{:?}", triples(&evs));
}

#[test]
fn a_call_for_another_purpose_is_no_telephone_call() {
    let evs = run(
        "Ghana's president called Togo's president to account for the raid.",
        &ACTORS,
    );
    assert!(!has(&evs, "GHAGOV", "TGOGOV", "041"), "{:?}", triples(&evs));
}
