//! Branch quad19, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): an intent to lay down one's own arms (CAMEO 0356) and an
//! intent to allow humanitarian access (033, 035) are one-sided, but only when the trigger's
//! object is the arms or the access; a refusal held "unless" another acts, or "even if", is
//! asserted.
use super::test_support::emitted;

/// An emitted event from a source starting with `src`, with no target and a code starting
/// with `code`.
fn untargeted(text: &str, src: &str, code: &str) -> bool {
    emitted(text)
        .iter()
        .any(|(s, t, c)| s.starts_with(src) && t.is_empty() && c.starts_with(code))
}

#[test]
fn arms_laid_down_or_access_allowed_need_no_target() {
    for (text, src, code) in [
        (
            "The Colombian rebels agreed to lay down their arms.",
            "COL",
            "0356",
        ),
        (
            "Chilean guerrillas said they would lay down their weapons next month.",
            "CHL",
            "0356",
        ),
        (
            "Peru agreed to allow humanitarian access to the flooded valleys.",
            "PER",
            "03",
        ),
        (
            "Kenya has agreed to allow access for relief convoys.",
            "KEN",
            "03",
        ),
    ] {
        assert!(untargeted(text, src, code), "{text}: {:?}", emitted(text));
    }
}

#[test]
fn a_ceasefire_a_withdrawal_aid_or_a_named_recipient_still_need_a_target() {
    // A ceasefire has another side, withdrawn troops leave a place whose state is the target,
    // aid offered has a recipient, and a party before "access" is the one let in: the coder
    // missed an addressee, so none of these is emitted without one.
    for (text, src) in [
        ("The Colombian rebels agreed to a ceasefire.", "COL"),
        (
            "Honduras is willing to withdraw its troops from the border zone.",
            "HND",
        ),
        ("Peru offered to send aid to the flooded valleys.", "PER"),
        (
            "Peru agreed to allow the inspectors access to the prisons.",
            "PER",
        ),
        (
            "The Colombian rebels agreed to lay down the terms of the talks.",
            "COL",
        ),
    ] {
        assert!(!untargeted(text, src, "03"), "{text}: {:?}", emitted(text));
    }
}

#[test]
fn access_allowed_into_a_state_keeps_its_target() {
    let text = "Kenya agreed to allow humanitarian access to Somalia.";
    let evs = emitted(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "KEN" && t == "SOM" && c.starts_with("03")),
        "{evs:?}"
    );
    assert!(!untargeted(text, "KEN", "03"), "{evs:?}");
}

/// An emitted refusal (CAMEO 12x) from a source starting with `src` to a target starting
/// with `tgt`.
fn refusal(text: &str, src: &str, tgt: &str) -> bool {
    emitted(text)
        .iter()
        .any(|(s, t, c)| s.starts_with(src) && t.starts_with(tgt) && c.starts_with("12"))
}

#[test]
fn a_refusal_held_unless_or_even_if_another_acts_is_asserted() {
    // "will not X unless Y acts" is the refusal "until Y acts": it holds now, and Y is whom
    // it answers; "even if" concedes, it sets no condition.
    for text in [
        "Kenya will not lift the sanctions unless Uganda withdraws its troops.",
        "Kenya said it will not release the Ugandan tanker unless Uganda pays the fine.",
        "Kenya says it will not accept refugees from Uganda even if they are fleeing the war.",
    ] {
        assert!(refusal(text, "KEN", "UGA"), "{text}: {:?}", emitted(text));
    }
}

#[test]
fn an_act_promised_unless_or_if_another_acts_stays_conditional() {
    for text in [
        "Kenya will lift the sanctions unless Uganda withdraws its troops.",
        "Kenya says it will accept refugees from Uganda if they are fleeing the war.",
    ] {
        let evs = emitted(text);
        assert!(
            !evs.iter().any(|(s, ..)| s.starts_with("KEN")),
            "{text}: {evs:?}"
        );
    }
}
