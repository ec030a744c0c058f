//! Declared backing: "stands behind Y", and a self-description as a partner (branch support2);
//! invented sentences.
use super::tests::{has_root, run, triples};
use EntityType::*;

use super::*;

#[test]
fn standing_behind_a_state_backs_it() {
    let actors = [("Ghana", "GHA", Location), ("Togo", "TGO", Location)];
    let evs = run(
        "Ghana said on Monday that it stands fully behind Togo.",
        &actors,
    );
    assert!(has_root(&evs, "GHA", "TGO", "051"), "{:?}", triples(&evs));
}

#[test]
fn a_real_passive_agent_stays_the_agent() {
    // contrast: with "was" the by-phrase is the actor
    let actors = [("Chile", "CHL", Location), ("Peru", "PER", Location)];
    let evs = run("Chile said its envoy was expelled by Peru.", &actors);
    assert!(!has_root(&evs, "CHL", "PER", "05"), "{:?}", triples(&evs));
}

#[test]
fn standing_by_a_plan_names_no_party() {
    let actors = [("Vietnam", "VNM", Location)];
    let evs = run("Vietnam said it stood by the peace plan.", &actors);
    let backed = triples(&evs)
        .into_iter()
        .any(|(_, t, c)| !t.is_empty() && c.starts_with("05"));
    assert!(!backed, "{:?}", triples(&evs));
}

#[test]
fn a_party_calling_itself_a_committed_partner_backs_no_one() {
    let actors = [("Oman", "OMN", Location), ("Yemen", "YEM", Location)];
    let evs = run(
        "Oman said it remained a committed partner of Yemen.",
        &actors,
    );
    assert!(!has_root(&evs, "OMN", "YEM", "05"), "{:?}", triples(&evs));
}
