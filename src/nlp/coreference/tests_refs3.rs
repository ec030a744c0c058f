//! "his government" said by a person named again by pronoun or surname (branch refs3): the
//! state comes from where the person was introduced with it ("Ghana's foreign minister,
//! Kofi Asante,"), never from a state only inferred for the person. Invented articles.
use super::tests::events;

fn has(ev: &[(String, String, String)], src: &str, tgt: &str) -> bool {
    ev.iter().any(|e| e.0 == src && e.1 == tgt)
}

#[test]
fn a_pronoun_after_a_placed_minister_gives_his_government_a_state() {
    let text = "Ghana's foreign minister, Kofi Asante, visited Lome on Monday for talks on \
        the border. He said his government had asked Burkina Faso to close the crossing \
        at Paga.";
    let ev = events(text);
    assert!(has(&ev, "GHAGOV", "BFA"), "{ev:?}");
}

#[test]
fn a_surname_two_sentences_on_gives_her_government_a_state() {
    let text = "Kenya's interior minister, Ruth Wanjiku, toured the northern border on \
        Tuesday. Herders there have lost hundreds of cattle this year. Wanjiku said her \
        government had accused Uganda of arming the raiders.";
    let ev = events(text);
    assert!(has(&ev, "KENGOV", "UGA"), "{ev:?}");
}

#[test]
fn a_pronoun_after_a_person_with_no_state_in_the_phrase_stays_unplaced() {
    // the state is only inferred (the city): "his government" stays no one's
    let text = "Kofi Asante spoke to reporters in Accra on Monday. He said his government \
        had asked Burkina Faso to close the crossing at Paga.";
    let ev = events(text);
    assert!(
        !ev.iter().any(|e| e.1 == "BFA" && e.0.starts_with("GHA")),
        "{ev:?}"
    );
}

/// A full name in the lead, the surname alone two paragraphs on, then a pronoun.
const SURNAME_THEN_PRONOUN: &str = "Nigeria's foreign minister, Musa Bello, flew to Niamey \
    on Monday.\n\nThe trip followed weeks of tension over the closed frontier.\n\nBello \
    urged Niger to reopen the border. He also asked Benin to send a delegation to the talks.";

#[test]
fn a_pronoun_after_a_surname_opening_the_previous_sentence_is_its_bearer() {
    let ev = events(SURNAME_THEN_PRONOUN);
    assert!(has(&ev, "NGAGOV", "BEN"), "{ev:?}");
}

#[test]
fn a_pronoun_after_a_sentence_naming_nobody_stays_unresolved() {
    // the sentence before the pronoun opens with no surname: too far for the lead's name
    let text = SURNAME_THEN_PRONOUN.replace("Bello urged", "Officials urged");
    let ev = events(&text);
    // the request to Benin may be coded, but with no placed source
    assert!(
        !ev.iter().any(|e| e.1 == "BEN" && !e.0.is_empty()),
        "{ev:?}"
    );
}
