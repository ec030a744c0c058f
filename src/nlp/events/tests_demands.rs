//! Demands in reported speech (branch recall3): "X said Y should / must / needs to <act>" is
//! X's demand on Y (100), not Y's act; invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

/// No demand (10x) was coded.
fn no_demand(evs: &[CodedEvent]) -> bool {
    triples(evs).iter().all(|(_, _, c)| !c.starts_with("10"))
}

const ACTORS: [(&str, &str, EntityType); 2] =
    [("Ghana", "GHA", Location), ("Togo", "TGO", Location)];

#[test]
fn must_under_a_speech_verb_is_the_speakers_demand() {
    let evs = run(
        "Ghana said on Monday that Togo must withdraw its soldiers from the border.",
        &ACTORS,
    );
    assert!(has(&evs, "GHA", "TGO", "100"), "{:?}", triples(&evs));
    assert!(
        evs.iter().all(|e| e.source.actor.code != "TGO"),
        "the demanded act is not Togo's: {:?}",
        triples(&evs)
    );
}

#[test]
fn should_in_a_clause_a_speech_verb_comments_on_is_a_demand() {
    let evs = run(
        "Togo should release the detained fishermen, Ghana said.",
        &ACTORS,
    );
    assert!(has(&evs, "GHA", "TGO", "100"), "{:?}", triples(&evs));
}

#[test]
fn needs_to_under_a_speech_verb_is_a_demand() {
    let evs = run(
        "Ghana insisted that Togo needs to release the detained fishermen.",
        &ACTORS,
    );
    assert!(has(&evs, "GHA", "TGO", "100"), "{:?}", triples(&evs));
}

#[test]
fn will_stays_a_report_of_the_subjects_act() {
    let evs = run(
        "Ghana said Togo will release the detained fishermen.",
        &ACTORS,
    );
    assert!(no_demand(&evs), "{:?}", triples(&evs));
}

#[test]
fn needed_to_tells_what_was_done_and_is_no_demand() {
    let evs = run(
        "Ghana said Togo needed to release the detained fishermen.",
        &ACTORS,
    );
    assert!(!has(&evs, "GHA", "TGO", "100"), "{:?}", triples(&evs));
}

#[test]
fn the_speakers_own_obligation_is_no_demand() {
    let evs = run(
        "Ghana said it must release the detained fishermen.",
        &ACTORS,
    );
    assert!(no_demand(&evs), "{:?}", triples(&evs));
}

#[test]
fn should_have_judges_the_past_and_is_no_demand() {
    let evs = run(
        "Ghana said Togo should have released the detained fishermen.",
        &ACTORS,
    );
    assert!(no_demand(&evs), "{:?}", triples(&evs));
}

#[test]
fn a_denied_demand_is_no_demand() {
    let evs = run(
        "Ghana did not say that Togo must release the detained fishermen.",
        &ACTORS,
    );
    assert!(no_demand(&evs), "{:?}", triples(&evs));
}

#[test]
fn a_that_clause_listing_acts_is_demanded_of_its_subject() {
    // parsed with "investigate" as an adverbial of "compensate" (src/nlp/frames/repair/
    // that_list.rs): without the repair the demand has no addressee
    let evs = run(
        "Ghana demanded that Togo investigate the incident, compensate the fishermen and \
         stop such raids.",
        &ACTORS,
    );
    assert!(has(&evs, "GHA", "TGO", "100"), "{:?}", triples(&evs));
}
