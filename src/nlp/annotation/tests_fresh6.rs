//! Branch fresh6: what a sixth batch of twelve articles written blind showed, through the
//! whole extractor with the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn a_dispute_taken_to_a_court_is_no_suit_against_the_court() {
    let evs = emitted(
        "Peru and Ecuador took their quarrel over the river to the International Court of \
         Justice last year.",
    );
    assert!(!has(&evs, "PER", "IGO", "115"), "{evs:?}");
    assert!(!has(&evs, "ECU", "IGO", "115"), "{evs:?}");
}

#[test]
fn a_state_taken_to_a_court_is_still_sued() {
    // the court after "to" is left out; the state sued is the object and stays the target
    let evs = emitted("Ghana took Togo to the International Court of Justice on Monday.");
    assert!(has(&evs, "GHA", "TGO", "115"), "{evs:?}");
}

#[test]
fn san_jose_in_central_american_news_is_costa_ricas_capital() {
    // the capital wins the name over a larger foreign city although GeoNames spells it
    // with an accent in one list and without in the other
    let evs = emitted("Nicaragua on Tuesday accused San Jose of violating the river treaty.");
    assert!(has(&evs, "NIC", "CRI", "11"), "{evs:?}");
    assert!(!has(&evs, "NIC", "USA", "11"), "{evs:?}");
}
