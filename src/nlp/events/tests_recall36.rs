//! Meetings told in nominal and passive form (branch recall36): "talks were held between A
//! and B", a meeting before the clause's act ("signed … after talks"), an adjunct set off by
//! a comma after an infinitive. Invented sentences about Ghana, Togo and Benin.
use super::tests::{has_root, run, triples};
use super::*;
use EntityType::*;

const STATES: [(&str, &str, EntityType); 3] = [
    ("Ghana", "GHA", Location),
    ("Togo", "TGO", Location),
    ("Benin", "BEN", Location),
];

/// Is there a consultation (04x) between Ghana and Togo, either way?
fn consulted(evs: &[CodedEvent]) -> bool {
    has_root(evs, "GHA", "TGO", "04") || has_root(evs, "TGO", "GHA", "04")
}

#[test]
fn talks_held_between_two_states_are_their_meeting() {
    let evs = run(
        "Talks were held in Accra on Tuesday between Ghana and Togo.",
        &STATES,
    );
    assert!(has_root(&evs, "GHA", "TGO", "04"), "{:?}", triples(&evs));
    assert!(has_root(&evs, "TGO", "GHA", "04"), "{:?}", triples(&evs));
    let evs = run(
        "A round of talks was held between Ghana and Togo in Lome.",
        &STATES,
    );
    assert!(consulted(&evs), "{:?}", triples(&evs));
}

#[test]
fn talks_held_with_no_pair_or_not_held_are_no_meeting() {
    // no parties named: the talks are nobody's
    let evs = run(
        "Talks were held in Accra on Tuesday, Ghana said, and Togo sent a message.",
        &STATES,
    );
    assert!(!consulted(&evs), "{:?}", triples(&evs));
    // denied or still to come
    for text in [
        "No talks were held between Ghana and Togo last year.",
        "Talks will be held between Ghana and Togo next week.",
    ] {
        let evs = run(text, &STATES);
        assert!(!consulted(&evs), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn a_meeting_before_the_pairs_act_is_coded_beside_it() {
    let evs = run(
        "Ghana and Togo signed a deal on Monday after talks in Lome.",
        &STATES,
    );
    assert!(has_root(&evs, "GHA", "TGO", "05"), "{:?}", triples(&evs));
    assert!(consulted(&evs), "{:?}", triples(&evs));
}

#[test]
fn a_meeting_with_a_third_party_is_not_the_pairs() {
    let evs = run(
        "Ghana and Togo signed a deal on Monday after talks with Benin.",
        &STATES,
    );
    assert!(!consulted(&evs), "{:?}", triples(&evs));
}

#[test]
fn an_adjunct_set_off_by_a_comma_belongs_to_the_main_clause() {
    let evs = run(
        "Ghana and Togo agreed on Thursday not to use force against each other, after a \
         meeting brokered by Benin.",
        &STATES,
    );
    assert!(consulted(&evs), "{:?}", triples(&evs));
}

#[test]
fn an_adjunct_inside_what_was_agreed_stays_there() {
    // no comma: the meeting may be part of what the two agreed to do
    let evs = run(
        "Ghana and Togo agreed to reopen the border after a meeting in Lome.",
        &STATES,
    );
    assert!(!consulted(&evs), "{:?}", triples(&evs));
}
