//! Handovers of people to another state's police without "over", and a case that may yet be
//! taken to a forum as a threat (branch detained2). Invented sentences.
use super::tests::{has_sides, run, triples};
use super::*;
use EntityType::*;

/// The actors of the stories below: a handing or holding state (Togo), a receiving or
/// threatening state (Benin) and a forum (the AU).
const SIDES: [(&str, &str, EntityType); 8] = [
    ("Togo", "TGO", Location),
    ("Togolese soldiers", "TGOMIL", Organisation),
    ("Togolese police", "TGOCOP", Organisation),
    ("Beninese police", "BENCOP", Organisation),
    ("Beninese", "BEN", Nationality),
    ("Benin", "BEN", Location),
    ("the African Union", "IGOAFRAU", Organisation),
    ("Ghana", "GHA", Location),
];

/// People handed to another state's police: judicial cooperation with that state.
#[test]
fn suspects_handed_to_another_states_police_are_judicial_cooperation() {
    let evs = run(
        "Togo handed seven suspects to the Beninese police on Monday.",
        &SIDES,
    );
    assert!(has_sides(&evs, "TGO", "BEN", "063"), "{:?}", triples(&evs));
}

/// A thing handed to the police is no handover of anyone.
#[test]
fn a_letter_handed_to_the_police_is_no_handover() {
    let evs = run(
        "Togo handed a letter to the Beninese police on Monday.",
        &SIDES,
    );
    assert!(!has_sides(&evs, "TGO", "BEN", "063"), "{:?}", triples(&evs));
}

/// People handed to the hander's own police stay at home: no event with another state.
#[test]
fn suspects_handed_to_ones_own_police_are_domestic() {
    let evs = run(
        "Togolese soldiers handed seven suspects to the Togolese police on Monday.",
        &SIDES,
    );
    assert!(!evs.iter().any(|e| e.cameo == "063"), "{:?}", triples(&evs));
}

/// "would take the case to the AU if they were not freed", said by the held people's state
/// after the detention: a threat to the holder, the pronoun standing for the speaker.
#[test]
fn a_case_to_be_taken_to_a_forum_threatens_the_holder() {
    let evs = run(
        "Togolese soldiers detained four Beninese farmers on Monday. Benin said it would take \
         the case to the African Union if the farmers were not freed within a week.",
        &SIDES,
    );
    assert!(has_sides(&evs, "BEN", "TGO", "13"), "{:?}", triples(&evs));
    assert!(
        !has_sides(&evs, "BEN", "IGOAFRAU", "13"),
        "{:?}",
        triples(&evs)
    );
}

/// A case already taken to a forum is no threat.
#[test]
fn a_case_taken_to_a_forum_in_the_past_is_no_threat() {
    let evs = run(
        "Togolese soldiers detained four Beninese farmers in May. Benin took the case to the \
         African Union last year.",
        &SIDES,
    );
    assert!(
        !evs.iter().any(|e| e.cameo.starts_with("13")),
        "{:?}",
        triples(&evs)
    );
}
