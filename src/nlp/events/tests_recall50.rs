//! Branch recall50: the speaker's second act joined to reported content ("X said the men
//! had been held … and urged Y to …"; "said no Z unit had crossed … and accused …"), and an
//! answer verb misread as a modifier of its subject ("…, and Y responded by demanding …").
//! Invented text.
use super::tests::has_root as has;
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
fn an_appeal_after_a_reported_passive_is_the_speakers() {
    let text = "Freedonia's foreign ministry said the fishermen had been kept in cells for weeks \
                and urged Ruritania's interior ministry to release them.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FREGOV", "RURGOV", "0"), "{:?}", triples(&evs));
}

#[test]
fn a_denied_unit_is_no_source_of_the_accusation() {
    let text = "Freedonia's foreign ministry said no Ruritanian unit had crossed the river that \
                week and accused smugglers of stirring trouble.";
    let evs = run(text, &actors());
    let from_unit = triples(&evs)
        .into_iter()
        .any(|(s, _, _)| s.starts_with("RUR"));
    assert!(!from_unit, "{:?}", triples(&evs));
}

#[test]
fn a_named_party_responding_by_demanding_is_the_source() {
    let text =
        "Ruritania's interior ministry seized a Freedonian trawler on Monday, and Freedonia \
                responded by demanding an apology from Ruritania's interior ministry.";
    let evs = run(text, &actors());
    assert!(has_sides(&evs, "FRE", "RUR", "10"), "{:?}", triples(&evs));
}
