//! Verb senses that coded the wrong act (branch senses, round 37); invented sentences.
use super::tests::{has_root, run, triples};
use EntityType::*;

use super::*;

#[test]
fn respecting_a_right_to_choose_is_no_visit() {
    let actors = [("Norway", "NOR", Location), ("Sweden", "SWE", Location)];
    let evs = run(
        "Norway respected Sweden's right to decide its own energy policy.",
        &actors,
    );
    assert!(!has_root(&evs, "NOR", "SWE", "04"), "{:?}", triples(&evs));
    assert!(!has_root(&evs, "SWE", "NOR", "04"), "{:?}", triples(&evs));
    assert!(has_root(&evs, "NOR", "SWE", "05"), "{:?}", triples(&evs));
}

#[test]
fn welcoming_a_visitor_to_a_capital_still_hosts_him() {
    // contrast: the hosting sense of "welcomed X to" is the ACCLAIM block's own
    let actors = [
        ("Kenyan president", "KENGOV", Person),
        ("Tanzanian counterpart", "TZAGOV", Person),
    ];
    let evs = run(
        "The Kenyan president welcomed his Tanzanian counterpart to Nairobi on Friday.",
        &actors,
    );
    assert!(
        has_root(&evs, "KENGOV", "TZAGOV", "04"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn co_subjects_signalling_opposition_do_not_cooperate_with_each_other() {
    let actors = [("France", "FRA", Location), ("Germany", "DEU", Location)];
    let evs = run(
        "France and Germany signalled they would oppose the plan at the summit.",
        &actors,
    );
    assert!(!has_root(&evs, "FRA", "DEU", "03"), "{:?}", triples(&evs));
    assert!(!has_root(&evs, "DEU", "FRA", "03"), "{:?}", triples(&evs));
}

#[test]
fn a_signalled_meeting_is_the_signaller_s_intent_to_meet() {
    // the content clause after "signalled" is coded as after "said"
    let actors = [("Spain", "ESP", Location), ("Morocco", "MAR", Location)];
    let evs = run(
        "Spain signalled it would meet Morocco's foreign minister next week.",
        &actors,
    );
    assert!(has_root(&evs, "ESP", "MAR", "03"), "{:?}", triples(&evs));
}
