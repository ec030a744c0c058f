//! ConfliBERT quad coverage (branch quad5): co-subjects of a shared act named by a "joint"
//! object, and the party a purpose clause of aid helps. Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[])
}

#[test]
fn co_subjects_of_a_joint_object_act_on_each_other() {
    for text in [
        "Freedonia and Ruritania have agreed to undertake joint naval exercises next spring.",
        "Freedonia and Ruritania agreed to undertake a joint border patrol.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "FRE", "RUR", "03"), "{text}: {:?}", triples(&evs));
        assert!(has(&evs, "RUR", "FRE", "03"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn a_joint_object_naming_a_third_state_keeps_that_state() {
    let evs = run(
        "Freedonia and Ruritania agreed to hold joint drills near Sylvania.",
        &actors(),
    );
    assert!(!has(&evs, "FRE", "RUR", "03"), "{:?}", triples(&evs));
}

#[test]
fn a_joint_show_of_force_is_no_threat_to_each_other() {
    let evs = run(
        "Freedonia and Ruritania have agreed to hold joint naval drills next spring.",
        &actors(),
    );
    assert!(!has(&evs, "FRE", "RUR", "13"), "{:?}", triples(&evs));
}

#[test]
fn a_purpose_clause_on_the_thing_given_names_whom_the_aid_is_for() {
    let evs = run(
        "Freedonia donated a batch of water pumps and other equipment to assist Ruritania with its recovery.",
        &actors(),
    );
    assert!(has(&evs, "FRE", "RUR", "07"), "{:?}", triples(&evs));
}

#[test]
fn aid_to_help_people_in_a_place_is_for_that_place() {
    let evs = run(
        "Freedonia announced emergency assistance of ten million dollars to help people in Ruritania.",
        &actors(),
    );
    assert!(has(&evs, "FRE", "RUR", "07"), "{:?}", triples(&evs));
}
