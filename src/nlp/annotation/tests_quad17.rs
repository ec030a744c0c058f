//! Branch quad17: an investigation opened is one-sided (CAMEO 09x with no target), but only
//! when the trigger's object is the investigation; through the whole extractor with the
//! built-in dictionaries (real country names, invented sentences).
use super::test_support::emitted;

/// An emitted 09x event from a source starting with `src` and with no target.
fn untargeted_investigation(text: &str, src: &str) -> bool {
    emitted(text)
        .iter()
        .any(|(s, t, c)| s.starts_with(src) && t.is_empty() && c.starts_with("09"))
}

#[test]
fn an_investigation_opened_needs_no_target() {
    for (text, src) in [
        (
            "Swedish prosecutors have launched an investigation into the sinking of a ferry.",
            "SWE",
        ),
        (
            "The Kenyan police opened a criminal investigation after the fire at the depot.",
            "KEN",
        ),
        (
            "Norway launched a formal inquiry into the leak on Tuesday.",
            "NOR",
        ),
        (
            "Brazil's federal police opened a probe into the collapse of the dam.",
            "BRA",
        ),
    ] {
        assert!(
            untargeted_investigation(text, src),
            "{text}: {:?}",
            emitted(text)
        );
    }
}

#[test]
fn an_investigation_asked_for_or_a_check_still_needs_a_target() {
    // The dictionary codes these 090 too: an appeal for an inquiry is no inquiry opened, and
    // a check or a verb of investigating has an addressee the coder did not find.
    for (text, src) in [
        ("Norway called for an inquiry into the leak.", "NOR"),
        (
            "Chilean officials checked the documents of the travellers.",
            "CHL",
        ),
        (
            "Peruvian authorities investigated the fire at the depot.",
            "PER",
        ),
    ] {
        assert!(
            !untargeted_investigation(text, src),
            "{text}: {:?}",
            emitted(text)
        );
    }
}

#[test]
fn an_investigation_into_a_state_keeps_its_target() {
    let text = "Norway launched an investigation into Finland's role in the leak.";
    let evs = emitted(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "NOR" && t == "FIN" && c.starts_with("09")),
        "{evs:?}"
    );
    assert!(!untargeted_investigation(text, "NOR"), "{evs:?}");
}
