//! Trigger senses a fifth blind batch showed (branch fresh5); invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 2] =
    [("Ghana", "GHA", Location), ("Togo", "TGO", Location)];

#[test]
fn passing_through_a_country_approves_nothing() {
    let evs = run("Ghana's convoy passed through Togo on Monday.", &ACTORS);
    assert!(!has(&evs, "GHA", "TGO", "080"), "{:?}", triples(&evs));
}

#[test]
fn passing_a_plan_still_approves_it() {
    // the movement patterns leave the CAMEO default of "pass" to other objects
    let evs = run("Ghana passed the plan proposed by Togo.", &ACTORS);
    assert!(
        evs.iter()
            .any(|e| e.cameo.starts_with("03") || e.cameo.starts_with("08")),
        "{:?}",
        triples(&evs)
    );
}
