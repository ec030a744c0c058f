//! Verb senses that made false meetings and complaints (branch precision24): a state or
//! bloc left is no meeting with it, compensating a party is no complaint; "left for Y" and
//! "joined Y for talks" keep their events. Invented text.
use super::tests::{run, three_states_and, triples};

pub(super) fn events(text: &str) -> Vec<(String, String, String)> {
    triples(&run(text, &three_states_and(&[])))
}

pub(super) fn has(got: &[(String, String, String)], src: &str, tgt: &str, code: &str) -> bool {
    got.iter()
        .any(|(s, t, c)| s.starts_with(src) && t.starts_with(tgt) && c.starts_with(code))
}

#[test]
fn joining_a_party_for_or_in_talks_is_still_a_meeting() {
    for text in [
        "Freedonia joined Ruritania for talks on the river dam.",
        "Freedonia joined Ruritania in talks on the river dam.",
    ] {
        let got = events(text);
        assert!(has(&got, "FRE", "RUR", "04"), "{text}: {got:?}");
    }
}

#[test]
fn a_state_left_is_no_meeting_with_it() {
    for text in [
        "Freedonian troops left Ruritania in March.",
        "The Freedonian foreign minister left Ruritania on Monday.",
    ] {
        let got = events(text);
        assert!(!has(&got, "FRE", "RUR", "04"), "{text}: {got:?}");
    }
}

#[test]
fn leaving_for_a_state_is_still_a_visit() {
    let got = events("The Freedonian foreign minister left for Ruritania on Monday.");
    assert!(has(&got, "FRE", "RUR", "042"), "{got:?}");
}

#[test]
fn compensating_a_party_is_no_complaint() {
    let got = events("Freedonia compensated Ruritania for the damage to its embassy.");
    assert!(!got.iter().any(|(_, _, c)| c.starts_with("11")), "{got:?}");
}
