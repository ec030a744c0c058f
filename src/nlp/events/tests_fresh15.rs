//! Branch fresh15: an act that ended ("stopped targeting"), a resolution "tabled" (put
//! forward, not shelved) and reactions to a meeting, a resolution and a missile launch;
//! invented text. The test splitter cuts sentences only at ". ".
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("The rebels", "RURREB", Organisation),
        ("the group", "RURREB", Organisation),
        ("Sylvanian ships", "SYL", Organisation),
        ("Ruritania's foreign minister", "RURGOV", Person),
        ("Sylvania's foreign minister", "SYLGOV", Person),
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
    ])
}

fn asserted_root(evs: &[CodedEvent], root: &str) -> bool {
    evs.iter()
        .any(|e| e.cameo.starts_with(root) && e.modality == Modality::Asserted)
}

#[test]
fn an_act_that_stopped_is_no_act() {
    let evs = run(
        "The rebels stopped attacking Sylvanian ships after the truce.",
        &actors(),
    );
    assert!(!asserted_root(&evs, "19"), "{:?}", triples(&evs));
}

#[test]
fn an_act_that_continued_is_still_told() {
    // contrast: a factive verb that is no cessation keeps its complement asserted
    let evs = run(
        "The rebels continued attacking Sylvanian ships after the truce.",
        &actors(),
    );
    assert!(asserted_root(&evs, "19"), "{:?}", triples(&evs));
}

#[test]
fn a_tabled_resolution_rejects_no_one() {
    let evs = run(
        "The resolution, tabled by Ruritania with the backing of Sylvania, was adopted.",
        &actors(),
    );
    assert!(!has(&evs, "RUR", "SYL", "12"), "{:?}", triples(&evs));
}

#[test]
fn condemning_the_meeting_answers_those_who_met() {
    let text = "Ruritania's foreign minister met Sylvania's foreign minister in Geneva on Monday. \
                Freedonia's foreign ministry condemned the meeting as a provocation.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FREGOV", "RURGOV", "11"), "{:?}", triples(&evs));
}

#[test]
fn condemning_a_meeting_never_told_has_no_target() {
    // contrast: no meeting told, so "the meeting" names no one
    let text = "Ruritania's foreign minister criticised Sylvania on Monday. \
                Freedonia's foreign ministry condemned the meeting as a provocation.";
    let evs = run(text, &actors());
    let aimed = triples(&evs)
        .into_iter()
        .any(|(s, t, c)| s == "FREGOV" && !t.is_empty() && c.starts_with("11"));
    assert!(!aimed, "{:?}", triples(&evs));
}

fn held() -> Vec<(&'static str, &'static str, EntityType)> {
    vec![
        ("Kenyan police", "KENCOP", Organisation),
        ("Tanzanian police", "TZACOP", Organisation),
        ("The United Nations", "IGOUNO", Organisation),
        ("Ugandan sailors", "UGACVL", Organisation),
        ("Ugandan journalists", "UGAMED", Organisation),
    ]
}

#[test]
fn an_organisation_asks_the_one_holder_for_a_release() {
    let text = "Kenyan police detained Ugandan sailors on Monday. \
                The United Nations demanded their immediate release.";
    let evs = run(text, &held());
    assert!(has(&evs, "IGOUNO", "KENCOP", "10"), "{:?}", triples(&evs));
}

#[test]
fn two_holders_leave_an_organisation_s_call_unaddressed() {
    // contrast: two states hold people, so "their release" names no one holder
    let text = "Kenyan police detained Ugandan sailors on Monday. \
                Tanzanian police detained Ugandan journalists on Tuesday. \
                The United Nations demanded their immediate release.";
    let evs = run(text, &held());
    let aimed = triples(&evs)
        .into_iter()
        .any(|(s, t, c)| s == "IGOUNO" && !t.is_empty() && c.starts_with("10"));
    assert!(!aimed, "{:?}", triples(&evs));
}
