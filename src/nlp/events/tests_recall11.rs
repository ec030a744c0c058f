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
