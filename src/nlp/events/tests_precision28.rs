//! Senses (branch precision28): a topic is not the act, a quoted object is read, a journey
//! made is a visit, water cannon is force, people handed over are released. Invented text.
use super::tests::{has_code, has_root, run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
        ("Ruritania's foreign ministry", "RURGOV", Organisation),
    ])
}

fn count(evs: &[CodedEvent], src: &str, tgt: &str, code: &str) -> usize {
    triples(evs)
        .iter()
        .filter(|(s, t, c)| s == src && t == tgt && c == code)
        .count()
}

#[test]
fn an_act_noun_after_over_is_the_topic_of_pressure() {
    let text = "Freedonia pressed Ruritania over the detentions of its fishermen.";
    let evs = run(text, &actors());
    assert!(has_root(&evs, "FRE", "RUR", "10"), "{:?}", triples(&evs));
    assert!(!has_root(&evs, "FRE", "RUR", "17"), "{:?}", triples(&evs));
    // what the pressure asks for is still read: a day between is no topic
    let text = "Freedonia pressed Ruritania on Monday to release the fishermen.";
    let evs = run(text, &actors());
    assert!(has_root(&evs, "FRE", "RUR", "10"), "{:?}", triples(&evs));
}

#[test]
fn a_quoted_object_is_read_by_the_verb() {
    // "gather evidence" is no meeting, quoted or not: no consultation with the sole partner
    let text = "Freedonia's foreign ministry met Ruritanian envoys on Monday. Freedonia's foreign \
                ministry said it had gathered \"clear and solid evidence\" of spying.";
    let evs = run(text, &actors());
    assert_eq!(
        count(&evs, "FREGOV", "RUR", "040"),
        1,
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_journey_made_is_a_visit() {
    let text = "Freedonia's foreign ministry flew to Ruritania on Monday.";
    let evs = run(text, &actors());
    assert!(
        has_code(&evs, "FREGOV", "RUR", "042"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn water_cannon_used_is_force_and_people_handed_over_are_released() {
    let text = "Ruritanian coast guard ships used water cannon against Freedonian boats.";
    let evs = run(text, &actors());
    assert!(has_code(&evs, "RUR", "FRE", "175"), "{:?}", triples(&evs));
    let text = "Freedonia handed over twelve Ruritanian fishermen on Monday.";
    let evs = run(text, &actors());
    assert!(has_code(&evs, "FRE", "RUR", "0841"), "{:?}", triples(&evs));
}
