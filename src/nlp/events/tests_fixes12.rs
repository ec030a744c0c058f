//! Branch fixes12: a denial that names no accusation answers the accuser; "expected Y to
//! V" asks an act of Y; the host of an announced visit announced nothing; invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Ruritania's interior ministry", "RURGOV", Organisation),
        ("Freedonia's president", "FREGOV", Person),
    ])
}

/// Rejections (12x) by `src` that have a target.
fn targeted_rejections(evs: &[CodedEvent], src: &str) -> usize {
    evs.iter()
        .filter(|e| e.source.actor.code == src && e.cameo.starts_with("12"))
        .filter(|e| e.target.is_some())
        .count()
}

#[test]
fn a_denied_clause_rejects_the_latest_accuser() {
    let text = "Freedonia accused Ruritania on Monday of moving the marker stones. \
                Ruritania's interior ministry denied that any stone had been moved.";
    let evs = run(text, &actors());
    assert!(has(&evs, "RURGOV", "FRE", "120"), "{:?}", triples(&evs));
}

#[test]
fn a_denied_gerund_rejects_the_accuser() {
    let text = "Freedonia's president criticised Ruritania over the raids on the ferry. \
                Ruritania's interior ministry denied sheltering the raiders.";
    let evs = run(text, &actors());
    assert!(has(&evs, "RURGOV", "FREGOV", "12"), "{:?}", triples(&evs));
}

#[test]
fn a_denial_with_no_accusation_before_it_has_no_target() {
    let text = "Freedonia met Ruritania on Monday to discuss the marker stones. \
                Ruritania's interior ministry denied that any stone had been moved.";
    let evs = run(text, &actors());
    assert_eq!(
        targeted_rejections(&evs, "RURGOV"),
        0,
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_denial_after_accusations_from_two_sides_has_no_target() {
    let text = "Freedonia accused Ruritania on Monday of moving the marker stones. \
                Sylvania also criticised Ruritania over the stones. \
                Ruritania's interior ministry denied that any stone had been moved.";
    let evs = run(text, &actors());
    assert_eq!(
        targeted_rejections(&evs, "RURGOV"),
        0,
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn an_accusation_against_another_side_is_not_answered() {
    // Freedonia accused Sylvania, not Ruritania: Ruritania's denial answers no one told
    let text = "Freedonia accused Sylvania on Monday of moving the marker stones. \
                Ruritania's interior ministry denied that any stone had been moved.";
    let evs = run(text, &actors());
    assert_eq!(
        targeted_rejections(&evs, "RURGOV"),
        0,
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn expecting_a_party_to_act_is_a_demand() {
    let text = "Sylvania expected Ruritania to withdraw its patrol boats from the lake.";
    let evs = run(text, &actors());
    assert!(has(&evs, "SYL", "RUR", "10"), "{:?}", triples(&evs));
}

#[test]
fn expecting_a_party_to_be_something_is_no_demand() {
    let text = "Sylvania expected Ruritania to be a difficult partner in the talks.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "SYL", "RUR", "10"), "{:?}", triples(&evs));
}

#[test]
fn expecting_to_act_oneself_is_no_demand() {
    let text = "Sylvania expects to sign the fisheries agreement with Ruritania in May.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "SYL", "RUR", "10"), "{:?}", triples(&evs));
}

#[test]
fn the_hosted_side_of_a_visit_is_marked_as_the_other_side() {
    let text = "Freedonia's president will visit Sylvania next month.";
    let evs = run(text, &actors());
    let host = evs
        .iter()
        .find(|e| e.source.actor.code == "SYL" && e.cameo.starts_with("043"));
    let visitor = evs
        .iter()
        .find(|e| e.source.actor.code == "FREGOV" && e.cameo.starts_with("042"));
    assert!(host.is_some_and(|e| e.path.contains(OTHER_SIDE)), "{evs:?}");
    assert!(
        visitor.is_some_and(|e| !e.path.contains(OTHER_SIDE)),
        "{evs:?}"
    );
}

#[test]
fn an_appeal_in_the_statement_a_speaker_spoke_in_is_the_speaker_s() {
    let text = "Freedonia's president said in a statement, which also called on Sylvania \
                to close its border crossings.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FREGOV", "SYL", "02"), "{:?}", triples(&evs));
}

#[test]
fn an_appeal_in_a_cited_report_is_not_the_citer_s() {
    let text = "Freedonia's president cited a report, which also called on Sylvania \
                to close its border crossings.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "SYL", "02"), "{:?}", triples(&evs));
}
