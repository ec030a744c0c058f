//! A state's own account of another's forces on its soil, with no verb of accusing (issue 8,
//! branch incursions). Invented sentences.
use super::tests::{has_root, run, triples};
use super::*;
use EntityType::*;

const PARTIES: [(&str, &str, EntityType); 2] =
    [("Norway", "NOR", Location), ("Peru", "PER", Location)];

/// "intruded into its waters" is a wrong in itself, as "trespassed" is: the speaker accuses
/// the intruder, never the other way round.
#[test]
fn a_reported_intrusion_accuses_the_intruder() {
    let evs = run(
        "Norway said a Peru patrol boat had intruded into its waters near the islands.",
        &PARTIES,
    );
    assert!(has_root(&evs, "NOR", "PER", "112"), "{:?}", triples(&evs));
    assert!(!has_root(&evs, "PER", "NOR", "112"), "{:?}", triples(&evs));
}

/// A denial of the intrusion clears the boat's side: no accusation.
#[test]
fn a_denied_intrusion_accuses_no_one() {
    let evs = run(
        "Norway denied that its patrol boat had intruded into Peru waters.",
        &PARTIES,
    );
    assert!(!has_root(&evs, "NOR", "PER", "112"), "{:?}", triples(&evs));
    assert!(!has_root(&evs, "PER", "NOR", "112"), "{:?}", triples(&evs));
}
