//! ConfliBERT quad coverage (branch quad7): the state where the purpose of aid lies.
//! Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[])
}

#[test]
fn aid_for_a_purpose_in_a_state_is_aid_to_that_state() {
    for text in [
        "Freedonia gave 40 million dollars to promote farming and rural development in Ruritania.",
        "Freedonia has provided 12 million dollars this year to pay for food for those displaced in Ruritania.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "FRE", "RUR", "07"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn aid_for_a_purpose_at_home_has_no_foreign_target() {
    let evs = run(
        "Freedonia gave 40 million dollars to promote rural development in Freedonia.",
        &actors(),
    );
    assert!(!has(&evs, "FRE", "RUR", "07"), "{:?}", triples(&evs));
    assert!(
        evs.iter().all(|e| e.target.is_none()),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn the_party_after_a_coordinated_object_takes_the_act() {
    // "military" is an agent mention of no country, as the entity stage finds it
    let actors = three_states_and(&[("military", "---MIL", EntityType::Organisation)]);
    let evs = run(
        "Freedonia and Sylvania immediately suspended military aid and arms sales with Ruritania.",
        &actors,
    );
    assert!(has(&evs, "FRE", "RUR", "16"), "{:?}", triples(&evs));
    assert!(has(&evs, "SYL", "RUR", "16"), "{:?}", triples(&evs));
}

/// Codes `text` with `agents` as mentions of agents with no country of their own ("OPP"),
/// as the entity stage gives them (the shared test helper reads every code as a country).
fn run_with_agents(text: &str, agents: &[(&'static str, &'static str)]) -> Vec<CodedEvent> {
    let mut actors = three_states_and(&[("Kelvar", "RUR", EntityType::Location)]);
    actors.extend(
        agents
            .iter()
            .map(|&(s, c)| (s, c, EntityType::Organisation)),
    );
    let mut ents = super::tests::analyse(text, &actors);
    for a in ents.mentions.iter_mut().filter_map(|m| m.actor.as_mut()) {
        if agents.iter().any(|&(_, c)| c == a.code) {
            a.country.clear();
            a.sector = a.code.clone();
        }
    }
    let coder = EventCoder::load(&NlpConfig::default()).expect("coder loads");
    let article = ArticleText {
        id: "t",
        text,
        published: None,
    };
    coder.code(&article, &ents)
}

#[test]
fn agents_in_a_described_town_are_of_its_state() {
    for (text, agent) in [
        (
            "Protesters in the eastern Ruritanian town of Kelvar burned the Freedonian flag.",
            ("Protesters", "OPP"),
        ),
        (
            "Police in the northern city of Kelvar arrested two Freedonian nationals.",
            ("Police", "COP"),
        ),
    ] {
        let evs = run_with_agents(text, &[agent]);
        assert!(
            evs.iter().any(|e| e.source.actor.code.starts_with("RUR")
                && e.target.as_ref().is_some_and(|t| t.actor.code == "FRE")),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn co_subjects_who_failed_to_agree_reject_each_other() {
    let evs = run(
        "Freedonia and Ruritania failed to reach agreement on a new fishing treaty.",
        &actors(),
    );
    for (a, b) in [("FRE", "RUR"), ("RUR", "FRE")] {
        assert!(
            evs.iter().any(|e| e.source.actor.code == a
                && e.target.as_ref().is_some_and(|t| t.actor.code == b)
                && e.cameo.starts_with("12")
                && e.modality == Modality::Asserted),
            "{a} -> {b}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_lone_failure_with_another_party_stays_negated() {
    let evs = run(
        "Freedonia failed to reach agreement with Ruritania on the new fishing treaty.",
        &actors(),
    );
    assert!(
        evs.iter().all(|e| e.modality != Modality::Asserted),
        "{:?}",
        triples(&evs)
    );
}
