//! Refusals, fourth pass (issue 8, branch rejects4): a refusal with no target answers the
//! one side that pressed the refusing side ("refused_asker.rs"), and turning back another
//! state's aircraft or vessel is a rejection of that state. Invented sentences.
use super::tests::{has_sides, run, triples};
use super::*;
use EntityType::*;

const SIDES: [(&str, &str, EntityType); 4] = [
    ("Norway", "NOR", Location),
    ("Chile", "CHL", Location),
    ("Peru", "PER", Location),
    ("Russian", "RUS", Nationality),
];

/// "would never apologise" after a demand for an apology answers the one who demanded it.
#[test]
fn an_announced_refusal_answers_the_side_that_demanded() {
    let evs = run(
        "Norway demanded on Monday that Chile apologise for the remarks. Chile said on Tuesday that it would never apologise.",
        &SIDES,
    );
    assert!(has_sides(&evs, "CHL", "NOR", "12"), "{:?}", triples(&evs));
}

/// Two sides pressed the refuser: whom the refusal answers is unknown.
#[test]
fn a_refusal_after_two_askers_stays_open() {
    let evs = run(
        "Norway urged Chile to apologise for the remarks. Peru also demanded an apology from Chile. Chile said on Tuesday that it would never apologise.",
        &SIDES,
    );
    let refusals: Vec<_> = triples(&evs)
        .into_iter()
        .filter(|(s, t, c)| s == "CHL" && c.starts_with("12") && !t.is_empty())
        .collect();
    assert!(refusals.is_empty(), "{:?}", triples(&evs));
}

/// An attack asks nothing: a refusal after it is answered to no one.
#[test]
fn a_refusal_after_an_attack_takes_no_target() {
    let evs = run(
        "Peru shelled a border post in Chile on Sunday. Chile said on Tuesday that it would never apologise.",
        &SIDES,
    );
    assert!(!has_sides(&evs, "CHL", "PER", "12"), "{:?}", triples(&evs));
}

/// A partner the refusal names but the actor lists do not place is its partner, not the asker.
#[test]
fn a_refusal_with_its_own_unplaced_partner_takes_no_asker() {
    let evs = run(
        "Norway urged Chile to hold talks with the rebels. Chile said on Tuesday that it would not sit down with the rebels.",
        &SIDES,
    );
    assert!(!has_sides(&evs, "CHL", "NOR", "12"), "{:?}", triples(&evs));
}

/// Turning back another state's aircraft rejects that state; turning back alone is no event.
#[test]
fn turning_back_foreign_aircraft_is_a_rejection() {
    let evs = run(
        "Norway turned back two Russian military aircraft on Tuesday.",
        &SIDES,
    );
    assert!(has_sides(&evs, "NOR", "RUS", "12"), "{:?}", triples(&evs));
    let evs = run("The Chilean patrol turned back at dawn on Tuesday.", &SIDES);
    assert!(
        !triples(&evs).iter().any(|(_, _, c)| c.starts_with("12")),
        "{:?}",
        triples(&evs)
    );
}
