//! A bare definite title ("the minister") after a possessive title whose portfolio the
//! word lists do not know ("Norway's development minister"): the possessive reaches the
//! title across the parse's noun phrase, so the later description has a bearer with a
//! state; two bearers of two states leave it unresolved (branch definites).
use super::tests::{actor_of_nth, events, has_event};

/// The lead of the tests: a visiting minister whose portfolio is in no list.
const LEAD: &str = "Norway's development minister";

#[test]
fn a_possessive_title_with_an_unlisted_portfolio_has_its_state() {
    let text = format!("{LEAD} arrived in Lusaka on Monday for a three-day visit.");
    let code = actor_of_nth(&text, "development minister", 0);
    assert_eq!(code.as_deref(), Some("NORGOV"));
}

#[test]
fn the_minister_after_a_lead_with_an_unlisted_portfolio_is_that_state() {
    let text = format!(
        "{LEAD} arrived in Lusaka on Monday. The minister, on her first trip to \
         southern Africa, also met Zambia's president."
    );
    let code = actor_of_nth(&text, "The minister", 0);
    assert_eq!(code.as_deref(), Some("NORGOV"));
    let evs = events(&text);
    assert!(has_event(&evs, "NORGOV", "ZMBGOV", "04"), "{evs:?}");
}

#[test]
fn a_host_minister_does_not_take_the_visitors_description() {
    // the visitor's title was unknown before: the host's foreign minister was then the
    // only bearer, and "the minister" became the host's
    let text = format!(
        "{LEAD} was received in Lusaka on Monday by Zambia's foreign minister. \
         The minister also met Zambia's president."
    );
    let code = actor_of_nth(&text, "The minister", 0);
    assert_ne!(code.as_deref(), Some("ZMBGOV"));
    // the hosting is Zambia's; no meeting of Zambia with itself
    let evs = events(&text);
    assert!(has_event(&evs, "ZMBGOV", "NORGOV", "04"), "{evs:?}");
    assert!(!has_event(&evs, "ZMBGOV", "ZMBGOV", ""), "{evs:?}");
}

#[test]
fn a_body_across_unknown_modifiers_stays_unowned() {
    // only a title naming one person crosses the unknown modifiers after a possessive
    let text = "Chile's conservative opposition criticised the government on Tuesday.";
    let code = actor_of_nth(text, "conservative opposition", 0);
    assert_ne!(code.as_deref(), Some("CHLOPP"));
}
