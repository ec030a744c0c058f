//! Events carried by a noun and a past participle (branch recall10): "the talks hosted by
//! X between A and B", "the aid pledged by X to Y", where the parse hangs the phrase after
//! the `by` agent under the agent's name; invented text.
use super::tests::has_root as has;
use super::tests::{run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 3] = [
    ("Freedonia", "FRE", Location),
    ("Ruritania", "RUR", Location),
    ("Sylvania", "SYL", Location),
];

#[test]
fn a_truce_mediated_by_a_state_between_two_others_is_mediation_with_both() {
    let evs = run(
        "A truce mediated by Sylvania between Freedonia and Ruritania took effect on Sunday.",
        &ACTORS,
    );
    assert!(has(&evs, "SYL", "FRE", "04"), "{:?}", triples(&evs));
    assert!(has(&evs, "SYL", "RUR", "04"), "{:?}", triples(&evs));
}

#[test]
fn aid_pledged_by_a_state_to_another_targets_the_recipient() {
    let evs = run(
        "The aid pledged by Sylvania to Freedonia will arrive next month.",
        &ACTORS,
    );
    assert!(
        triples(&evs)
            .iter()
            .any(|(s, t, _)| s == "SYL" && t == "FRE"),
        "{:?}",
        triples(&evs)
    );
}

/// The host of talks after which the clause's subjects acted consults both of them; they
/// did not visit the host (no reverse 042 of the host's 043).
#[test]
fn talks_hosted_by_a_third_state_before_two_signed_involve_both() {
    let evs = run(
        "Freedonia and Ruritania signed a border accord on Monday after talks hosted by Sylvania.",
        &ACTORS,
    );
    assert!(has(&evs, "SYL", "FRE", "04"), "{:?}", triples(&evs));
    assert!(has(&evs, "SYL", "RUR", "04"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FRE", "SYL", "042"), "{:?}", triples(&evs));
    assert!(!has(&evs, "RUR", "SYL", "042"), "{:?}", triples(&evs));
}

/// Talks "after" which the parties agreed to act took place, although the clause the
/// adjunct hangs in is the complement of "agreed".
#[test]
fn talks_hosted_before_an_agreement_to_act_are_asserted() {
    let evs = run(
        "Freedonia and Ruritania agreed on Wednesday to set aside a dispute over a naval base, \
         after talks in Ankara hosted by Sylvania.",
        &ACTORS,
    );
    assert!(has(&evs, "SYL", "FRE", "04"), "{:?}", triples(&evs));
    assert!(has(&evs, "SYL", "RUR", "04"), "{:?}", triples(&evs));
}

/// The `by` phrase of an event noun is its agent, and the destination the parse hangs
/// under the agent's name is the noun's target.
#[test]
fn a_visit_by_a_state_to_another_is_a_visit() {
    let evs = run(
        "Trade rose after a visit by Sylvania to Freedonia.",
        &ACTORS,
    );
    assert!(has(&evs, "SYL", "FRE", "042"), "{:?}", triples(&evs));
}
