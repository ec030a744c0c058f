//! Material acts in non-finite or nominal form (branch actforms); invented sentences.
use super::tests::has_root;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

#[test]
fn an_accepted_invitation_to_visit_meets_the_host() {
    let actors = [
        ("Kenya's foreign minister", "KENGOV", Person),
        ("Ethiopia", "ETH", Location),
    ];
    let text = "Kenya's foreign minister accepted an invitation to visit Ethiopia next month.";
    let evs = run(text, &actors);
    assert!(has_root(&evs, "KENGOV", "ETH", "03"), "{:?}", triples(&evs));
}

#[test]
fn an_invitation_to_travel_to_a_state_names_it() {
    let actors = [("Chile", "CHL", Location), ("Peru", "PER", Location)];
    let text = "Chile has accepted an invitation to travel to Peru in May.";
    let evs = run(text, &actors);
    assert!(has_root(&evs, "CHL", "PER", "03"), "{:?}", triples(&evs));
}

#[test]
fn an_invitation_for_another_party_to_visit_is_not_the_subjects_journey() {
    let actors = [
        ("Chile", "CHL", Location),
        ("Peru", "PER", Location),
        ("Bolivia", "BOL", Location),
    ];
    let text = "Chile welcomed an invitation for Peru to visit Bolivia.";
    let evs = run(text, &actors);
    assert!(
        !triples(&evs)
            .iter()
            .any(|(s, t, _)| s == "CHL" && t == "BOL"),
        "{:?}",
        triples(&evs)
    );
}
