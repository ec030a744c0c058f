//! Branch recall62: a two-way act's named partner stays its target (the pairing of
//! co-subjects past a place or a victim is tested through the extractor in
//! `annotation/tests_recall62.rs`), and "told Y to <act>" is a demand of Y. Invented text.
use super::tests::{has_sides, run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
        ("Ruritania's interior ministry", "RURGOV", Organisation),
    ])
}

#[test]
fn a_clash_with_a_named_partner_keeps_the_partner() {
    let text = "Freedonian and Ruritanian troops clashed with Sylvanian rebels on Friday.";
    let evs = run(text, &actors());
    assert!(has_sides(&evs, "FRE", "SYL", "19"), "{:?}", triples(&evs));
    assert!(!has_sides(&evs, "FRE", "RUR", "19"), "{:?}", triples(&evs));
}

#[test]
fn told_a_party_to_act_is_a_demand() {
    let text = "Freedonia's foreign ministry told Ruritania to withdraw its fishing boats.";
    let evs = run(text, &actors());
    assert!(
        has_sides(&evs, "FREGOV", "RUR", "10"),
        "{:?}",
        triples(&evs)
    );
    // a negated directive goes with the recall its sentence tells, not a demand
    let text = "Freedonia's foreign ministry told Ruritania's envoy not to return.";
    let evs = run(text, &actors());
    assert!(
        !has_sides(&evs, "FREGOV", "RUR", "10"),
        "{:?}",
        triples(&evs)
    );
}
