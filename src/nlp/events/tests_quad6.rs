//! ConfliBERT quad coverage (branch quad6): a present-tense verb after an owned subject
//! ("X's government condemns", "the government of X rejects"). Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};

use super::*;
use crate::nlp::EntityType::Organisation;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("government", "FREGOV", Organisation),
        ("The government", "FREGOV", Organisation),
    ])
}

#[test]
fn a_present_verb_after_a_possessed_agent_is_its_verb() {
    let evs = run("Freedonia's government condemns Ruritania.", &actors());
    assert!(has(&evs, "FREGOV", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_present_verb_after_an_of_phrase_subject_is_its_verb() {
    let evs = run(
        "The government of Freedonia condemns Ruritania over the raid.",
        &actors(),
    );
    assert!(has(&evs, "FREGOV", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_possessed_noun_before_a_preposition_stays_a_noun() {
    // "attacks on" is the object's head noun, not a second verb of the sentence.
    let evs = run(
        "Sylvania condemned Freedonia's government attacks on Ruritania.",
        &actors(),
    );
    assert!(!has(&evs, "FREGOV", "RUR", "19"), "{:?}", triples(&evs));
}

#[test]
fn curbs_are_restrictions_imposed_and_lifted() {
    let evs = run("Freedonia lifted travel curbs on Ruritania.", &actors());
    assert!(has(&evs, "FRE", "RUR", "081"), "{:?}", triples(&evs));
    let evs = run("Freedonia imposed trade curbs on Ruritania.", &actors());
    assert!(has(&evs, "FRE", "RUR", "172"), "{:?}", triples(&evs));
}

#[test]
fn accepting_a_formula_is_accepting_a_proposal() {
    let evs = run(
        "Freedonia accepted a formula proposed by Ruritania to settle the dispute.",
        &actors(),
    );
    assert!(has(&evs, "FRE", "RUR", "030"), "{:?}", triples(&evs));
}

/// Real state codes: the own-country test needs the actor files' country of each code.
fn real_states() -> Vec<(&'static str, &'static str, EntityType)> {
    vec![
        ("Spain", "ESP", EntityType::Location),
        ("Spanish", "ESP", EntityType::Nationality),
        ("Morocco", "MAR", EntityType::Location),
    ]
}

#[test]
fn a_measure_of_the_source_own_country_yields_the_target_to_the_party_after_it() {
    let evs = run(
        "Spain lifted the Spanish embargo on Morocco last week.",
        &real_states(),
    );
    assert!(has(&evs, "ESP", "MAR", "085"), "{:?}", triples(&evs));
}
