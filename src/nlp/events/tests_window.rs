//! The word window after the verb passes a participle or adjective the parse puts before
//! its noun: no clause of its own (issue 8, branch window2). Invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 2] = [
    ("Freedonia", "FRE", Location),
    ("Ruritania", "RUR", Location),
];

#[test]
fn a_participle_before_the_object_noun_does_not_end_the_window() {
    for (text, code) in [
        (
            "Freedonia transferred thirty suspected smugglers to Ruritania on Monday.",
            "063",
        ),
        (
            "Freedonia closed its three remaining border crossings with Ruritania.",
            "172",
        ),
    ] {
        let evs = run(text, &ACTORS);
        assert!(has(&evs, "FRE", "RUR", code), "{text}: {:?}", triples(&evs));
    }
}

/// "as" before a noun phrase is a preposition (the parse's `case`), not a subordinator that
/// starts a clause: the dictionaries' "* (AS …)" patterns read past it (issue 8, branch
/// quad4).
#[test]
fn as_before_a_noun_phrase_does_not_end_the_window() {
    for text in [
        "Freedonia held Ruritania's border guards as human shields near the river.",
        "Freedonia used Ruritania's fishermen as a human shield during the raid.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(
            has(&evs, "FRE", "RUR", "184"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

/// "as" that opens a clause still ends the window: "held talks with Ruritania as the
/// fighting went on" codes the talks, not an act read past "as".
#[test]
fn as_opening_a_clause_still_ends_the_window() {
    let text = "Freedonia held talks with Ruritania as human rights groups protested.";
    let evs = run(text, &ACTORS);
    assert!(has(&evs, "FRE", "RUR", "040"), "{:?}", triples(&evs));
}

/// A bare weekday after the object ("summoned the ambassador Monday", wire style) leaves the
/// noun the pattern names a noun; only a preposition before a date is read as the date's
/// (issue 8, branch quad4).
#[test]
fn a_bare_weekday_after_the_object_keeps_the_pattern() {
    let text = "Freedonia summoned Ruritania's ambassador Monday over the border dispute.";
    let evs = run(text, &ACTORS);
    let summoned = triples(&evs)
        .into_iter()
        .any(|(s, t, c)| s == "FRE" && t.starts_with("RUR") && c == "110");
    assert!(summoned, "{:?}", triples(&evs));
}
