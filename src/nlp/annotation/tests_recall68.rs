//! Branch recall68, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): a verb quoted right after its subject pronoun or modal keeps
//! its clause's act, and "will / would not tolerate" an act of another state is a warning
//! (130), not a refusal to concede (124).
use super::test_support::emitted;

fn has(text: &str, src: &str, tgt: &str, code: &str) -> bool {
    emitted(text)
        .iter()
        .any(|(s, t, c)| s.starts_with(src) && t.starts_with(tgt) && c.starts_with(code))
}

#[test]
fn a_quoted_verb_after_its_subject_or_modal_is_coded() {
    for (text, src, tgt, code) in [
        (
            "Norway said it \"condemns\" Iran's seizure of the tanker.",
            "NOR",
            "IRN",
            "11",
        ),
        (
            "Chile said they \"strongly oppose\" Peru's claim to the islands.",
            "CHL",
            "PER",
            "11",
        ),
    ] {
        assert!(has(text, src, tgt, code), "{text}: {:?}", emitted(text));
    }
}

#[test]
fn not_tolerating_an_act_is_a_threat_and_tolerating_a_concession() {
    let text = "Ghana said it would \"not tolerate\" any Togolese attempt to seize the islands.";
    assert!(has(text, "GHA", "TGO", "130"), "{:?}", emitted(text));
    assert!(!has(text, "GHA", "TGO", "124"), "{:?}", emitted(text));
    let text = "Ghana will not tolerate Togolese incursions on its border.";
    assert!(has(text, "GHA", "TGO", "130"), "{:?}", emitted(text));
    let text = "Ghana tolerated Togolese traders at the border for years.";
    assert!(!has(text, "GHA", "TGO", "13"), "{:?}", emitted(text));
}

#[test]
fn a_warning_with_no_named_party_takes_no_adversary_from_an_earlier_clash() {
    let story = "Russian troops shelled a Georgian village on Monday. ";
    let text =
        format!("{story}Georgia said it will not tolerate foreign interference in its elections.");
    assert!(!has(&text, "GEO", "RUS", "13"), "{:?}", emitted(&text));
    // a threat of the speaker's own act still answers the clash
    let text = format!("{story}Georgia warned that it would retaliate.");
    assert!(has(&text, "GEO", "RUS", "13"), "{:?}", emitted(&text));
}
