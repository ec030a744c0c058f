//! Predicates with no frame and reciprocal acts (branch recall13): two-way verbs, an object
//! pronoun of a second conjunct, idioms with no entry, labels of falsehood, and sport
//! diplomacy. Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[("Freedonia's foreign ministry", "FREGOV", Organisation)])
}

#[test]
fn co_subjects_of_an_exchange_act_on_each_other() {
    for text in [
        "Freedonia and Ruritania exchanged fire on the border on Tuesday.",
        "Freedonian and Ruritanian troops exchanged fire across the river.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "FRE", "RUR", "19"), "{text}: {:?}", triples(&evs));
        assert!(has(&evs, "RUR", "FRE", "19"), "{text}: {:?}", triples(&evs));
    }
    let evs = run(
        "Freedonia and Ruritania traded accusations over the dam.",
        &actors(),
    );
    assert!(has(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
    assert!(has(&evs, "RUR", "FRE", "11"), "{:?}", triples(&evs));
}

#[test]
fn an_exchange_with_a_named_party_is_not_between_the_co_subjects() {
    let evs = run(
        "Freedonia and Ruritania exchanged fire with Sylvania on Tuesday.",
        &actors(),
    );
    assert!(!has(&evs, "FRE", "RUR", "19"), "{:?}", triples(&evs));
}

#[test]
fn an_object_pronoun_of_a_second_conjunct_is_the_first_conjuncts_object() {
    for text in [
        "Freedonia accused Ruritania of sheltering smugglers and called on it to close the camps.",
        "Freedonia condemned Ruritania on Monday and urged it to free the crew.",
        "Freedonia accused Ruritanian officials of failing to stop the smugglers and called on them to share intelligence.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "FRE", "RUR", "02"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn a_pronoun_after_a_clause_with_its_own_subject_is_not_resolved_so() {
    let evs = run(
        "Freedonia condemned Ruritania and Sylvania urged it to free the crew.",
        &actors(),
    );
    assert!(!has(&evs, "FRE", "RUR", "02"), "{:?}", triples(&evs));
}

#[test]
fn handing_back_people_returns_them() {
    let evs = run(
        "Freedonia handed back six Ruritanian fishermen on Monday.",
        &actors(),
    );
    assert!(has(&evs, "FRE", "RUR", "084"), "{:?}", triples(&evs));
}

#[test]
fn refusing_visas_is_a_refusal() {
    let evs = run(
        "Freedonia refused visas to six Ruritanian officials on Friday.",
        &actors(),
    );
    assert!(has(&evs, "FRE", "RUR", "12"), "{:?}", triples(&evs));
}

#[test]
fn a_promise_to_respond_in_kind_is_a_threat_to_the_author_of_the_act() {
    for text in [
        "Freedonia expelled two Ruritanian diplomats. Ruritania said it would respond to the expulsions \"in kind\".",
        "Freedonia expelled two Ruritanian diplomats. Ruritania said it would respond in kind to the expulsions.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "RUR", "FRE", "13"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn calling_accusations_unfounded_rejects_them() {
    let evs = run(
        "Freedonia accused Ruritania of spying. Ruritania called the accusations unfounded.",
        &actors(),
    );
    assert!(has(&evs, "RUR", "FRE", "12"), "{:?}", triples(&evs));
}

#[test]
fn a_government_accusation_about_sport_is_diplomacy() {
    let evs = run(
        "Freedonia's foreign ministry accused Ruritania of politicising football.",
        &actors(),
    );
    assert!(has(&evs, "FREGOV", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_match_report_stays_vetoed() {
    for text in [
        "Freedonia beat Ruritania 2-1 in Sylvania on Saturday.",
        "Freedonia attacked Ruritania's defence throughout the football match.",
        "Freedonia accused Ruritania of cheating in the football match.",
    ] {
        let evs = run(text, &actors());
        assert!(evs.is_empty(), "{text}: {:?}", triples(&evs));
    }
}
