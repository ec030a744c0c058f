//! Pairs named collectively in a lead's second clause (branch pairs2): "A handed B … and the
//! two countries agreed to …" is the pair's agreement with each other, in both directions,
//! though the parser reads the second subject as a noun conjunct of the first verb.
//! Steps a speaker says its state would take if another state acts are a threat to that
//! state, also with a pronoun subject. Invented sentences.
use super::tests::{has_root, run, threats, triples};
use super::*;
use EntityType::*;

const PAIR: [(&str, &str, EntityType); 3] = [
    ("Kenya", "KEN", Location),
    ("Tanzania", "TZA", Location),
    ("the two countries", "KEN/TZA", Organisation),
];

#[test]
fn a_pair_agreeing_in_a_leads_second_clause_agree_with_each_other() {
    let text = "Kenya gave Tanzania two patrol boats on Monday and the two countries agreed \
                to run joint patrols of the lake.";
    let evs = run(text, &PAIR);
    assert!(has_root(&evs, "KEN", "TZA", "06"), "{:?}", triples(&evs));
    assert!(has_root(&evs, "KEN", "TZA", "03"), "{:?}", triples(&evs));
    assert!(has_root(&evs, "TZA", "KEN", "03"), "{:?}", triples(&evs));
}

#[test]
fn a_pair_joined_to_the_first_clauses_object_is_still_the_second_clauses_subject() {
    let text = "Kenya handed over a network of radar stations to Tanzania on Monday and the \
                two countries agreed to run joint patrols of the lake.";
    let evs = run(text, &PAIR);
    assert!(has_root(&evs, "KEN", "TZA", "03"), "{:?}", triples(&evs));
    assert!(has_root(&evs, "TZA", "KEN", "03"), "{:?}", triples(&evs));
}

#[test]
fn a_described_noun_after_and_keeps_its_participle() {
    // "the boats seized in May": a participle with no complement describes its noun
    let text = "Kenya gave Tanzania two patrol boats on Monday and the boats seized in May.";
    let evs = run(text, &PAIR);
    assert!(!has_root(&evs, "TZA", "KEN", "03"), "{:?}", triples(&evs));
    assert!(!has_root(&evs, "KEN", "TZA", "03"), "{:?}", triples(&evs));
}

const BORDER: [(&str, &str, EntityType); 3] = [
    ("Kenya", "KEN", Location),
    ("Uganda", "UGA", Location),
    ("Tanzania", "TZA", Location),
];

#[test]
fn steps_a_speaker_says_it_would_take_if_another_state_acts_threaten_that_state() {
    let text = "Kenya said it would take all necessary steps if Uganda continued the incursions.";
    let evs = run(text, &BORDER);
    assert!(has_root(&evs, "KEN", "UGA", "13"), "{:?}", triples(&evs));
}

#[test]
fn steps_under_a_condition_with_no_state_threaten_no_one() {
    let text = "Kenya said it would take all necessary steps if the floods continued.";
    let evs = run(text, &BORDER);
    assert!(threats(&evs).is_empty(), "{:?}", triples(&evs));
}

#[test]
fn steps_a_speaker_says_a_third_state_would_take_are_no_threat_of_the_speakers() {
    let text = "Kenya said Uganda would take all necessary steps if Tanzania continued the \
                incursions.";
    let evs = run(text, &BORDER);
    assert!(!has_root(&evs, "KEN", "TZA", "13"), "{:?}", triples(&evs));
}
