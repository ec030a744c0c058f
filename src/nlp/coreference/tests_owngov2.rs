//! "His government" / "its embassy" as the subject of a speech verb's content clause that
//! the lexical window of `speech_before` does not reach (branch owngov2): an addressee
//! between the verb and "that", or a speech verb the form list lacks ("warned"). The owner
//! is the speech verb's subject by the parse; an office in any other role is not read.

use super::tests::{actor_of_nth, events};

#[test]
fn his_government_after_warned_that_is_the_speaker_s() {
    let text = "ACCRA (Wire) — Ghana's prime minister, speaking at a rally, warned that his \
                government would suspend a fishing agreement with Togo if the seizures continued.";
    assert_eq!(
        actor_of_nth(text, "government", 0).as_deref(),
        Some("GHAGOV")
    );
    let ev = events(text);
    assert!(
        ev.iter()
            .any(|(s, t, c)| s == "GHAGOV" && t == "TGO" && c == "1313"),
        "{ev:?}"
    );
}

#[test]
fn his_government_after_an_addressee_is_the_teller_s() {
    // "told <addressee> on Friday that": the addressee is no owner of "his"
    let text = "ACCRA (Wire) — Ghana's prime minister told the visiting Togolese foreign \
                minister on Friday that his government would honour the fishing agreement.";
    assert_eq!(
        actor_of_nth(text, "government", 0).as_deref(),
        Some("GHAGOV")
    );
}

#[test]
fn an_office_that_is_not_the_content_s_subject_is_not_read() {
    // "his" in an object may be the content subject's, not the speaker's
    let text = "ACCRA (Wire) — Ghana's prime minister warned that Togo would close his embassy.";
    assert_ne!(actor_of_nth(text, "embassy", 0).as_deref(), Some("GHAGOV"));
}

#[test]
fn an_unplaced_teller_gives_no_government() {
    // the state is named in the story, but not in the teller's own phrase
    let text = "GENEVA (Wire) — Eritrea rejected the report on Friday. Tesfa Ghirmay told the \
                visiting Sudanese envoy on Friday that his government would not cooperate \
                with Sudan.";
    assert_ne!(
        actor_of_nth(text, "government", 0).as_deref(),
        Some("ERIGOV")
    );
    assert!(events(text).iter().all(|(s, _, _)| s != "ERIGOV"));
}
