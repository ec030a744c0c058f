//! Wishes are no intents with the party wished about, and co-subjects who each want
//! something want it apart (branch precision13); invented sentences.
use super::tests::{has_root, run, triples};
use EntityType::*;

use super::*;

#[test]
fn co_subjects_seeking_a_thing_do_not_seek_it_of_each_other() {
    let actors = [
        ("Denmark", "DNK", Location),
        ("the Netherlands", "NLD", Location),
    ];
    let evs = run(
        "Denmark and the Netherlands said they were seeking consular access to their citizens.",
        &actors,
    );
    assert!(!has_root(&evs, "DNK", "NLD", "03"), "{:?}", triples(&evs));
    assert!(!has_root(&evs, "NLD", "DNK", "03"), "{:?}", triples(&evs));
}

#[test]
fn co_subjects_wanting_closer_ties_still_want_them_with_each_other() {
    // contrast: what they want is a relation between them
    let actors = [
        ("Denmark", "DNK", Location),
        ("the Netherlands", "NLD", Location),
    ];
    let evs = run(
        "Denmark and the Netherlands said they wanted closer ties.",
        &actors,
    );
    assert!(has_root(&evs, "DNK", "NLD", "03"), "{:?}", triples(&evs));
}

#[test]
fn wanting_a_state_to_act_is_no_intent_to_cooperate_with_it() {
    let actors = [("Oslo", "NOR", Location), ("Sweden", "SWE", Location)];
    let evs = run("Oslo has said it wants Sweden to join the pact.", &actors);
    assert!(!has_root(&evs, "NOR", "SWE", "03"), "{:?}", triples(&evs));
}

#[test]
fn seeking_a_courts_ruling_is_no_intent_to_cooperate_with_the_court() {
    let actors = [
        ("Norway", "NOR", Location),
        (
            "the International Court of Justice",
            "IGOUNOJUDICJ",
            Organisation,
        ),
    ];
    let evs = run(
        "Norway said it would seek a ruling from the International Court of Justice.",
        &actors,
    );
    assert!(
        !has_root(&evs, "NOR", "IGOUNOJUDICJ", "03"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn wanting_good_relations_with_a_state_is_still_an_intent() {
    // contrast: the partner is named inside what is wanted
    let actors = [("Norway", "NOR", Location), ("Sweden", "SWE", Location)];
    let evs = run("Norway wants good relations with Sweden.", &actors);
    assert!(has_root(&evs, "NOR", "SWE", "03"), "{:?}", triples(&evs));
}

#[test]
fn co_subjects_who_agree_to_seek_a_thing_still_agree_with_each_other() {
    // contrast: the wish is agreed between them
    let actors = [
        ("Denmark", "DNK", Location),
        ("the Netherlands", "NLD", Location),
    ];
    let evs = run(
        "Denmark and the Netherlands agreed to seek a larger naval presence in the region.",
        &actors,
    );
    assert!(has_root(&evs, "DNK", "NLD", "03"), "{:?}", triples(&evs));
}

#[test]
fn co_subjects_who_agree_to_seek_a_partys_presence_agree_with_each_other() {
    // contrast: the organisation only modifies what is sought
    let actors = [
        ("Denmark", "DNK", Location),
        ("the Netherlands", "NLD", Location),
        ("NATO", "IGOWSTNAT", Organisation),
    ];
    let evs = run(
        "Denmark and the Netherlands agreed to seek a stronger NATO presence in the region.",
        &actors,
    );
    assert!(has_root(&evs, "DNK", "NLD", "03"), "{:?}", triples(&evs));
}
