//! Predicates the coder missed (branch recall9): solidarity ("stood with"), naming an act a
//! wrong ("called the detention \"a provocation\""), and an accusation carried by a
//! statement's content ("said the boat had fished illegally"); invented text.
use super::tests::has_root as has;
use super::tests::{run, triples};
use EntityType::*;

use super::*;

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

const CONTENT: [(&str, &str, EntityType); 3] = [
    ("Ruritania", "RUR", Location),
    ("Freedonia", "FRE", Location),
    ("Freedonian boats", "FRE", Organisation),
];

#[test]
fn a_statement_that_another_violated_a_truce_accuses_it() {
    let evs = run("Ruritania said Freedonia had violated the truce.", &CONTENT);
    assert!(has(&evs, "RUR", "FRE", "112"), "{:?}", triples(&evs));
}

#[test]
fn a_statement_that_another_acted_illegally_accuses_it() {
    let evs = run(
        "Ruritania said Freedonian boats had fished illegally in its waters.",
        &CONTENT,
    );
    assert!(has(&evs, "RUR", "FRE", "112"), "{:?}", triples(&evs));
}

/// A possibility is no accusation, nor is a neutral content.
#[test]
fn a_possible_or_neutral_content_accuses_no_one() {
    for text in [
        "Ruritania said Freedonia could have violated the truce.",
        "Ruritania said Freedonian boats had fished in its waters.",
        "Ruritania said Freedonia had not violated the truce.",
    ] {
        let evs = run(text, &CONTENT);
        assert!(
            !has(&evs, "RUR", "FRE", "112"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn co_subjects_refusing_to_meet_refuse_each_other() {
    let evs = run(
        "Ruritania and Freedonia refused to meet in Geneva on Monday.",
        &ACTORS,
    );
    assert!(has(&evs, "RUR", "FRE", "125"), "{:?}", triples(&evs));
    assert!(has(&evs, "FRE", "RUR", "125"), "{:?}", triples(&evs));
}
