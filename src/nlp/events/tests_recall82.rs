//! Praise repeated with "also" by another party, and a suspect handed to another state's
//! police, whose welcome answers the one who handed him (issue 8, branch recall82).
//! Invented sentences.
use super::tests::{has_sides, run, triples, FOUR_STATES as PARTIES};

/// "A congratulated Y. B and C also sent congratulations": the repeated praise goes to Y.
#[test]
fn praise_repeated_with_also_goes_to_the_first_addressee() {
    let evs = run(
        "Norway congratulated Peru on its peaceful election on Monday. Chile and Ghana also sent congratulations.",
        &PARTIES,
    );
    let t = triples(&evs);
    assert!(has_sides(&evs, "CHL", "PER", "051"), "{t:?}");
    assert!(has_sides(&evs, "GHA", "PER", "051"), "{t:?}");
}

/// The praise repeated had no known addressee: none is guessed for the repetition.
#[test]
fn praise_repeating_an_unaddressed_one_stays_unaddressed() {
    let evs = run(
        "Norway welcomed the truce on Monday. Chile also praised it.",
        &PARTIES,
    );
    let t = triples(&evs);
    assert!(!has_sides(&evs, "CHL", "PER", "05"), "{t:?}");
    assert!(!has_sides(&evs, "CHL", "NOR", "05"), "{t:?}");
}

/// Without "also" the praise is no repetition of the one before.
#[test]
fn praise_without_the_cue_takes_no_earlier_addressee() {
    let evs = run(
        "Norway congratulated Peru on its peaceful election on Monday. Chile praised the weather.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "CHL", "PER", "05"), "{:?}", triples(&evs));
}

/// "handed a former officer to Y's police": judicial cooperation with Y (063), without the
/// particle "over".
#[test]
fn a_suspect_handed_to_a_states_police_is_judicial_cooperation() {
    let evs = run(
        "Chile handed a former army officer to Peru's police at the border on Friday.",
        &PARTIES,
    );
    assert!(has_sides(&evs, "CHL", "PER", "063"), "{:?}", triples(&evs));
}

/// The welcome of "the handover" answers the state that handed him.
#[test]
fn the_welcome_of_a_handover_answers_the_state_that_handed_him() {
    let evs = run(
        "Chile handed a former army officer to Peru's police on Friday. Norway welcomed the handover.",
        &PARTIES,
    );
    let t = triples(&evs);
    assert!(has_sides(&evs, "CHL", "PER", "063"), "{t:?}");
    assert!(has_sides(&evs, "NOR", "CHL", "051"), "{t:?}");
}

/// A letter handed to another state's officials is no judicial cooperation.
#[test]
fn a_letter_handed_to_officials_is_no_cooperation() {
    let evs = run(
        "Chile handed a letter to Peruvian officials on Friday.",
        &PARTIES,
    );
    assert!(!has_sides(&evs, "CHL", "PER", "06"), "{:?}", triples(&evs));
}
