//! recall74: a named official with no country opening the sentence after their
//! government's (`next_speaker`), and the opening subject read past a dateline and through
//! "X's ministry" (`speaker_chain::opening_state`). Invented sentences.
use super::tests::{actor_of_nth, events};

#[test]
fn a_titled_minister_after_his_governments_sentence_is_that_governments() {
    let text = "TARAWA (Reef Wire) — Kiribati summoned Fiji's high commissioner on Monday \
                over a fishing dispute. Foreign Minister Teburoro Kaimana said the envoy \
                had been handed a note asking Suva to explain the seizure.";
    assert_eq!(
        actor_of_nth(text, "Foreign Minister Teburoro Kaimana", 0).as_deref(),
        Some("KIRGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "KIRGOV" && t.starts_with("FJI") && c.starts_with("02")),
        "{evs:?}"
    );
}

#[test]
fn a_spokesman_in_apposition_after_a_states_ministry_speaks_for_it() {
    let text = "Norway fined two Chilean trawlers on Friday. Chile's foreign ministry \
                said the fines were unlawful. A spokesman, Tomas Vidaurre, urged Oslo to \
                return the catch.";
    assert_eq!(
        actor_of_nth(text, "Tomas Vidaurre", 0).as_deref(),
        Some("CHLGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "CHLGOV" && t.starts_with("NOR") && c.starts_with("02")),
        "{evs:?}"
    );
}

#[test]
fn a_ministry_spokeswoman_named_after_the_ministrys_sentence_is_its_state() {
    let text = "Norway fined two Chilean trawlers on Friday. Chile's foreign ministry \
                said the fines were unlawful. Ministry spokeswoman Ana Vidaurre urged Oslo \
                to return the catch.";
    assert_eq!(
        actor_of_nth(text, "Ana Vidaurre", 0).as_deref(),
        Some("CHLGOV")
    );
}

#[test]
fn a_spokesman_named_after_a_foreign_ministrys_sentence_is_its_state() {
    let text = "Latvia expelled two Estonian diplomats on Monday. The Estonian foreign \
                ministry summoned Latvia's envoy the same day. Spokesman Mart Kivistik \
                accused Riga of staging the affair.";
    assert_eq!(
        actor_of_nth(text, "Spokesman Mart Kivistik", 0).as_deref(),
        Some("ESTGOV")
    );
}

#[test]
fn a_titled_official_stays_open_after_two_states_or_a_military() {
    let text = "Norway and Chile agreed on Friday to resume fishing talks. Foreign Minister \
                Tomas Vidaurre urged Oslo to return the catch.";
    assert_eq!(
        actor_of_nth(text, "Foreign Minister Tomas Vidaurre", 0),
        None
    );
    let text = "Chile's navy said it had boarded two Norwegian trawlers. General Tomas \
                Vidaurre urged Oslo to pay the fines.";
    assert_ne!(
        actor_of_nth(text, "General Tomas Vidaurre", 0).as_deref(),
        Some("CHLGOV")
    );
}

#[test]
fn a_titled_official_inside_the_sentence_is_not_an_opener() {
    let text = "Kiribati summoned Fiji's high commissioner on Monday. Suva said Foreign \
                Minister Teburoro Kaimana had misread the treaty.";
    assert_ne!(
        actor_of_nth(text, "Foreign Minister Teburoro Kaimana", 0).as_deref(),
        Some("KIRGOV")
    );
}
