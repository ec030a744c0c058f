//! Branch claims: coercion (17x) told in another party's reported speech is that party's
//! accusation of its author, not the author's act as asserted; told by its author or its
//! own side, by a speaker of no placed state, or after the fact ("…, the ministry said"),
//! it stays the act.
use super::tests::{has_code, run, triples};
use super::*;
use EntityType::*;

const SIDES: [(&str, &str, EntityType); 6] = [
    ("Ruritania's interior ministry", "RURGOV", Organisation),
    ("Ruritanian guards", "RURCOP", Organisation),
    ("Ruritania", "RUR", Location),
    ("Freedonia's foreign ministry", "FREGOV", Organisation),
    ("Freedonian border police", "FRECOP", Organisation),
    ("Freedonia", "FRE", Location),
];

/// Whether `evs` code `src` with a coercion (17x) as its own act.
fn coerces(evs: &[CodedEvent], src: &str) -> bool {
    evs.iter()
        .any(|e| e.source.actor.code == src && e.cameo.starts_with("17"))
}

/// Asserts that `text` codes no accusation.
fn no_charge(text: &str) {
    let evs = run(text, &SIDES);
    assert!(
        !evs.iter().any(|e| &*e.cameo == "112"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_neighbours_coercion_told_by_a_ministry_is_its_charge() {
    let evs = run(
        "Freedonia's foreign ministry said Ruritanian guards had beaten the migrants and forced them back into Freedonia.",
        &SIDES,
    );
    assert!(
        has_code(&evs, "FREGOV", "RURCOP", "112"),
        "{:?}",
        triples(&evs)
    );
    assert!(!coerces(&evs, "RURCOP"), "{:?}", triples(&evs));
}

#[test]
fn a_deportation_told_by_another_state_is_no_asserted_deportation() {
    let evs = run(
        "Freedonia's foreign ministry said Ruritania was deporting Freedonian workers to Freedonia without hearings.",
        &SIDES,
    );
    assert!(!coerces(&evs, "RUR"), "{:?}", triples(&evs));
}

#[test]
fn a_states_own_arrests_told_by_its_ministry_stay_the_act() {
    no_charge(
        "Ruritania's interior ministry said Ruritanian guards had arrested five Freedonian smugglers.",
    );
}

#[test]
fn a_states_own_expulsions_told_by_its_minister_stay_the_act() {
    no_charge(
        "Ruritania's interior ministry said Ruritania was deporting 40 Freedonian workers to Freedonia.",
    );
}

#[test]
fn an_arrest_attributed_after_the_fact_stays_the_act() {
    no_charge(
        "Ruritanian guards arrested five Freedonian smugglers, Freedonia's foreign ministry said.",
    );
}

#[test]
fn a_spokesman_of_no_placed_state_charges_no_one() {
    no_charge(
        "A government spokesman said Ruritanian guards had forced the migrants back into Freedonia.",
    );
}
