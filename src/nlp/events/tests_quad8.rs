//! ConfliBERT quad coverage (branch quad8): shared exercises, the thing a verb of giving
//! gives read as a gerund, a target hung on the object noun, decisions to yield or give.
//! Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};

use super::*;

/// The three states, and "military" as the entity stage finds it: an agent of no country.
fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[("military", "---MIL", EntityType::Organisation)])
}

#[test]
fn co_subjects_holding_joint_military_exercises_cooperate_with_each_other() {
    // "military exercises" after an agent mention is no clause ("the military exercises")
    let evs = run(
        "Freedonia and Ruritania held joint military exercises.",
        &actors(),
    );
    assert!(has(&evs, "FRE", "RUR", "06"), "{:?}", triples(&evs));
    assert!(has(&evs, "RUR", "FRE", "06"), "{:?}", triples(&evs));
}

#[test]
fn coordinated_modifiers_of_the_subject_share_a_round_of_joint_exercises() {
    for text in [
        "The Freedonian and Ruritanian navies began a joint military exercise in the north.",
        "Freedonia and Ruritania began a new round of joint military exercises in the north.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "FRE", "RUR", "06"), "{text}: {:?}", triples(&evs));
        assert!(has(&evs, "RUR", "FRE", "06"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn training_given_to_a_state_is_given_to_it() {
    let evs = run(
        "Freedonia has provided peacekeeping training to Ruritania.",
        &actors(),
    );
    assert!(has(&evs, "FRE", "RUR", "07"), "{:?}", triples(&evs));
}

#[test]
fn a_decision_to_lift_sanctions_is_the_lifting() {
    let evs = run(
        "Freedonia has decided to lift its sanctions on Ruritania.",
        &actors(),
    );
    assert!(
        evs.iter()
            .any(|e| e.cameo.starts_with("08") && e.modality == Modality::Asserted),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_decision_to_attack_stays_an_intention() {
    let evs = run("Freedonia has decided to attack Ruritania.", &actors());
    assert!(
        !evs.iter()
            .any(|e| e.cameo.starts_with("19") && e.modality == Modality::Asserted),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_target_hung_on_the_object_noun_past_the_own_country() {
    // the parser hangs "to Ruritania" on "embargo" as an `obl`, not an `nmod`
    let actors = three_states_and(&[
        ("Smith", "FREGOV", EntityType::Person),
        ("UK", "FRE", EntityType::Location),
    ]);
    let evs = run(
        "Smith lifts UK embargo on heavy arms sales to Ruritania.",
        &actors,
    );
    assert!(has(&evs, "FREGOV", "RUR", "08"), "{:?}", triples(&evs));
}

#[test]
fn troops_leaving_a_country_withdraw_from_it() {
    let evs = run(
        "Freedonian troops have begun leaving Ruritania under the peace deal.",
        &actors(),
    );
    assert!(has(&evs, "FRE", "RUR", "0874"), "{:?}", triples(&evs));
    // "left for Y" names where they go: no withdrawal from Y
    let evs = run("Freedonian troops left for Ruritania.", &actors());
    assert!(!has(&evs, "FRE", "RUR", "0874"), "{:?}", triples(&evs));
}

#[test]
fn peacekeepers_arriving_are_sent_by_their_state_and_received_by_the_host() {
    let evs = run(
        "Freedonian peacekeepers arrived in Ruritania on Monday.",
        &actors(),
    );
    assert!(has(&evs, "FRE", "RUR", "074"), "{:?}", triples(&evs));
    assert!(has(&evs, "RUR", "FRE", "0861"), "{:?}", triples(&evs));
}

#[test]
fn what_is_returned_to_an_ambassador_is_returned_to_his_state() {
    let actors = three_states_and(&[("Ruritanian ambassador", "RURGOV", EntityType::Person)]);
    let evs = run(
        "Freedonia returned an old painting to the Ruritanian ambassador in a ceremony.",
        &actors,
    );
    assert!(has(&evs, "FRE", "RURGOV", "084"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FRE", "RURGOV", "05"), "{:?}", triples(&evs));
}
