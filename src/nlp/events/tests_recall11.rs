//! Sources and parties from the discourse (branch recall11): a main verb the parse hangs
//! under a describing relative clause of its subject; invented text.
use super::tests::has_root as has;
use super::tests::{run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 3] = [
    ("Freedonia", "FRE", Location),
    ("Ruritania", "RUR", Location),
    ("Sylvania", "SYL", Location),
];

#[test]
fn the_main_verb_after_a_describing_relative_clause_takes_its_subject() {
    let evs = run(
        "Freedonia and Sylvania, which guarantee the ceasefire, urged Ruritania to withdraw its troops.",
        &ACTORS,
    );
    assert!(has(&evs, "FRE", "RUR", "02"), "{:?}", triples(&evs));
    assert!(has(&evs, "SYL", "RUR", "02"), "{:?}", triples(&evs));
}

#[test]
fn strikes_after_which_a_described_clash_began_happened() {
    // the noun names its striker; the describing clause does not make it background
    let evs = run(
        "Dozens of soldiers were killed in the clashes, which began after air strikes by Freedonia on Ruritania.",
        &ACTORS,
    );
    assert!(has(&evs, "FRE", "RUR", "19"), "{:?}", triples(&evs));
}

#[test]
fn strikes_without_a_striker_do_not_take_the_clause_subject() {
    let evs = run(
        "Sylvania recalled its envoy after air strikes on Ruritania.",
        &ACTORS,
    );
    assert!(!has(&evs, "SYL", "RUR", "19"), "{:?}", triples(&evs));
}

#[test]
fn a_subject_on_a_visit_to_a_state_visits_it() {
    let evs = run(
        "Freedonia's president, on his first visit to Ruritania, signed a trade deal with Sylvania.",
        &ACTORS,
    );
    assert!(has(&evs, "FRE", "RUR", "042"), "{:?}", triples(&evs));
}
