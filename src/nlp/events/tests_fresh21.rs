//! Weighing a text is not investigating its author (branch fresh21): "study" codes no
//! investigation; invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 2] = [
    ("Chile", "CHL", Organisation),
    ("Bolivia", "BOL", Organisation),
];

#[test]
fn studying_a_request_is_no_investigation_of_its_author() {
    for text in [
        "Chile said it had received a request from Bolivia and was studying it.",
        "Chile is studying the proposal that Bolivia sent last week.",
        "Chile studied the Bolivian offer for a month.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(
            !evs.iter().any(|e| e.cameo.starts_with("09")),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

/// The change is to "study" alone: a verb that opens an investigation still codes one.
#[test]
fn investigating_a_state_is_still_an_investigation() {
    let evs = run(
        "Chile investigated Bolivia over the missing shipment.",
        &ACTORS,
    );
    assert!(
        evs.iter().any(|e| e.cameo.starts_with("09")),
        "{:?}",
        triples(&evs)
    );
    assert!(!has(&evs, "BOL", "CHL", "090"), "{:?}", triples(&evs));
}
