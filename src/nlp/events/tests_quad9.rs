//! ConfliBERT quad classes (branch quad9): verb senses the CAMEO file's shared blocks give a
//! verb it does not fit (extradition, detention at a meeting, gifts to an appeal, money
//! mobilised, medicine flown in). Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};

use super::*;

/// Whether any event has a code starting with `root`.
fn any_code(evs: &[CodedEvent], root: &str) -> bool {
    evs.iter().any(|e| e.cameo.starts_with(root))
}

#[test]
fn an_extradition_is_judicial_cooperation_with_the_receiving_state() {
    let evs = run(
        "Freedonia extradited a banker to Ruritania on Tuesday.",
        &three_states_and(&[]),
    );
    assert!(has(&evs, "FRE", "RUR", "063"), "{:?}", triples(&evs));
    assert!(!any_code(&evs, "174"), "{:?}", triples(&evs));
    // a deportation stays an expulsion
    let evs = run(
        "Freedonia deported a Ruritanian banker on Tuesday.",
        &three_states_and(&[]),
    );
    assert!(any_code(&evs, "174"), "{:?}", triples(&evs));
}

#[test]
fn people_detained_at_a_meeting_are_detained() {
    let actors = three_states_and(&[("Freedonian police", "FRECOP", EntityType::Organisation)]);
    let evs = run(
        "Freedonian police detained nine Ruritanian students at a meeting in the capital.",
        &actors,
    );
    assert!(has(&evs, "FRECOP", "RUR", "173"), "{:?}", triples(&evs));
    assert!(!any_code(&evs, "046"), "{:?}", triples(&evs));
    // holding a meeting keeps the CAMEO file's reading
    let evs = run(
        "Freedonia held a meeting with Ruritania on Tuesday.",
        &three_states_and(&[]),
    );
    assert!(!any_code(&evs, "173"), "{:?}", triples(&evs));
}

#[test]
fn money_given_to_an_appeal_is_aid_to_the_appealing_party() {
    for text in [
        "Freedonia contributed $5 million to the Ruritanian flood appeal.",
        "Freedonia donated $5 million to the Ruritanian flood appeal.",
    ] {
        let evs = run(text, &three_states_and(&[]));
        assert!(has(&evs, "FRE", "RUR", "07"), "{text}: {:?}", triples(&evs));
        assert!(!any_code(&evs, "02"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn funds_mobilised_for_a_state_are_aid_not_a_mobilisation() {
    let evs = run(
        "Freedonia is mobilising new funds for the reconstruction of Ruritania.",
        &three_states_and(&[]),
    );
    assert!(any_code(&evs, "071"), "{:?}", triples(&evs));
    assert!(!any_code(&evs, "15"), "{:?}", triples(&evs));
}

#[test]
fn medicine_flown_into_a_state_is_humanitarian_aid() {
    let evs = run(
        "Freedonia flew ten tonnes of medicine into Ruritania after the floods.",
        &three_states_and(&[]),
    );
    assert!(has(&evs, "FRE", "RUR", "073"), "{:?}", triples(&evs));
    assert!(!any_code(&evs, "15"), "{:?}", triples(&evs));
}

#[test]
fn an_adverb_between_the_modal_and_the_verb_keeps_the_announced_act() {
    for text in [
        "Freedonia will only negotiate with Ruritania.",
        "Freedonia will soon negotiate with Ruritania.",
        "Freedonia will always negotiate with Ruritania.",
    ] {
        let evs = run(text, &three_states_and(&[]));
        // the future is kept: an intention (the gate codes it 03x), not a reported talk
        let negotiation = |e: &&CodedEvent| has(std::slice::from_ref(*e), "FRE", "RUR", "04");
        assert!(
            evs.iter()
                .filter(negotiation)
                .all(|e| e.modality == Modality::Intended)
                && evs.iter().any(|e| negotiation(&e)),
            "{text}: {:?}",
            evs.iter()
                .map(|e| (&e.cameo, e.modality))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn ground_held_by_a_party_is_no_cooperation() {
    let actors = three_states_and(&[("Freedonian rebels", "FREREB", EntityType::Organisation)]);
    let evs = run("Freedonian rebels controlled parts of Ruritania.", &actors);
    assert!(!any_code(&evs, "06"), "{:?}", triples(&evs));
}

#[test]
fn a_state_of_siege_is_an_emergency_regime() {
    let actors = three_states_and(&[(
        "the Freedonian government",
        "FREGOV",
        EntityType::Organisation,
    )]);
    let evs = run(
        "The Freedonian government declared a state of siege in two northern provinces.",
        &actors,
    );
    assert!(any_code(&evs, "1724"), "{:?}", triples(&evs));
    let evs = run(
        "The Freedonian government lifted the state of siege in two northern provinces.",
        &actors,
    );
    assert!(any_code(&evs, "0814"), "{:?}", triples(&evs));
}

#[test]
fn money_allocated_or_earmarked_as_aid_is_aid_to_its_purpose() {
    for text in [
        "Freedonia is allocating $20 million in humanitarian aid to help Ruritania after the floods.",
        "Freedonia has earmarked $20 million in emergency aid to help Ruritania after the floods.",
    ] {
        let evs = run(text, &three_states_and(&[]));
        assert!(has(&evs, "FRE", "RUR", "07"), "{text}: {:?}", triples(&evs));
    }
    // a budget earmarked for nothing given codes nothing
    let evs = run(
        "Freedonia has earmarked $20 million for new roads near Ruritania.",
        &three_states_and(&[]),
    );
    assert!(evs.is_empty(), "{:?}", triples(&evs));
}

#[test]
fn a_truce_in_what_is_said_is_no_declared_truce() {
    let evs = run(
        "Freedonia rejected the plan, saying the truce in Ruritania was a sham.",
        &three_states_and(&[]),
    );
    assert!(!any_code(&evs, "0871"), "{:?}", triples(&evs));
    // an announced truce is declared
    let evs = run(
        "Freedonia announced a truce with Ruritania on Monday.",
        &three_states_and(&[]),
    );
    assert!(any_code(&evs, "087"), "{:?}", triples(&evs));
}

#[test]
fn a_commitment_to_refugees_reinforced_is_no_cut_in_aid() {
    let evs = run(
        "Freedonia has reinforced its commitment to Ruritanian refugees.",
        &three_states_and(&[]),
    );
    assert!(!any_code(&evs, "16"), "{:?}", triples(&evs));
}
