//! Missed events by mechanism (branch recall19): an object the parse read as a second
//! subject, "neighbouring" read as a participle, help named through a bare infinitive or a
//! possessor, aid "to Y", and violence or a show of force on agents of no country placed by
//! the parse below the act. Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("the United Federation", "UFD", Location),
        ("exile groups", "---OPP", Organisation),
        ("troops", "---MIL", Organisation),
    ])
}

fn expect(cases: &[(&str, &str, &str, &str)]) {
    for &(text, src, tgt, root) in cases {
        let evs = run(text, &actors());
        assert!(has(&evs, src, tgt, root), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn a_name_after_the_verb_and_the_neighbouring_state_are_objects() {
    expect(&[
        (
            "Freedonia urged the United Federation on Monday to lift the blockade.",
            "FRE",
            "UFD",
            "02",
        ),
        (
            "Freedonia accused neighbouring Ruritania on Monday of arming rebels.",
            "FRE",
            "RUR",
            "11",
        ),
    ]);
}

#[test]
fn help_names_its_beneficiary_through_an_infinitive_or_a_possessor() {
    expect(&[
        (
            "Freedonia pledged 40 million dollars to help rebuild Ruritania.",
            "FRE",
            "RUR",
            "03",
        ),
        (
            "Freedonia also agreed to help restructure Ruritania's debt.",
            "FRE",
            "RUR",
            "03",
        ),
    ]);
}

#[test]
fn violence_on_agents_of_no_country_falls_on_the_place() {
    expect(&[(
        "Freedonian drones struck two camps of exile groups in Ruritania.",
        "FRE",
        "RUR",
        "19",
    )]);
}

#[test]
fn a_named_target_of_violence_stays() {
    let evs = run(
        "Freedonian drones struck Ruritanian troops in Sylvania.",
        &actors(),
    );
    assert!(!has(&evs, "FRE", "SYL", "19"), "{:?}", triples(&evs));
}

#[test]
fn talks_between_two_parties_as_a_subject_are_their_meeting() {
    expect(&[
        (
            "Talks between Freedonia and Ruritania resumed on Monday.",
            "FRE",
            "RUR",
            "04",
        ),
        (
            "Talks between Freedonia and Ruritania resumed on Monday.",
            "RUR",
            "FRE",
            "04",
        ),
    ]);
    // talks that broke down report no meeting
    let evs = run(
        "Talks between Freedonia and Ruritania broke down on Monday.",
        &actors(),
    );
    assert!(!has(&evs, "FRE", "RUR", "04"), "{:?}", triples(&evs));
}
