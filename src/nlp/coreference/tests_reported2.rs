//! reported2: the speaker of "X, which …, said its …" read across the relative clause, and
//! a minister or envoy the speaker calls its own is its government, not its military.
//! Invented sentences.
use super::tests::{actor_of_nth, events};

#[test]
fn its_foreign_minister_after_a_states_speech_verb_is_its_government() {
    let text = "Norway said its foreign minister had telephoned his Sudanese counterpart.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "NORGOV" && t.starts_with("SDN") && c.starts_with("04")),
        "{evs:?}"
    );
    assert!(!evs.iter().any(|(s, _, _)| s == "NORMIL"), "{evs:?}");
}

#[test]
fn the_speaker_is_read_across_a_relative_clause() {
    let text = "Norway, which has close ties with both sides, said its embassy had asked \
                Chad to release the two men.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "NORGOV" && t.starts_with("TCD") && c.starts_with("02")),
        "{evs:?}"
    );
    let text = "Norway, which patrols the Barents Sea, said its aircraft had shadowed a bomber.";
    assert_eq!(actor_of_nth(text, "aircraft", 0).as_deref(), Some("NORMIL"));
}

#[test]
fn its_envoy_is_the_speakers_government() {
    let text = "Norway said its special envoy had met Sudan's foreign minister in Khartoum.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "NORGOV" && t.starts_with("SDN") && c.starts_with("04")),
        "{evs:?}"
    );
}

#[test]
fn a_person_across_a_relative_clause_owns_no_instrument() {
    let text = "The minister, who met the envoy on Monday, said its drones were obsolete.";
    assert_eq!(actor_of_nth(text, "drones", 0), None);
}
