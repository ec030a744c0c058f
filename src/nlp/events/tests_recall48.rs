//! Branch recall48: a main verb after a subject's describing relative clause that the parse
//! hung inside the description ("X, who was accompanied by aides, held talks with Y": "held"
//! read as a modifier of "talks"). Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Freedonia's prime minister", "FREGOV", Person),
        ("Ruritania's president", "RURGOV", Person),
    ])
}

#[test]
fn talks_held_after_the_subjects_description_are_the_subjects_act() {
    let text = "Freedonia's prime minister, who was accompanied by three cabinet ministers, \
                held talks with Ruritania's president and addressed the parliament.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FREGOV", "RURGOV", "04"), "{:?}", triples(&evs));
}

#[test]
fn a_subject_invited_in_a_passive_after_its_description_invites_no_one() {
    let text = "Freedonia's prime minister, who was accompanied by three cabinet ministers, \
                was invited to talks by Ruritania's president.";
    let evs = run(text, &actors());
    let inviter = triples(&evs)
        .into_iter()
        .any(|(s, t, _)| s == "FREGOV" && t == "RURGOV");
    assert!(!inviter, "{:?}", triples(&evs));
}
