//! A dictionary pattern's target keeps the parties coordinated with it
//! (`vp_events/pattern_conjuncts.rs`, branch misses6). Invented text.
use super::tests::has_root as has;
use super::tests::{run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 8] = [
    ("Freedonia's president", "FREGOV", Person),
    ("Freedonia", "FRE", Location),
    ("Ruritanian minister", "RURGOV", Person),
    ("Ruritania", "RUR", Location),
    ("Sylvanian envoy", "SYLGOV", Person),
    ("Sylvania", "SYL", Location),
    ("Sylvanian", "SYL", Nationality),
    ("Latveria", "LAT", Location),
];

#[test]
fn talks_with_two_officials_reach_both() {
    let text = "Freedonia's president held separate talks with the Ruritanian minister and the Sylvanian envoy on Friday.";
    let evs = run(text, &ACTORS);
    assert!(has(&evs, "FREGOV", "RURGOV", "04"), "{:?}", triples(&evs));
    assert!(has(&evs, "FREGOV", "SYLGOV", "04"), "{:?}", triples(&evs));
}

#[test]
fn an_agreement_with_two_states_reaches_both() {
    let text = "Freedonia signed a fisheries agreement with Ruritania and Sylvania on Monday.";
    let evs = run(text, &ACTORS);
    assert!(has(&evs, "FRE", "RUR", "05"), "{:?}", triples(&evs));
    assert!(has(&evs, "FRE", "SYL", "05"), "{:?}", triples(&evs));
}

#[test]
fn a_party_named_elsewhere_in_the_phrase_is_no_conjunct() {
    let text = "Freedonia signed a fisheries agreement with Ruritania on Sylvanian waters.";
    let evs = run(text, &ACTORS);
    assert!(has(&evs, "FRE", "RUR", "05"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FRE", "SYL", ""), "{:?}", triples(&evs));
}

#[test]
fn a_clause_joined_by_comma_and_adds_no_party() {
    let text = "Freedonia's president said his country stood with both neighbours, and Latveria and Sylvania issued statements backing the decision.";
    let evs = run(text, &ACTORS);
    assert!(!has(&evs, "FREGOV", "LAT", ""), "{:?}", triples(&evs));
    assert!(!has(&evs, "FREGOV", "SYL", ""), "{:?}", triples(&evs));
}
