//! Institutions named by their seat: "the authorities in <capital>", "<capital>'s
//! authorities" (`located`). Invented articles.
use super::tests::{actor_of_nth, events};

#[test]
fn authorities_in_a_capital_inside_a_reported_clause_are_the_capitals() {
    // the speaker's country is in reach, but the phrase names the other seat
    let text = "Portugal's foreign ministry said on Friday that it had asked the \
                authorities in Rabat to free the two fishermen.";
    assert_eq!(
        actor_of_nth(text, "the authorities", 0).as_deref(),
        Some("MARGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter().any(|(s, t, _)| s == "PRTGOV" && t == "MARGOV"),
        "{evs:?}"
    );
}

#[test]
fn the_institution_word_gives_the_sector() {
    let text = "Niger's prime minister accused the military authorities in Bamako \
                of stalling the border talks.";
    assert_eq!(
        actor_of_nth(text, "the military authorities", 0).as_deref(),
        Some("MLIMIL")
    );
    let text = "Senegal said the government in Nouakchott had closed the crossing.";
    assert_eq!(
        actor_of_nth(text, "the government", 0).as_deref(),
        Some("MRTGOV")
    );
}

#[test]
fn a_possessive_capital_places_the_institution() {
    let text = "Chile's envoy said Lima's authorities had ignored three letters.";
    assert_eq!(
        actor_of_nth(text, "authorities", 0).as_deref(),
        Some("PERGOV")
    );
}

#[test]
fn a_seat_of_an_organisation_or_a_venue_is_no_state() {
    // Brussels reads as the EU: officials there are not Belgium's
    let text = "Officials in Brussels criticised the plan.";
    assert_ne!(
        actor_of_nth(text, "Officials", 0).as_deref(),
        Some("BELGOV")
    );
}

#[test]
fn a_spokesman_of_an_institution_in_a_capital_is_the_capitals() {
    // the seat follows the person head of the phrase, not the institution word
    let text = "A foreign ministry spokesman in Rabat urged Portugal to free the fishermen.";
    let evs = events(text);
    assert!(
        evs.iter().any(|(s, t, _)| s == "MARGOV" && t == "PRT"),
        "{evs:?}"
    );
}
