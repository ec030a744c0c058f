//! The standard of a comparison is no act (branch precision13); invented sentences.
use super::tests::{has_root, run, triples};
use EntityType::*;

use super::*;

#[test]
fn what_a_measure_is_compared_with_is_no_threat() {
    let actors = [
        ("Peru", "PER", Location),
        ("Chile", "CHL", Location),
        ("Bolivia", "BOL", Location),
    ];
    let evs = run(
        "Peru warned that its tariffs would hurt Chile more than they would hurt Bolivia.",
        &actors,
    );
    assert!(!has_root(&evs, "PER", "BOL", "13"), "{:?}", triples(&evs));
}

#[test]
fn a_threat_beside_a_comparison_is_still_a_threat() {
    // contrast: the threat is the main clause; "than" only compares a number
    let actors = [("Peru", "PER", Location), ("Chile", "CHL", Location)];
    let evs = run(
        "Peru warned that it would impose sanctions on Chile if more than ten boats crossed.",
        &actors,
    );
    assert!(has_root(&evs, "PER", "CHL", "13"), "{:?}", triples(&evs));
}
