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

/// Asserts whether `text` codes a consultation (04x) between Ghana and Togo, either way.
fn assert_consulted(text: &str, want: bool) -> Vec<CodedEvent> {
    let evs = run(text, &STATES);
    let found = has_root(&evs, "GHA", "TGO", "04") || has_root(&evs, "TGO", "GHA", "04");
    assert_eq!(found, want, "{text}: {:?}", triples(&evs));
    evs
}

#[test]
fn talks_held_between_two_states_are_their_meeting() {
    let evs = assert_consulted(
        "Talks were held in Accra on Tuesday between Ghana and Togo.",
        true,
    );
    // each side met the other
    assert!(has_root(&evs, "GHA", "TGO", "04"), "{:?}", triples(&evs));
    assert!(has_root(&evs, "TGO", "GHA", "04"), "{:?}", triples(&evs));
    assert_consulted(
        "A round of talks was held between Ghana and Togo in Lome.",
        true,
    );
}

#[test]
fn talks_held_with_no_pair_or_not_held_are_no_meeting() {
    // no parties named: the talks are nobody's
    assert_consulted(
        "Talks were held in Accra on Tuesday, Ghana said, and Togo sent a message.",
        false,
    );
    // denied or still to come
    assert_consulted(
        "No talks were held between Ghana and Togo last year.",
        false,
    );
    assert_consulted(
        "Talks will be held between Ghana and Togo next week.",
        false,
    );
}

#[test]
fn a_meeting_before_the_pairs_act_is_coded_beside_it() {
    let evs = assert_consulted(
        "Ghana and Togo signed a deal on Monday after talks in Lome.",
        true,
    );
    assert!(has_root(&evs, "GHA", "TGO", "05"), "{:?}", triples(&evs));
}

#[test]
fn a_meeting_with_a_third_party_is_not_the_pairs() {
    assert_consulted(
        "Ghana and Togo signed a deal on Monday after talks with Benin.",
        false,
    );
}

#[test]
fn an_adjunct_set_off_by_a_comma_belongs_to_the_main_clause() {
    assert_consulted(
        "Ghana and Togo agreed on Thursday not to use force against each other, after a \
         meeting brokered by Benin.",
        true,
    );
    // no comma: the meeting may be part of what the two agreed to do
    assert_consulted(
        "Ghana and Togo agreed to reopen the border after a meeting in Lome.",
        false,
    );
}
