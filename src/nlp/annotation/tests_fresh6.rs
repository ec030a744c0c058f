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

#[test]
fn a_hostile_act_announced_with_its_condition_is_a_threat() {
    let evs = emitted(
        "Ghana will close its border with Togo if the raids continue, the Ghanaian interior \
         minister said on Monday.",
    );
    assert!(has(&evs, "GHA", "TGO", "13"), "{evs:?}");
    assert!(!has(&evs, "GHA", "TGO", "17"), "{evs:?}");
}

#[test]
fn an_expulsion_announced_unless_the_other_side_acts_is_a_threat() {
    let evs = emitted("Ghana would expel Togolese diplomats unless Togo stopped the raids.");
    assert!(has(&evs, "GHA", "TGO", "13"), "{evs:?}");
}

#[test]
fn the_act_inside_the_condition_is_no_threat() {
    // "if Togo closes" is the condition, in the present: no threat by Togo, no closure
    let evs = emitted("Ghana will protest if Togo closes its border with Ghana.");
    assert!(!has(&evs, "TGO", "GHA", "13"), "{evs:?}");
    assert!(!has(&evs, "TGO", "GHA", "17"), "{evs:?}");
}

#[test]
fn a_cooperative_act_under_a_condition_stays_conditional() {
    let evs = emitted("Ghana will reopen its border with Togo if the raids stop.");
    assert!(!has(&evs, "GHA", "TGO", "13"), "{evs:?}");
}

#[test]
fn a_threat_with_a_long_condition_before_the_speech_verb_is_still_a_threat() {
    // the parse hangs the long passive condition off the act; the "if" is still read
    let evs = emitted(
        "Ghana will close its last open road crossing with Togo if groups of smugglers keep \
         being pushed toward its border fence, the interior minister said on Thursday.",
    );
    assert!(has(&evs, "GHA", "TGO", "13"), "{evs:?}");
}

#[test]
fn a_banned_organisation_is_a_state_not_a_ban() {
    // "banned" as an attribute names what the group is (a guard: this sentence codes no
    // ban on main either; the dev case needed a story partner for its fallback target)
    let evs = emitted(
        "Ghana declared the Togo Liberation Front a banned organisation last year, and Ghanaian \
         and Togolese officials signed a security memorandum in May.",
    );
    assert!(!has(&evs, "TGO", "GHA", "17"), "{evs:?}");
    assert!(!has(&evs, "GHA", "TGO", "17"), "{evs:?}");
}
