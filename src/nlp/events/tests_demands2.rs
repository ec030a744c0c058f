//! Demands and threats whose party is not named in their own phrase: a note given to "the
//! envoy" summoned earlier, a demand coordinated with a summons whose envoy sits in an
//! apposition, a third state's call to free people another state holds, a demand for an
//! explanation, and a threat whose act the parse hangs as an adverbial (branch demands2);
//! invented sentences.
use super::tests::has_root;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

#[test]
fn a_note_handed_to_the_envoy_goes_to_the_summoned_envoy_s_state() {
    let actors = [
        ("Chile", "CHL", Organisation),
        ("Peru", "PER", Organisation),
    ];
    let text = "Chile summoned Peru's ambassador on Monday after the arrest of two fishermen. \
                The foreign minister said Chile had handed the envoy a note demanding the return of the seized boats.";
    let evs = run(text, &actors);
    assert!(has_root(&evs, "CHL", "PER", "10"), "{:?}", triples(&evs));
}

#[test]
fn a_note_to_the_envoy_without_a_summons_has_no_party() {
    let actors = [
        ("Chile", "CHL", Organisation),
        ("Peru", "PER", Organisation),
    ];
    let text = "Peru opened a trade office in Arica on Monday. \
                The foreign minister said Chile had handed the envoy a note demanding the return of the seized boats.";
    let evs = run(text, &actors);
    assert!(!has_root(&evs, "CHL", "PER", "10"), "{:?}", triples(&evs));
}

#[test]
fn a_demand_after_calling_in_an_envoy_goes_to_the_envoy_s_state() {
    let actors = [
        ("Chile", "CHL", Organisation),
        ("Peruvian", "PER", Nationality),
    ];
    let text = "Chile called in the Peruvian ambassador in Santiago, Juan Perez, and demanded that the fishermen be compensated.";
    let evs = run(text, &actors);
    assert!(has_root(&evs, "CHL", "PER", "10"), "{:?}", triples(&evs));
}

#[test]
fn a_third_state_s_call_to_free_detainees_goes_to_their_holder() {
    let actors = [
        ("Bolivian police", "BOLCOP", Organisation),
        ("Peruvian", "PER", Nationality),
        ("Chile", "CHL", Organisation),
    ];
    let text = "Bolivian police detained two Peruvian journalists in La Paz on Monday. \
                Chile called for the detainees to be freed.";
    let evs = run(text, &actors);
    assert!(has_root(&evs, "CHL", "BOLCOP", "02"), "{:?}", triples(&evs));
}

#[test]
fn a_demand_for_an_explanation_is_a_demand_not_an_inquiry() {
    let actors = [
        ("Chile", "CHL", Organisation),
        ("Peru", "PER", Organisation),
    ];
    let evs = run(
        "Chile demanded an explanation from Peru on Monday.",
        &actors,
    );
    assert!(has_root(&evs, "CHL", "PER", "10"), "{:?}", triples(&evs));
    assert!(!has_root(&evs, "CHL", "PER", "09"), "{:?}", triples(&evs));
}

#[test]
fn a_threat_s_act_after_a_time_phrase_keeps_its_condition_s_party() {
    let actors = [
        ("Chile", "CHL", Organisation),
        ("Peruvian", "PER", Nationality),
        ("Lima", "PER", Location),
    ];
    let text = "Chile threatened on Monday to expel Peruvian diplomats if Lima did not apologise.";
    let evs = run(text, &actors);
    assert!(has_root(&evs, "CHL", "PER", "13"), "{:?}", triples(&evs));
}
