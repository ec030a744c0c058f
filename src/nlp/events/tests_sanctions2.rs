//! Branch sanctions2: a measure against another state whose phrase names no target takes
//! the one other side its clause offers (`offered_partner`), and the lower ranks of a
//! mission expelled are diplomats sent home (166), not deported private persons (174).
use super::tests::{pair, pairs_coded};
use super::*;
use EntityType::*;

/// The (source, target) pairs coded under `root` that have a target: a measure left with
/// none is coded but never an event.
fn partners(text: &str, actors: &[(&str, &str, EntityType)], root: &str) -> Vec<(String, String)> {
    let mut coded = pairs_coded(text, actors, root);
    coded.retain(|(_, t)| !t.is_empty());
    coded
}

#[test]
fn a_recall_takes_the_one_other_state_of_its_clause() {
    let recalled = partners(
        "Chile recalled its ambassador for consultations after Bolivia's court rejected the request.",
        &[("Chile", "CHL", Location), ("Bolivia", "BOL", Location)],
        "161",
    );
    assert_eq!(recalled, [pair("CHL", "BOL")]);
}

#[test]
fn a_recall_with_two_other_states_in_its_clause_takes_neither() {
    let recalled = partners(
        "Chile recalled its ambassador for consultations after Bolivia's court rejected Peru's request.",
        &[
            ("Chile", "CHL", Location),
            ("Bolivia", "BOL", Location),
            ("Peru", "PER", Location),
        ],
        "16",
    );
    assert!(recalled.is_empty(), "{recalled:?}");
}

#[test]
fn a_domestic_licence_revoked_gets_no_foreign_target() {
    // Only `offered_partner`'s side of it: with no other state in the article there is none
    // to take. With one named in an earlier sentence ("Chile and Peru held talks …"), the
    // story-level guess (`sole_partner`) is vetoed by the domestic object (`domestic.rs`,
    // tested in tests_domestic2).
    let revoked = partners(
        "Chile revoked the licence of a local radio station on Monday.",
        &[("Chile", "CHL", Location)],
        "16",
    );
    assert!(revoked.is_empty(), "{revoked:?}");
}

#[test]
fn an_attache_expelled_is_a_diplomatic_expulsion() {
    let expelled = pairs_coded(
        "Hungary expelled Russia's military attaché on Monday.",
        &[("Hungary", "HUN", Location), ("Russia", "RUS", Location)],
        "166",
    );
    assert_eq!(expelled, [pair("HUN", "RUS")]);
}

#[test]
fn a_counsellor_expelled_is_a_diplomatic_expulsion() {
    let expelled = pairs_coded(
        "Ghana expelled a counsellor at Togo's embassy on Tuesday.",
        &[("Ghana", "GHA", Location), ("Togo", "TGO", Location)],
        "166",
    );
    assert_eq!(expelled, [pair("GHA", "TGO")]);
}
