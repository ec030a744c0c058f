//! ConfliBERT quad classes (branch quad10): the parties of meetings and failed agreements
//! when another phrase names a seat of government or a third party's affair; people
//! labelled with an insult; assertions rejected. Invented text.
use super::tests::has_root as has;
use super::tests::{has_sides, run, three_states_and, triples};

use super::*;

#[test]
fn talks_held_at_a_seat_of_government_are_with_the_partner() {
    let actors = three_states_and(&[
        ("the Ruritanian president", "RURGOV", EntityType::Person),
        ("the Sylvanian minister", "SYLGOV", EntityType::Person),
        ("the Blue Palace", "FREGOV", EntityType::Organisation),
    ]);
    let evs = run(
        "The Ruritanian president held talks at the Blue Palace with the Sylvanian minister.",
        &actors,
    );
    assert!(
        has_sides(&evs, "RUR", "SYLGOV", "04"),
        "{:?}",
        triples(&evs)
    );
    assert!(!has_sides(&evs, "RUR", "FRE", ""), "{:?}", triples(&evs));
}

#[test]
fn a_person_called_a_wrong_is_criticised() {
    let actors = three_states_and(&[
        ("the Ruritanian president", "RURGOV", EntityType::Person),
        (
            "the Freedonian prime minister",
            "FREGOV",
            EntityType::Person,
        ),
        ("the Freedonian envoy", "FREGOV", EntityType::Person),
    ]);
    for text in [
        "The Ruritanian president called the Freedonian prime minister a terrorist.",
        "The Ruritanian president called the Freedonian envoy to Sylvania a very stupid man.",
    ] {
        let evs = run(text, &actors);
        assert!(
            has_sides(&evs, "RUR", "FREGOV", "111"),
            "{text}: {:?}",
            triples(&evs)
        );
        assert!(
            !evs.iter().any(|e| e.cameo.starts_with("02")),
            "{text}: {:?}",
            triples(&evs)
        );
    }
    // a neutral label is no criticism
    let evs = run(
        "The Ruritanian president called the Freedonian prime minister a friend.",
        &actors,
    );
    assert!(
        !evs.iter().any(|e| e.cameo.starts_with("11")),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn co_subjects_failing_to_agree_on_a_third_partys_affair_fail_with_each_other() {
    let evs = run(
        "Freedonian and Ruritanian negotiators failed to reach a deal on the Sylvanian border.",
        &three_states_and(&[]),
    );
    assert!(has(&evs, "FRE", "RUR", "12"), "{:?}", triples(&evs));
    assert!(has(&evs, "RUR", "FRE", "12"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FRE", "SYL", ""), "{:?}", triples(&evs));
}

#[test]
fn rejected_assertions_answer_their_author() {
    let evs = run(
        "Freedonia has rejected Ruritanian assertions that it shelters smugglers.",
        &three_states_and(&[]),
    );
    assert!(has(&evs, "FRE", "RUR", "120"), "{:?}", triples(&evs));
}
