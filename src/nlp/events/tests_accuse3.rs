//! Accusations the parse hung inside a reported content, and reactions to a killing named
//! by its noun (issue 8, branch accuse3). Invented sentences.
use super::tests::{has_root, run, triples};
use super::*;
use EntityType::*;

const PARTIES: [(&str, &str, EntityType); 3] = [
    ("Norway", "NOR", Location),
    ("Peru", "PER", Location),
    ("Chile", "CHL", Location),
];

/// A bare past "accused" after a content with a modal: the modal cannot carry it, so the
/// speaker accuses.
#[test]
fn an_accusation_after_a_modal_content_is_the_speakers() {
    let evs = run(
        "Chile said Peru would never sign the fishing accord and accused Norway of arming the smugglers.",
        &PARTIES,
    );
    assert!(has_root(&evs, "CHL", "NOR", "11"), "{:?}", triples(&evs));
    assert!(!has_root(&evs, "PER", "NOR", "11"), "{:?}", triples(&evs));
}

/// A past tense in the content could be shared by the bare "accused": the rule leaves it.
#[test]
fn an_accusation_after_a_past_content_is_not_moved() {
    let evs = run(
        "Chile said Peru walked out of the talks and accused Norway of arming the smugglers.",
        &PARTIES,
    );
    assert!(!has_root(&evs, "CHL", "NOR", "11"), "{:?}", triples(&evs));
}

/// A killing named by its noun in a later sentence: the criticism answers the killer.
#[test]
fn criticism_of_an_execution_answers_the_executioner() {
    let evs = run(
        "Peru executed a Chilean prisoner on Monday. Norway called the execution \"a barbaric act\".",
        &PARTIES,
    );
    assert!(has_root(&evs, "NOR", "PER", "11"), "{:?}", triples(&evs));
}
