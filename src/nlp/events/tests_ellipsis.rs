//! Branch ellipsis1: the elided act of another party ("and so did Y", "as did Y", "Y did the
//! same", "Y followed suit"); invented text.
use super::tests::{run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 4] = [
    ("Freedonia", "FRE", Location),
    ("Ruritania", "RUR", Location),
    ("Sylvania", "SYL", Location),
    ("Grand Fenwick", "GFW", Location),
];

/// The root of the event of `source` against `target`, if any.
fn root_of(evs: &[CodedEvent], source: &str, target: &str) -> Option<String> {
    triples(evs)
        .into_iter()
        .find(|(s, t, _)| s == source && t == target)
        .map(|(_, _, c)| c[..2].to_string())
}

#[test]
fn so_did_copies_the_act_for_each_party() {
    let evs = run(
        "Freedonia condemned Ruritania on Monday, and so did Sylvania and Grand Fenwick.",
        &ACTORS,
    );
    let first = root_of(&evs, "FRE", "RUR");
    assert!(first.is_some(), "{:?}", triples(&evs));
    assert_eq!(root_of(&evs, "SYL", "RUR"), first, "{:?}", triples(&evs));
    assert_eq!(root_of(&evs, "GFW", "RUR"), first, "{:?}", triples(&evs));
}

#[test]
fn as_did_copies_the_act() {
    let evs = run("Freedonia criticised Ruritania, as did Sylvania.", &ACTORS);
    assert!(root_of(&evs, "SYL", "RUR").is_some(), "{:?}", triples(&evs));
}

#[test]
fn did_the_same_in_the_next_sentence_copies_the_act() {
    let evs = run(
        "Freedonia condemned Ruritania on Monday. Sylvania later did the same.",
        &ACTORS,
    );
    let copy = evs
        .iter()
        .find(|e| e.source.actor.code == "SYL" && target_code(e) == "RUR");
    assert!(copy.is_some_and(|e| e.sentence == 1), "{:?}", triples(&evs));
}

#[test]
fn the_target_does_not_follow_suit_against_itself() {
    let evs = run(
        "Freedonia condemned Ruritania on Monday. Ruritania followed suit.",
        &ACTORS,
    );
    assert!(
        !triples(&evs).iter().any(|(s, _, _)| s == "RUR"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_negated_act_is_repeated_by_neither_only() {
    let evs = run(
        "Freedonia has not recognised Ruritania, and so has Sylvania.",
        &ACTORS,
    );
    assert!(root_of(&evs, "SYL", "RUR").is_none(), "{:?}", triples(&evs));
    let evs = run(
        "Freedonia has not recognised Ruritania, nor has Sylvania.",
        &ACTORS,
    );
    let copy = evs
        .iter()
        .find(|e| e.source.actor.code == "SYL" && target_code(e) == "RUR");
    let first = evs
        .iter()
        .find(|e| e.source.actor.code == "FRE" && target_code(e) == "RUR");
    assert!(copy.is_some(), "{:?}", triples(&evs));
    assert_eq!(
        copy.map(|e| e.modality),
        first.map(|e| e.modality),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn an_appeal_to_do_the_same_is_no_act() {
    let evs = run(
        "Freedonia condemned Ruritania and urged Sylvania to do the same.",
        &ACTORS,
    );
    assert!(root_of(&evs, "SYL", "RUR").is_none(), "{:?}", triples(&evs));
}

/// A participant of code `code` (country: its first three letters).
fn party(code: &str) -> Participant {
    Participant {
        actor: Actor {
            code: code.to_string(),
            name: code.to_string(),
            country: code[..3].to_string(),
            sector: code[3..].to_string(),
        },
        mention: None,
        text: code.to_string(),
    }
}

#[test]
fn an_act_aimed_at_a_party_of_the_ellipsis_is_not_copied() {
    let text = "Freedonia recalled envoys, and so did Sylvania and Grand Fenwick.";
    let ents = super::tests::analyse(text, &ACTORS);
    let trigger = Span::new(10, 18);
    let act = |target: &str| CodedEvent {
        sentence: 0,
        source: party("FRE"),
        target: Some(party(target)),
        cameo: "161".to_string(),
        trigger,
        modality: Modality::Asserted,
        speaker: None,
        location: None,
        confidence: 1.0,
        path: String::new(),
    };
    // The parse took the parties for objects of the first verb.
    let mut evs = vec![act("RUR"), act("SYLGOV"), act("GFWGOV")];
    super::ellipsis::elided_acts(text, &ents, &mut evs);
    let crossed = |(s, t, _): &(String, String, String)| {
        s == "SYL" && t.starts_with("GFW") || s == "GFW" && t.starts_with("SYL")
    };
    assert!(!triples(&evs).iter().any(crossed), "{:?}", triples(&evs));
    assert!(root_of(&evs, "SYL", "RUR").is_some(), "{:?}", triples(&evs));
    assert!(root_of(&evs, "GFW", "RUR").is_some(), "{:?}", triples(&evs));
}
