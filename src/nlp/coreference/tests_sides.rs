//! "both sides" from the discourse (branch recall11): a government and the armed group it
//! fights in a domestic story, and the addressee of an appeal that is not its own subject.
//! Invented articles.
use super::tests::{actor_of_nth, events};

const DOMESTIC: &str = "Colombian President Gustavo Petro suspended talks with the ELN on Monday. \
    Petro said the ELN had attacked villages in the north. The ELN denied the charge. \
    Cuba and Norway urged both sides to return to the table.";

#[test]
fn both_sides_of_a_domestic_story_are_its_government_and_the_rebels() {
    assert_eq!(
        actor_of_nth(DOMESTIC, "both sides", 0).as_deref(),
        Some("COLGOV/COLREB")
    );
    let ev = events(DOMESTIC);
    for (src, tgt) in [("CUB", "COLGOV"), ("NOR", "COLREB")] {
        assert!(
            ev.iter().any(|e| e.0 == src && e.1 == tgt && e.2 == "020"),
            "{src} -> {tgt}: {ev:?}"
        );
    }
}

#[test]
fn the_subject_of_an_appeal_is_not_the_sides_it_addresses() {
    // without a domestic pair, the appealing states are still not "both sides"
    let text = "Cuba and Norway urged both sides to return to the table.";
    assert_ne!(
        actor_of_nth(text, "both sides", 0).as_deref(),
        Some("CUB/NOR")
    );
    // a list that is not the appeal's subject stays the antecedent
    let text = "Armenia and Azerbaijan met in Geneva, and both sides agreed to meet again.";
    assert_eq!(
        actor_of_nth(text, "both sides", 0).as_deref(),
        Some("ARM/AZE")
    );
}

#[test]
fn two_states_at_war_are_not_a_domestic_pair() {
    // two states named alike: the sides are the states, not one government and its rebels
    let text = "Ethiopia accused Eritrea of arming the TPLF. Eritrea denied arming the TPLF. \
        Ethiopia and Eritrea traded fire on the border. Kenya urged both sides to stop.";
    assert_eq!(
        actor_of_nth(text, "both sides", 0).as_deref(),
        Some("ETH/ERI")
    );
}
