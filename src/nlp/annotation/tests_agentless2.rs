//! Branch agentless2: an armed act with a weapon or act noun for subject inside an "after"
//! clause ("… after an air strike killed …") is kept while no source is known, so a later
//! claim can name its author (`events/claimed.rs`); with no claim, or claims by two sides, it
//! stays off the events; the weapon's adjective names its state; invented sentences.
use super::test_support::{emitted, has};

/// A recall over herders killed by an air strike, then `then` as the next paragraph.
fn story(then: &str) -> String {
    format!(
        "Ghana withdrew its envoy from Burkina Faso on Friday after an air strike killed nine \
         Ghanaian herders inside Burkinabe territory.\n\n{then}"
    )
}

#[test]
fn a_weapon_subject_after_a_recall_takes_the_force_that_claims_it() {
    let evs = emitted(&story(
        "Burkina Faso's army said in a statement that its jets had struck a camp of armed \
         bandits near the frontier.",
    ));
    assert!(has(&evs, "BFA", "GHA", "19"), "{evs:?}");
    assert!(has(&evs, "GHA", "BFA", "16"), "the recall stays: {evs:?}");
}

#[test]
fn a_weapon_subject_with_no_claim_gives_no_event() {
    let evs = emitted(&story(
        "Burkina Faso's army said it was looking into the reports.",
    ));
    assert!(!has(&evs, "BFA", "GHA", "19"), "{evs:?}");
    assert!(!has(&evs, "GHA", "GHA", "19"), "{evs:?}");
}

#[test]
fn claims_by_two_sides_leave_the_weapon_without_an_author() {
    let evs = emitted(&story(
        "Burkina Faso's army said in a statement that its jets had struck a camp of bandits. \
         Niger's army said its drones had struck a camp of bandits in the same area.",
    ));
    assert!(!has(&evs, "BFA", "GHA", "19"), "{evs:?}");
    assert!(!has(&evs, "NER", "GHA", "19"), "{evs:?}");
}

#[test]
fn the_adjective_of_the_weapon_names_its_state_in_a_subordinate_clause() {
    let text = "Lebanon protested to the United Nations after a Syrian missile hit a farm \
                and killed three Lebanese shepherds near Hermel.";
    let evs = emitted(text);
    assert!(has(&evs, "SYR", "LBN", "18"), "{evs:?}");
}
