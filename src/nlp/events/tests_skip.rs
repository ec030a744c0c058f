//! `^` in an operator's verb patterns: the noun phrase it stands for is passed over, so the
//! pattern's next element (often the target) is looked for after it.

use super::tests::{run_with_verbs, triples};
use super::*;
use EntityType::*;

/// Codes `text` with the built-in dictionaries plus one operator verb file `dict`.
fn code_with(
    dict: &str,
    name: &str,
    text: &str,
    actors: &[(&str, &str, EntityType)],
) -> Vec<(String, String, String)> {
    triples(&run_with_verbs(dict, &format!("skip-{name}"), text, actors))
}

const FEAST: &str = "--- FEAST [040] ---\nFEAST\n- * IN ^ +  [045]\n";

const ACTORS: [(&str, &str, EntityType); 3] = [
    ("Peru", "PER", Location),
    ("Ecuador", "ECU", Location),
    ("Chile", "CHL", Location),
];

#[test]
fn a_skipped_place_is_not_the_target() {
    let tr = code_with(
        FEAST,
        "place",
        "Peru feasted in Ecuador with Chile on Monday.",
        &ACTORS,
    );
    let hit = |t: &str| tr.iter().any(|x| x.0 == "PER" && x.1 == t && x.2 == "045");
    assert!(hit("CHL"), "{tr:?}");
    assert!(!hit("ECU"), "{tr:?}");
}

#[test]
fn a_skipped_phrase_without_a_name_is_passed_over_too() {
    let tr = code_with(
        FEAST,
        "noun",
        "Peru feasted in the capital with Chile on Monday.",
        &ACTORS,
    );
    assert!(
        tr.iter()
            .any(|x| x.0 == "PER" && x.1 == "CHL" && x.2 == "045"),
        "{tr:?}"
    );
}

#[test]
fn the_skipped_phrase_must_be_there_for_the_pattern_to_match() {
    // "in Ecuador" ends the sentence: nothing follows the skipped phrase for `+`.
    let tr = code_with(
        FEAST,
        "none",
        "Peru feasted with Chile in Ecuador.",
        &ACTORS,
    );
    assert!(!tr.iter().any(|x| x.2 == "045"), "{tr:?}");
}
