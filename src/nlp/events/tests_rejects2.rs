//! Rejections answered to whoever put the rejected act to the rejecting side (issue 8,
//! branch rejects2): a threat or a call named by its noun, a charge or a call summed up by
//! an appositive noun, criticism whose author only urged. Invented sentences.
use super::tests::{has_root, run, triples};
use super::*;
use EntityType::*;

const PARTIES: [(&str, &str, EntityType); 3] = [
    ("Norway", "NOR", Location),
    ("Peru", "PER", Location),
    ("Chile", "CHL", Location),
];

/// "dismissed the threat" answers the one who threatened the dismissing side.
#[test]
fn a_dismissed_threat_answers_the_threatener() {
    let evs = run(
        "Chile threatened Norway with sanctions over the salmon quota. Norway dismissed the threat on Friday.",
        &PARTIES,
    );
    assert!(has_root(&evs, "NOR", "CHL", "12"), "{:?}", triples(&evs));
}

/// "rejected the call" answers the one who urged the rejecting side.
#[test]
fn a_rejected_call_answers_the_one_who_urged() {
    let evs = run(
        "Peru urged Chile to reopen the border crossing. Chile rejected the call a day later.",
        &PARTIES,
    );
    assert!(has_root(&evs, "CHL", "PER", "12"), "{:?}", triples(&evs));
}

/// ", a charge X rejects": the charge is the clause's accusation, answered to each accuser.
#[test]
fn a_summed_charge_answers_every_accuser() {
    let parties = [
        ("Norway", "NOR", Location),
        ("Peru", "PER", Location),
        ("Santiago", "CHL", Location),
    ];
    let evs = run(
        "Peru and Norway accuse Santiago of organising the crossings as a form of pressure, a charge Santiago rejects.",
        &parties,
    );
    assert!(has_root(&evs, "CHL", "PER", "12"), "{:?}", triples(&evs));
    assert!(has_root(&evs, "CHL", "NOR", "12"), "{:?}", triples(&evs));
}

/// ", a step X declined to take": a step is no act put to X, so the rejection stays open.
#[test]
fn a_summed_step_is_not_answered() {
    let evs = run(
        "Peru recognised the new government in Lima, a step Chile declined to take.",
        &PARTIES,
    );
    assert!(!has_root(&evs, "CHL", "PER", "12"), "{:?}", triples(&evs));
}

/// "dismissed the criticism" when the critic only urged: an invitation by a third side
/// presses no one, so the critic alone pressed the dismissing side.
#[test]
fn dismissed_criticism_answers_the_one_who_pressed() {
    let evs = run(
        "Chile invited Norwegian officials to visit the camps. Peru urged Norway not to close the camps. Norway dismissed the criticism.",
        &PARTIES,
    );
    assert!(has_root(&evs, "NOR", "PER", "12"), "{:?}", triples(&evs));
    assert!(!has_root(&evs, "NOR", "CHL", "12"), "{:?}", triples(&evs));
}

/// A negated rejection is no rejection.
#[test]
fn a_negated_rejection_is_not_coded() {
    let evs = run("Norway did not reject the Chilean proposal.", &PARTIES);
    assert!(!has_root(&evs, "NOR", "CHL", "12"), "{:?}", triples(&evs));
}
