//! Threats with a condition and a threatened party (branch clauses2), on invented sentences.
use super::tests::{run, triples};
use super::*;
use EntityType::*;

fn threats(evs: &[CodedEvent]) -> Vec<(String, String, String, Modality)> {
    triples(evs)
        .into_iter()
        .zip(evs)
        .filter(|((_, _, c), _)| c.starts_with("13"))
        .map(|((s, t, c), e)| (s, t, c, e.modality))
        .collect()
}

/// A threat made: its code (13x) is the act, whether the coder marks it threatened or not;
/// not conditional.
fn made(m: Modality) -> bool {
    matches!(m, Modality::Asserted | Modality::Threatened)
}

#[test]
fn a_conditional_threat_is_made_and_falls_on_the_sanctioned_party() {
    let text = "Chile and Peru have threatened to restore Andean Union sanctions on Bolivia \
                if La Paz does not reopen the border by March.";
    let evs = run(
        text,
        &[
            ("Chile", "CHL", Location),
            ("Peru", "PER", Location),
            ("Andean Union", "IGOAND", Organisation),
            ("Bolivia", "BOL", Location),
            ("La Paz", "BOL", Location),
        ],
    );
    let t = threats(&evs);
    assert!(!t.is_empty(), "{:?}", triples(&evs));
    for (s, tgt, _, m) in &t {
        assert!(s == "CHL" || s == "PER", "{t:?}");
        assert_eq!(tgt, "BOL", "{t:?}");
        assert!(made(*m), "{t:?}");
    }
}

#[test]
fn the_party_asked_to_comply_is_threatened() {
    let text = "Norway threatened to impose the tariffs unless Iceland cuts its catch quota.";
    let evs = run(
        text,
        &[("Norway", "NOR", Location), ("Iceland", "ISL", Location)],
    );
    let t = threats(&evs);
    assert_eq!(t.len(), 1, "{:?}", triples(&evs));
    assert_eq!((t[0].0.as_str(), t[0].1.as_str()), ("NOR", "ISL"));
    assert!(made(t[0].3), "{t:?}");
}

#[test]
fn an_act_inside_the_condition_stays_conditional() {
    let text = "Norway threatened to impose the tariffs if Iceland attacks its trawlers.";
    let evs = run(
        text,
        &[("Norway", "NOR", Location), ("Iceland", "ISL", Location)],
    );
    let attack = evs.iter().find(|e| e.source.actor.code == "ISL");
    assert!(
        attack.is_none_or(|e| e.modality == Modality::Conditional),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_condition_on_another_verb_still_conditions_it() {
    let text = "Norway will attack Iceland if the talks fail.";
    let evs = run(
        text,
        &[("Norway", "NOR", Location), ("Iceland", "ISL", Location)],
    );
    assert!(
        evs.iter().all(|e| e.modality != Modality::Asserted),
        "{:?}",
        triples(&evs)
    );
}
