//! A bare definite title ("the minister") after a possessive title whose portfolio the
//! word lists do not know ("Norway's fisheries-policy minister"): the possessive reaches
//! the title across the parse's noun phrase, so the later description has a bearer with
//! a state; two bearers of two states leave it unresolved (branch definites).
use super::tests::{actor_of_nth, events};

#[test]
fn a_possessive_title_with_an_unlisted_portfolio_has_its_state() {
    let text = "Norway's development minister arrived in Lusaka on Monday for a three-day visit.";
    assert_eq!(
        actor_of_nth(text, "development minister", 0).as_deref(),
        Some("NORGOV")
    );
}

#[test]
fn the_minister_after_a_lead_with_an_unlisted_portfolio_is_that_state() {
    let text = "Norway's development minister arrived in Lusaka on Monday. \
                The minister, on her first trip to southern Africa, also met \
                Zambia's president.";
    assert_eq!(
        actor_of_nth(text, "The minister", 0).as_deref(),
        Some("NORGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "NORGOV" && t == "ZMBGOV" && c.starts_with("04")),
        "{evs:?}"
    );
}

#[test]
fn a_host_minister_does_not_take_the_visitors_description() {
    // the visitor's title was unknown before: the host's foreign minister was then the
    // only bearer, and "the minister" became the host's
    let text = "Norway's development minister was received in Lusaka on Monday by \
                Zambia's foreign minister. The minister also met Zambia's president.";
    assert_ne!(
        actor_of_nth(text, "The minister", 0).as_deref(),
        Some("ZMBGOV")
    );
    let evs = events(text);
    assert!(
        !evs.iter()
            .any(|(s, _, c)| s == "ZMBGOV" && c.starts_with("04")),
        "{evs:?}"
    );
}

#[test]
fn a_body_across_unknown_modifiers_stays_unowned() {
    // only a title naming one person crosses the unknown modifiers after a possessive
    let text = "Chile's conservative opposition criticised the government on Tuesday.";
    assert_ne!(
        actor_of_nth(text, "conservative opposition", 0).as_deref(),
        Some("CHLOPP")
    );
}
