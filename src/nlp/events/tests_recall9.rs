//! Predicates the coder missed (branch recall9): solidarity ("stood with"), naming an act a
//! wrong ("called the detention \"a provocation\""), and an accusation carried by a
//! statement's content ("said the boat had fished illegally"); invented text.
use super::tests::{run, triples};
use EntityType::*;

use super::*;

fn has(evs: &[CodedEvent], src: &str, tgt: &str, root: &str) -> bool {
    triples(evs)
        .iter()
        .any(|(s, t, c)| s == src && t == tgt && c.starts_with(root))
}

const ACTORS: [(&str, &str, EntityType); 4] = [
    ("Ruritanian coast guard", "RURMIL", Organisation),
    ("Freedonia", "FRE", Location),
    ("Ruritania", "RUR", Location),
    ("Sylvania", "SYL", Location),
];

#[test]
fn standing_with_a_state_is_support() {
    let evs = run("Sylvania said it stood with Freedonia.", &ACTORS);
    assert!(has(&evs, "SYL", "FRE", "051"), "{:?}", triples(&evs));
}

/// The label in quotation marks is no clause boundary: the pattern sees "a provocation",
/// and the reaction rule finds the author of the detention.
#[test]
fn calling_a_detention_a_quoted_provocation_accuses_its_author() {
    let evs = run(
        "The Ruritanian coast guard detained a Freedonian trawler on Sunday. \
         Freedonia called the detention \"a provocation\" on Monday.",
        &ACTORS,
    );
    assert!(has(&evs, "FRE", "RURMIL", "112"), "{:?}", triples(&evs));
}
