//! A second coordinated verb with no target of its own addresses the first verb's party
//! (branch recall16). Invented text.
use super::tests::has_root as has;
use super::tests::{run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 7] = [
    ("Freedonia's foreign ministry", "FREGOV", Organisation),
    ("Freedonia", "FRE", Location),
    ("Ruritanian ambassador", "RURGOV", Person),
    ("Ruritanian envoy", "RURGOV", Person),
    ("Ruritania", "RUR", Location),
    ("Sylvania", "SYL", Location),
    ("Freedonian", "FRE", Nationality),
];

#[test]
fn a_demand_after_a_summons_is_put_to_the_summoned() {
    for (text, root) in [
        (
            "Freedonia's foreign ministry summoned the Ruritanian ambassador on Friday and demanded compensation for the damage.",
            "10",
        ),
        (
            "Freedonia's foreign ministry summoned the Ruritanian envoy and appealed for restraint on the border.",
            "0",
        ),
        (
            "Freedonia's foreign ministry summoned the Ruritanian envoy, and warned that the talks would be suspended.",
            "13",
        ),
    ] {
        let evs = run(text, &ACTORS);
        assert!(has(&evs, "FREGOV", "RURGOV", root), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn a_conjunct_with_its_own_target_keeps_it() {
    let text =
        "Freedonia's foreign ministry summoned the Ruritanian envoy and urged Sylvania to mediate.";
    let evs = run(text, &ACTORS);
    assert!(has(&evs, "FREGOV", "SYL", "02"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FREGOV", "RURGOV", "02"), "{:?}", triples(&evs));
}

#[test]
fn a_material_act_in_a_coordination_inherits_nothing() {
    // a seizure in a coordination is no act against the first verb's object
    let text = "Freedonia's foreign ministry summoned the Ruritanian envoy and seized the cargo.";
    let evs = run(text, &ACTORS);
    assert!(!has(&evs, "FREGOV", "RURGOV", "17"), "{:?}", triples(&evs));
}

#[test]
fn an_act_read_from_a_verb_of_no_speech_inherits_nothing() {
    // "gave him two days to leave" is coded as an ultimatum from "give": no address to the
    // summoned envoy's government of its own
    let text = "Freedonia's foreign ministry summoned the Ruritanian envoy and gave him 48 hours to leave the country.";
    let evs = run(text, &ACTORS);
    assert!(!has(&evs, "FREGOV", "RURGOV", "13"), "{:?}", triples(&evs));
}

#[test]
fn a_call_after_a_meeting_is_not_put_to_the_host() {
    // the call for calm is meant for the fighting parties, not the envoy met
    let text = "Freedonia's foreign ministry met the Ruritanian envoy and urged restraint along the border.";
    let evs = run(text, &ACTORS);
    assert!(!has(&evs, "FREGOV", "RURGOV", "02"), "{:?}", triples(&evs));
}
