//! Branch fresh1: what twelve articles written blind showed. A stative attribute ("an armed
//! group") is no act, "her government" in reported speech is the speaker's state, backing
//! another's protest supports it, labelling expulsions accuses, uncovering a spy network
//! accuses its state, and pausing budget support cuts aid; invented text.
use super::tests::{run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 4] = [
    ("Freedonia", "FRE", Location),
    ("Ruritania", "RUR", Location),
    ("Sylvania", "SYL", Location),
    ("Freedonian", "FRE", Location),
];

fn has(evs: &[CodedEvent], src: &str, tgt: &str, cameo: &str) -> bool {
    triples(evs)
        .iter()
        .any(|(s, t, c)| s.starts_with(src) && t.starts_with(tgt) && c == cameo)
}

#[test]
fn an_armed_group_is_no_act_of_arming() {
    let evs = run(
        "Fighting went on between Freedonia's army and the Sylvania Front, an armed group.",
        &ACTORS,
    );
    assert!(
        !triples(&evs).iter().any(|(_, _, c)| c.starts_with("06")),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn her_government_in_reported_speech_is_the_speakers_state() {
    let evs = run(
        "Ruritania's foreign minister said her government supported Freedonia's position.",
        &ACTORS,
    );
    assert!(
        triples(&evs)
            .iter()
            .any(|(s, t, _)| s.starts_with("RUR") && t.starts_with("FRE")),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn backing_anothers_protest_supports_it() {
    let evs = run(
        "Sylvania and Ruritania backed Freedonia's protest on Thursday.",
        &ACTORS,
    );
    assert!(has(&evs, "SYL", "FRE", "051"), "{:?}", triples(&evs));
    assert!(
        !triples(&evs).iter().any(|(_, _, c)| c == "141"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn labelling_expulsions_accuses_and_calling_for_one_does_not() {
    let evs = run(
        "Ruritania expelled two diplomats, calling the Freedonian expulsions \"unjustified and absurd\".",
        &ACTORS,
    );
    assert!(has(&evs, "RUR", "FRE", "111"), "{:?}", triples(&evs));
    assert!(
        !triples(&evs).iter().any(|(_, _, c)| c.starts_with("13")),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn uncovering_a_spy_network_accuses_its_state() {
    let evs = run(
        "Ruritania said it had uncovered a Freedonian spy network.",
        &ACTORS,
    );
    assert!(has(&evs, "RUR", "FRE", "112"), "{:?}", triples(&evs));
}

#[test]
fn pausing_budget_support_cuts_aid() {
    let evs = run(
        "Ruritania has paused $20 million in budget support to Sylvania.",
        &ACTORS,
    );
    assert!(has(&evs, "RUR", "SYL", "1621"), "{:?}", triples(&evs));
}

/// Branch recall20: announced funds for a named party provide them (071), with no sum.
#[test]
fn announcing_funding_for_a_party_provides_aid() {
    let evs = run(
        "Ruritania announced new funding for Sylvania to repair its bridges.",
        &ACTORS,
    );
    assert!(has(&evs, "RUR", "SYL", "071"), "{:?}", triples(&evs));
    // a budget for one's own forces is no aid to anyone
    let evs = run("Ruritania announced a new budget for its navy.", &ACTORS);
    assert!(!has(&evs, "RUR", "", "071"), "{:?}", triples(&evs));
}

/// Branch recall20: welcoming another's decision to act praises it; a welcome to a place
/// stays a hosted visit.
#[test]
fn welcoming_a_decision_to_act_is_praise_not_a_visit() {
    let evs = run(
        "Ruritania welcomed Sylvania's decision to release the detained sailors.",
        &ACTORS,
    );
    assert!(has(&evs, "RUR", "SYL", "051"), "{:?}", triples(&evs));
    assert!(!has(&evs, "SYL", "RUR", "042"), "{:?}", triples(&evs));
}

#[test]
fn a_currency_prefix_does_not_break_the_object() {
    // "NZ$" is one sign: the amount is the object and the recipient is the target
    let actors = super::tests::three_states_and(&[]);
    let text = "Ruritania has paused NZ$40.5 million in budget support to Freedonia.";
    let evs = super::tests::run(text, &actors);
    assert!(
        super::tests::has_root(&evs, "RUR", "FRE", "16"),
        "{:?}",
        super::tests::triples(&evs)
    );
}
