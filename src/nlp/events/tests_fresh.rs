//! Fresh-text precision (branch precision9): a company or a cultural work named after a
//! country is not the country, and a verb in the simple present is marked for the gate;
//! invented text.
use super::tests::{run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 3] = [
    ("Freedonia", "FRE", Location),
    ("Ruritania", "RUR", Location),
    ("Sylvania", "SYL", Location),
];

fn sources(evs: &[CodedEvent]) -> Vec<String> {
    evs.iter().map(|e| e.source.actor.code.clone()).collect()
}

#[test]
fn a_company_of_a_country_is_not_the_country() {
    let evs = run(
        "Freedonia's largest chipmaker signed a supply agreement with Ruritania on Monday.",
        &ACTORS,
    );
    assert!(
        !sources(&evs).iter().any(|s| s == "FRE"),
        "{:?}",
        triples(&evs)
    );
    let evs = run(
        "A touring company from Sylvania's national theatre visited Ruritania on Friday.",
        &ACTORS,
    );
    assert!(
        !sources(&evs).iter().any(|s| s == "SYL"),
        "{:?}",
        triples(&evs)
    );
    // The state itself, or its government, still acts.
    let evs = run(
        "Freedonia's government signed a supply agreement with Ruritania on Monday.",
        &ACTORS,
    );
    assert!(
        sources(&evs).iter().any(|s| s.starts_with("FRE")),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_verb_in_the_simple_present_is_marked() {
    let evs = run(
        "The two states share a long border. Freedonia trades more with Ruritania than with Sylvania.",
        &ACTORS,
    );
    let present = evs
        .iter()
        .filter(|e| e.source.actor.code == "FRE")
        .all(|e| crate::nlp::frames::simple_present_in_path(&e.path));
    assert!(present && !evs.is_empty(), "{:?}", triples(&evs));
    let evs = run(
        "The two states share a long border. Freedonia traded more with Ruritania last year.",
        &ACTORS,
    );
    assert!(
        !evs.iter()
            .any(|e| crate::nlp::frames::simple_present_in_path(&e.path)),
        "{:?}",
        triples(&evs)
    );
}
