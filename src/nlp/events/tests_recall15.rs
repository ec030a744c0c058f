//! Missed events of nd-068..103 by mechanism (branch recall15): a causative's infinitive is
//! its object's act, a main verb the parse hung inside a describing relative clause, and a
//! closure named back by a reaction. Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
        ("Liberation Front", "SYLREB", Organisation),
    ])
}

#[test]
fn a_causative_infinitive_is_its_objects_act() {
    for (text, src, tgt, root) in [
        (
            "Ruritanian police arrested a Freedonian diplomat on Monday, prompting Freedonia to accuse Ruritania of hostage-taking.",
            "FRE",
            "RUR",
            "11",
        ),
        (
            "The shelling of the border town led Freedonia to recall its ambassador from Ruritania.",
            "FRE",
            "RUR",
            "16",
        ),
        (
            "The raid on the convoy prompted Sylvania to demand an apology from Ruritania.",
            "SYL",
            "RUR",
            "10",
        ),
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, src, tgt, root), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn an_appeal_to_act_is_not_the_act() {
    // "urged Y to accuse Z": Y has not accused anyone (the appeal is the event)
    let evs = run(
        "Freedonia urged Sylvania to accuse Ruritania of fraud.",
        &actors(),
    );
    assert!(!has(&evs, "SYL", "RUR", "11"), "{:?}", triples(&evs));
    assert!(has(&evs, "FRE", "SYL", "0"), "{:?}", triples(&evs));
}

#[test]
fn the_verb_after_a_describing_clause_is_the_main_verb() {
    for text in [
        "The Liberation Front, which seeks independence for the province, accused Ruritania of torturing prisoners.",
        "The Liberation Front, which speaks for the farmers of nine member states, accused Ruritania of torturing prisoners.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "SYLREB", "RUR", "11"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn a_named_closure_answers_the_state_that_closed() {
    let text = "Ruritania closed its border with Freedonia on Monday. \
                Freedonia's foreign ministry called the closure \"a provocation\".";
    let evs = run(text, &actors());
    assert!(has(&evs, "FREGOV", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn an_appeal_joined_to_a_reported_thing_is_the_speakers() {
    for text in [
        "Freedonia's foreign ministry said the strikes violated its sovereignty and called on Ruritania to stop them.",
        "Freedonia's foreign ministry said the new toll amounted to a tax and urged Ruritania to drop it.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "FREGOV", "RUR", "02"), "{text}: {:?}", triples(&evs));
    }
}
