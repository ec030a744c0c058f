//! Branch note2: "The note demanded …" after "X sent a protest note to Y" is X's act.

use super::tests::{actor_of_nth, events};

#[test]
fn a_note_speaks_for_the_state_that_sent_it() {
    let text = "Chile sent a protest note to Bolivia on Friday after a border post was burned. \
                The note demanded the arrest of the men responsible.";
    assert_eq!(actor_of_nth(text, "The note", 0).as_deref(), Some("CHLGOV"));
}

#[test]
fn the_sending_may_be_two_sentences_back() {
    let text = "Norway handed a letter to Russia's envoy on Monday. \
                The ministry said fishing boats had been turned away from the zone. \
                The letter asked Moscow to explain the incident.";
    assert_eq!(
        actor_of_nth(text, "The letter", 0).as_deref(),
        Some("NORGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, _)| s == "NORGOV" && t.starts_with("RUS")),
        "{evs:?}"
    );
}

#[test]
fn two_senders_or_none_leave_the_document_unresolved() {
    let text = "Chile sent a note to Peru on Friday. Bolivia also sent a note to Peru. \
                The note demanded an inquiry.";
    assert_eq!(actor_of_nth(text, "The note", 0), None);
    // no sending told: the note has no known author
    let text = "Peru and Chile met in Lima on Friday. The statement demanded an inquiry.";
    assert_eq!(actor_of_nth(text, "The statement", 0), None);
    // too far back: three sentences between
    let text = "Chile sent a note to Peru on Friday. It rained. Markets fell. Talks stalled. \
                The note demanded an inquiry.";
    assert_eq!(actor_of_nth(text, "The note", 0), None);
}
