//! Calls for a release with no addressee in the clause (issue 8, branch recall78): the call
//! goes to whoever took the people, the author of the detention told before it. Invented
//! sentences.
use super::tests::{has_root, run, triples};
use super::*;
use EntityType::*;

const PARTIES: [(&str, &str, EntityType); 3] = [
    ("Togolese police", "TGOCOP", Organisation),
    ("Ghana", "GHA", Location),
    ("Ghanaian police", "GHACOP", Organisation),
];

/// "X detained a journalist … Y demanded that he be freed": the demand is addressed to the
/// detainer, though the clause names no one.
#[test]
fn a_release_demand_goes_to_the_told_detainer() {
    let evs = run(
        "Togolese police detained a freelance journalist near the border on Monday. Ghana \
         demanded that he be freed.",
        &PARTIES,
    );
    assert!(has_root(&evs, "GHA", "TGOCOP", "10"), "{:?}", triples(&evs));
}

/// With no detention told before the call, it stays without a target (no event).
#[test]
fn a_release_demand_with_no_told_detainer_has_no_target() {
    let evs = run(
        "Ghana demanded on Monday that the journalist be freed.",
        &PARTIES,
    );
    assert!(
        !evs.iter().any(|e| e.path.contains(super::told::HELD)),
        "{:?}",
        triples(&evs)
    );
}

/// The caller's own police took the man: the call is no demand on another side.
#[test]
fn a_release_demand_after_the_callers_own_detention_has_no_target() {
    let evs = run(
        "Ghanaian police detained a freelance journalist on Monday. Ghana demanded that he be \
         freed.",
        &PARTIES,
    );
    assert!(
        !evs.iter().any(|e| e.path.contains(super::told::HELD)),
        "{:?}",
        triples(&evs)
    );
}
