//! Targets the act implies (branch implicit3): a name inside a time adjunct is no party of
//! the act; a call for the release of people is addressed to whoever holds them. Invented
//! sentences.
use super::tests::has_root as has;
use super::tests::{run, targets_of, triples};
use super::*;
use EntityType::*;

/// "during the French minister's visit" says when the objection was made, not to whom.
#[test]
fn a_name_inside_a_during_phrase_is_no_target() {
    let evs = run(
        "Portugal and Greece had opposed a wider embargo during the French minister's visit, \
         diplomats said.",
        &[
            ("Portugal", "PRT", Location),
            ("Greece", "GRC", Location),
            ("French minister", "FRAGOV", Person),
        ],
    );
    for src in ["PRT", "GRC"] {
        let t = targets_of(&evs, src);
        assert!(t.iter().all(|t| t != "FRAGOV"), "{:?}", triples(&evs));
    }
}

/// "before the summit in Peru": the summit's place is no party of the protest.
#[test]
fn a_place_inside_a_before_phrase_is_no_target() {
    let evs = run(
        "Chile protested before the summit in Peru, officials said.",
        &[("Chile", "CHL", Location), ("Peru", "PER", Location)],
    );
    let t = targets_of(&evs, "CHL");
    assert!(t.iter().all(|t| t != "PER"), "{:?}", triples(&evs));
}

/// A party named as the verb's own oblique is still found ("protested to Peru").
#[test]
fn a_target_oblique_is_still_the_target() {
    let evs = run(
        "Chile protested to Peru before the summit, officials said.",
        &[("Chile", "CHL", Location), ("Peru", "PER", Location)],
    );
    assert!(
        targets_of(&evs, "CHL").contains(&"PER".to_string()),
        "{:?}",
        triples(&evs)
    );
}

/// The release is demanded of the state whose police made the arrest.
#[test]
fn a_release_call_targets_the_holder_of_the_detained() {
    let evs = run(
        "Kosovo police arrested a Serbian official on Monday. Belgrade demanded his \
         immediate release.",
        &[
            ("Kosovo police", "KSVCOP", Organisation),
            ("Serbian", "SRB", Nationality),
            ("Belgrade", "SRB", Location),
        ],
    );
    assert!(has(&evs, "SRB", "KSVCOP", "1053"), "{:?}", triples(&evs));
}

/// With no earlier detention by another state, the call keeps no invented addressee.
#[test]
fn a_release_call_with_no_detention_before_stays_unaddressed() {
    let evs = run(
        "Kosovo police questioned a Serbian official on Monday. Belgrade demanded his \
         immediate release.",
        &[
            ("Kosovo police", "KSVCOP", Organisation),
            ("Serbian", "SRB", Nationality),
            ("Belgrade", "SRB", Location),
        ],
    );
    assert!(!has(&evs, "SRB", "KSVCOP", "1053"), "{:?}", triples(&evs));
}
