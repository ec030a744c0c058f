//! A forecast about a thing is no threat (branch precision12); invented sentences.
use super::tests::{has_root, run, triples};
use super::*;
use EntityType::*;

fn no_event(evs: &[CodedEvent], src: &str, tgt: &str) -> bool {
    !triples(evs).iter().any(|(s, t, _)| s == src && t == tgt)
}

#[test]
fn a_measure_that_would_hurt_a_state_is_no_threat() {
    let actors = [("Chilean", "CHL", Nationality), ("Peru", "PER", Location)];
    let evs = run("Analysts said a Chilean levy would hurt Peru.", &actors);
    assert!(no_event(&evs, "CHL", "PER"), "{:?}", triples(&evs));
}

#[test]
fn a_states_embargo_forecast_to_hurt_is_no_threat() {
    let actors = [("Chile", "CHL", Location), ("Peru", "PER", Location)];
    let evs = run(
        "Traders warned that Chile's embargo would hurt Peru.",
        &actors,
    );
    assert!(no_event(&evs, "CHL", "PER"), "{:?}", triples(&evs));
}

#[test]
fn forces_that_would_attack_are_still_a_threat() {
    // contrast: the subject is an agent, the mention covers its word
    let actors = [
        ("Chilean troops", "CHLMIL", Organisation),
        ("Peru", "PER", Location),
    ];
    let evs = run("Analysts said Chilean troops would attack Peru.", &actors);
    assert!(has_root(&evs, "CHLMIL", "PER", "13"), "{:?}", triples(&evs));
}

#[test]
fn a_state_that_warns_of_its_own_tariffs_still_threatens() {
    // contrast: the speaker announces its own act
    let actors = [("Chile", "CHL", Location), ("Peru", "PER", Location)];
    let evs = run(
        "Chile warned Peru that it would impose tariffs on its wine.",
        &actors,
    );
    assert!(has_root(&evs, "CHL", "PER", "13"), "{:?}", triples(&evs));
}

#[test]
fn a_state_whose_army_would_attack_still_threatens() {
    // contrast: "army" names an agent of its own, not a thing
    let actors = [
        ("Chile", "CHL", Location),
        ("army", "CHLMIL", Organisation),
        ("Peru", "PER", Location),
    ];
    let evs = run("Analysts said Chile's army would attack Peru.", &actors);
    assert!(has_root(&evs, "CHLMIL", "PER", "13"), "{:?}", triples(&evs));
}

#[test]
fn a_navys_vessels_that_would_attack_still_threaten() {
    // contrast: the vessels of an armed force act for it
    let actors = [
        ("Chilean navy", "CHLMIL", Organisation),
        ("Peru", "PER", Location),
    ];
    let evs = run(
        "Analysts said Chilean navy vessels would attack Peru.",
        &actors,
    );
    assert!(has_root(&evs, "CHLMIL", "PER", "13"), "{:?}", triples(&evs));
}
