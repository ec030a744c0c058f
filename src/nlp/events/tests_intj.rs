//! A sentence-opening country the tagger reads as an interjection or an adverb ("Norway,"
//! as "No,"), which left its verb with no subject (branch intj); invented sentences.
use super::tests::{has_code, run, triples, FOUR_STATES};

#[test]
fn an_opening_name_before_an_apposition_is_the_source() {
    let evs = run(
        "Norway, an old friend of Ghana, urged Peru to release the crew.",
        &FOUR_STATES,
    );
    let tr = triples(&evs);
    assert!(
        tr.iter().any(|(s, t, _)| s == "NOR" && t == "PER"),
        "{tr:?}"
    );
    assert!(!tr.iter().any(|(s, _, _)| s == "GHA"), "{tr:?}");
}

#[test]
fn an_opening_name_before_a_relative_clause_is_the_source() {
    let evs = run(
        "Norway, which shares a long sea border with Ghana, accused Chile of spying.",
        &FOUR_STATES,
    );
    assert!(has_code(&evs, "NOR", "CHL", "112"), "{:?}", triples(&evs));
}
