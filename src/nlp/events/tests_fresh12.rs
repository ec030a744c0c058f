//! What a twelfth blind batch showed (branch fresh12); invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 4] = [
    ("Kenya", "KEN", Location),
    ("Uganda", "UGA", Location),
    ("Kenya's president", "KENGOV", Person),
    ("parliament", "KENLEG", Organisation),
];

#[test]
fn a_framework_signed_by_two_states_is_an_agreement_both_ways() {
    let evs = run(
        "Kenya and Uganda signed a fisheries framework on Monday.",
        &ACTORS,
    );
    assert!(has(&evs, "KEN", "UGA", "057"), "{:?}", triples(&evs));
    assert!(has(&evs, "UGA", "KEN", "057"), "{:?}", triples(&evs));
}

#[test]
fn the_body_a_reply_is_given_in_is_not_its_addressee() {
    let evs = run(
        "Kenya's president rejected the criticism in parliament on Friday.",
        &ACTORS,
    );
    assert!(
        !evs.iter()
            .any(|e| e.target.as_ref().is_some_and(|t| t.actor.code == "KENLEG")),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_state_criticised_in_parliament_is_still_the_target() {
    // contrast: the object names the party; the venue only says where
    let evs = run(
        "Kenya's president criticised Uganda in parliament on Friday.",
        &ACTORS,
    );
    assert!(has(&evs, "KENGOV", "UGA", "111"), "{:?}", triples(&evs));
}
