//! Branch quad21, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): a refusal whose content is a gerund with an object noun
//! ("rejected holding talks with Y") is a refusal addressed to the partner that noun names,
//! and a pledge whose content is negated ("decided not to work with Y") names no partner.
use super::test_support::emitted;

/// Whether an event from a source starting with `src` to a target starting with `tgt`, with a
/// code starting with `code`, is emitted.
fn has_event(text: &str, src: &str, tgt: &str, code: &str) -> bool {
    emitted(text)
        .iter()
        .any(|(s, t, c)| s.starts_with(src) && t.starts_with(tgt) && c.starts_with(code))
}

#[test]
fn a_refused_gerund_names_its_object_nouns_partner() {
    for (text, src, tgt) in [
        (
            "The Kenyan rebels rejected holding talks with the Ugandan government.",
            "KEN",
            "UGA",
        ),
        (
            "Egypt has rejected signing a water deal with Ethiopia.",
            "EGY",
            "ETH",
        ),
    ] {
        assert!(
            has_event(text, src, tgt, "12"),
            "{text}: {:?}",
            emitted(text)
        );
    }
}

#[test]
fn a_place_or_a_negated_content_is_no_partner() {
    // Lima is where the summit would be, Peru's own city; a decision not to work with Tonga
    // is no intent to cooperate with it.
    let text = "Peru rejected holding a summit in Lima next year.";
    assert!(emitted(text).is_empty(), "{text}: {:?}", emitted(text));
    let text = "Samoa decided not to work with Tonga.";
    assert!(
        !has_event(text, "WSM", "TON", "03"),
        "{text}: {:?}",
        emitted(text)
    );
    // The same pledge, not negated, keeps its partner.
    let text = "Samoa decided to work with Tonga.";
    assert!(
        has_event(text, "WSM", "TON", "03"),
        "{text}: {:?}",
        emitted(text)
    );
}
