//! Branch quad2, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): agreeing to lift a ban, an embargo or sanctions the source
//! holds (CAMEO 0351, 0354) is one-sided when the trigger's object is such a measure and the
//! clause names no other placed party, as a refusal to lift one (124, branch quad20); and
//! deporting or expelling fighters or a bomber is an expulsion (174), not a stand-down of
//! aircraft (0873).
use super::test_support::{emitted, untargeted};

#[test]
fn a_measure_promised_lifted_needs_no_target() {
    for (text, src, code) in [
        (
            "Chile agreed to lift its embargo on arms sales.",
            "CHL",
            "035",
        ),
        (
            "Ecuador agreed to lift the ban on shrimp imports.",
            "ECU",
            "035",
        ),
    ] {
        assert!(untargeted(text, src, code), "{text}: {:?}", emitted(text));
    }
}

#[test]
fn another_object_or_a_named_party_keeps_the_easing_targeted() {
    // "the fine" is no measure held; Paraguay (a state) and the Peruvian goods name whom
    // the ban or the sanctions fell on: the addressee the coder missed
    for (text, src) in [
        (
            "Uruguay agreed to lift sanctions to bring Paraguay back to the talks.",
            "URY",
        ),
        ("Ecuador agreed to lift the ban on Peruvian shrimp.", "ECU"),
        ("Bolivia agreed to lift the fine.", "BOL"),
    ] {
        assert!(!untargeted(text, src, "03"), "{text}: {:?}", emitted(text));
    }
}

#[test]
fn deporting_fighters_or_a_bomber_is_an_expulsion() {
    for text in [
        "Norway deported a convicted bomber to Chile on Friday.",
        "Norway expelled six foreign fighters to Chile.",
    ] {
        let evs = emitted(text);
        assert!(
            evs.iter()
                .any(|(s, _, c)| s.starts_with("NOR") && c == "174"),
            "{text}: {evs:?}"
        );
        assert!(
            !evs.iter().any(|(_, _, c)| c.starts_with("087")),
            "{text}: {evs:?}"
        );
    }
}
