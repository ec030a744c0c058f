//! Lead acts whose verb takes a particle (branch recall41): a summons phrased "called in",
//! a handover with the particle split from its verb; invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 4] = [
    ("Kenya", "KEN", Location),
    ("Uganda's ambassador", "UGAGOV", Person),
    ("Uganda", "UGA", Location),
    ("Ugandan police", "UGACOP", Organisation),
];

/// Does any event aim at one of Uganda's actors?
fn aims_at_uganda(evs: &[CodedEvent]) -> bool {
    triples(evs).iter().any(|(_, t, _)| t.starts_with("UGA"))
}

#[test]
fn an_envoy_called_in_is_summoned() {
    let evs = run("Kenya called in Uganda's ambassador on Monday.", &ACTORS);
    assert!(has(&evs, "KEN", "UGAGOV", "110"), "{:?}", triples(&evs));
}

#[test]
fn a_state_calling_in_its_own_envoy_protests_at_no_one() {
    // contrast: the envoy is the caller's own, the host state is no target
    let evs = run(
        "Kenya called in its ambassador to Uganda for consultations.",
        &ACTORS,
    );
    assert!(!aims_at_uganda(&evs), "{:?}", triples(&evs));
}

#[test]
fn persons_handed_over_to_police_split_by_their_object() {
    let evs = run(
        "Kenya handed the two suspects over to Ugandan police on Monday.",
        &ACTORS,
    );
    assert!(has(&evs, "KEN", "UGACOP", "063"), "{:?}", triples(&evs));
}

#[test]
fn a_thing_handed_over_to_no_actor_codes_nothing() {
    // contrast: the one handed to is no actor
    let evs = run("Kenya handed the keys over to the new owner.", &ACTORS);
    assert!(evs.is_empty(), "{:?}", triples(&evs));
}
