//! Background told with a fronted date or after phrases of place, and a deal named by its
//! venue (branch falses4): the whole extractor with the built-in dictionaries (real
//! country names, invented sentences; the test article is dated November 2026).
use super::test_support::{emitted, has};

#[test]
fn a_fronted_year_dates_every_conjunct_of_the_sentence() {
    for text in [
        "In 2019 Peru sent troops into Ecuador, and Ecuador recalled its ambassador from Lima.",
        "In March 2019 Peru sent troops into Ecuador, and Ecuador recalled its ambassador from Lima.",
    ] {
        let evs = emitted(text);
        assert!(!has(&evs, "ECU", "PER", "16"), "{text}: {evs:?}");
    }
}

#[test]
fn a_fronted_day_or_span_leaves_the_later_conjunct_news() {
    // a day dates nothing in the past; a span ("since 2019") runs on to the article's day
    for text in [
        "On Tuesday Peru sent troops into Ecuador, and Ecuador recalled its ambassador from Lima.",
        "Since 2019 Peru has sent troops into Ecuador, and Ecuador recalled its ambassador from Lima.",
    ] {
        let evs = emitted(text);
        assert!(has(&evs, "ECU", "PER", "161"), "{text}: {evs:?}");
    }
}

#[test]
fn a_year_after_phrases_of_place_dates_the_verb() {
    let text = "Ghana withdrew its troops from the base at Kumasi in 2019 after Togo ended a \
                defence pact with Accra.";
    let evs = emitted(text);
    assert!(!has(&evs, "TGO", "GHA", ""), "{evs:?}");
    let text = "Ghana withdrew its troops from the base at Kumasi on Tuesday after Togo ended a \
                defence pact with Accra.";
    let evs = emitted(text);
    assert!(has(&evs, "TGO", "GHA", "16"), "{evs:?}");
}

#[test]
fn a_deal_named_by_its_venue_gives_nothing_to_the_venue() {
    for text in [
        "Senegal welcomed the Accra agreement between Mali and Niger.",
        "Senegal welcomed the Accra peace agreement between Mali and Niger.",
    ] {
        let evs = emitted(text);
        assert!(!has(&evs, "SEN", "GHA", ""), "{text}: {evs:?}");
    }
    // the parties named with the deal still receive the welcome
    let evs = emitted("Senegal welcomed the agreement between Mali and Niger.");
    assert!(has(&evs, "SEN", "MLI", "05"), "{evs:?}");
    // a country before the noun is a party, not a venue
    let evs = emitted("Senegal criticised the Iran deal.");
    assert!(has(&evs, "SEN", "IRN", "11"), "{evs:?}");
}
