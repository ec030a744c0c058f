//! Two false sources (branch fixes11): a bare definite office bound to another state's
//! official of the same sector, and a pronoun under a reported clause's own subject bound to
//! the speaker. Invented text.
use super::tests::{actor_of_nth, events};

#[test]
fn a_bare_office_is_not_another_states_official() {
    // the only earlier government person is Iceland's envoy: "the foreign minister" is no
    // envoy, so the sector rule must not make him Iceland's
    let text = "Norway summoned Iceland's charge d'affaires on Monday over a fishing dispute. \
                The foreign minister told reporters that Oslo wanted the boats back.";
    assert_ne!(
        actor_of_nth(text, "The foreign minister", 0).as_deref(),
        Some("ISLGOV")
    );
}

#[test]
fn a_bare_office_still_takes_the_same_office_named_with_its_state() {
    let text = "Peru's foreign minister met the Bolivian envoy on Monday. \
                The foreign minister said the border talks would resume.";
    assert_eq!(
        actor_of_nth(text, "The foreign minister", 0).as_deref(),
        Some("PERGOV")
    );
}

#[test]
fn a_pronoun_under_the_reported_subjects_clause_is_not_the_speaker() {
    // "it" is Albania (or unclear), never Greece: no Greek intent to join
    for text in [
        "Greece has said Albania must protect the rights of its minority before it can join \
         the European Union.",
        "Greece has said Albania must protect its minority before it can join NATO.",
    ] {
        let evs = events(text);
        assert!(
            !evs.iter()
                .any(|(s, t, c)| s.starts_with("GRC") && t.starts_with("IGO") && c == "036"),
            "{evs:?}"
        );
    }
}

#[test]
fn a_pronoun_directly_under_the_speech_verb_is_the_speaker() {
    let evs = events("Greece said it would meet Albania next week.");
    assert!(
        evs.iter()
            .any(|(s, t, c)| s.starts_with("GRC") && t.starts_with("ALB") && c.starts_with("03")),
        "{evs:?}"
    );
}
