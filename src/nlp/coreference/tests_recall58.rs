//! Parties named through their speaker or their full name (branch recall58): "X said its
//! embassy / his government …", "a ministry spokeswoman", "It" after a name whose parse
//! head is plural, a rights group's name typed as a body.

use super::tests::{actor_of_nth, events};

#[test]
fn the_office_a_speaker_calls_its_own_is_its_states_government() {
    let text = "Ghana's foreign ministry said its embassy in Lome had asked Togo to \
                explain the closure of the border.";
    assert_eq!(actor_of_nth(text, "embassy", 0).as_deref(), Some("GHAGOV"));
    let text = "A senior Ghanaian official, speaking in Accra, said his government had \
                asked Togo to reopen the border.";
    assert_eq!(
        actor_of_nth(text, "government", 0).as_deref(),
        Some("GHAGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "GHAGOV" && t.starts_with("TGO") && c.starts_with("02")),
        "{evs:?}"
    );
}

#[test]
fn a_person_placed_outside_the_phrase_or_another_frame_gives_no_owner() {
    // the speaker's state is not in the speaker's own phrase
    let text = "Kwame Mensah arrived in Accra on Monday. Mensah said his government had \
                asked Togo to reopen the border.";
    assert_ne!(
        actor_of_nth(text, "government", 0).as_deref(),
        Some("GHAGOV")
    );
    // not a speech frame: "its" may be any earlier actor
    let text = "Ghana's foreign ministry thanked Togo for its embassy's help.";
    assert_ne!(actor_of_nth(text, "embassy", 0).as_deref(), Some("GHAGOV"));
}

#[test]
fn a_ministry_spokeswoman_speaks_for_the_ministry_named_before() {
    let text = "Ghana's foreign ministry summoned the Togolese ambassador on Monday. \
                A ministry spokeswoman warned that Ghana would expel Togolese diplomats.";
    assert_eq!(
        actor_of_nth(text, "A ministry", 0).as_deref(),
        Some("GHAGOV")
    );
    // two states' ministries named before: no guess
    let text = "Ghana's foreign ministry and Togo's foreign ministry traded notes. \
                A ministry spokeswoman said talks would resume.";
    assert_ne!(
        actor_of_nth(text, "A ministry", 0).as_deref(),
        Some("GHAGOV")
    );
}

#[test]
fn it_after_a_rights_watchdog_is_the_watchdog() {
    let text = "Human Rights Watch said the police had beaten protesters in Lome. \
                It urged Togo to open an inquiry.";
    assert_eq!(actor_of_nth(text, "It", 0).as_deref(), Some("NGOHRI"));
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "NGOHRI" && t.starts_with("TGO") && c.starts_with("02")),
        "{evs:?}"
    );
}
