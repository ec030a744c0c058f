//! Branch targets3: a later conjunct's demand, warning or accusation with no target of its own
//! is put to the one other party its first conjunct's clause names (`vp_events/coordinated`).
//! Invented sentences.
use super::tests::pairs_coded;
use super::*;
use EntityType::*;

#[test]
fn a_demand_after_blame_goes_to_the_blamed_state() {
    let demands = pairs_coded(
        "Ghana said it held Togo responsible for the raid and demanded an inquiry.",
        &[("Ghana", "GHA", Location), ("Togo", "TGO", Location)],
        "10",
    );
    assert!(
        demands.iter().any(|(s, t)| s == "GHA" && t == "TGO"),
        "{demands:?}"
    );
}

#[test]
fn two_other_sides_give_the_demand_no_target() {
    let demands = pairs_coded(
        "Ghana said it held Togo and Benin responsible for the raid and demanded an inquiry.",
        &[
            ("Ghana", "GHA", Location),
            ("Togo", "TGO", Location),
            ("Benin", "BEN", Location),
        ],
        "10",
    );
    assert!(
        demands.iter().all(|(_, t)| t != "TGO" && t != "BEN"),
        "{demands:?}"
    );
}

#[test]
fn a_city_naming_a_treaty_is_no_party() {
    let demands = pairs_coded(
        "Ghana said the Lome accord had been broken and demanded new talks.",
        &[("Ghana", "GHA", Location), ("Lome", "TGO", Location)],
        "10",
    );
    assert!(demands.iter().all(|(_, t)| t != "TGO"), "{demands:?}");
}
