//! Branch passive2: an armed act told with no author (a passive with no agent, a weapon for
//! subject) takes as its source the force that claims the same act in a later sentence, never
//! one that merely mentions it (`events/claimed.rs`); invented sentences.
use super::test_support::{emitted, has};

#[test]
fn a_weapon_subject_takes_the_author_that_claims_the_strike_later() {
    let text = "A drone strike killed seven Ghanaian gold miners near the border on Tuesday.\n\n\
                Burkina Faso's army said in a statement that its drones had struck a base of armed groups near the border.";
    let evs = emitted(text);
    assert!(has(&evs, "BFA", "GHA", "19"), "{evs:?}");
}

#[test]
fn a_passive_with_no_agent_takes_the_author_that_claims_it_later() {
    let text = "Five Malian soldiers were killed in an air strike near the border on Tuesday.\n\n\
                The Algerian army said it had struck a convoy of smugglers near the border.";
    let evs = emitted(text);
    assert!(has(&evs, "DZA", "MLI", "19"), "{evs:?}");
}

#[test]
fn no_claim_or_a_claim_of_another_act_leaves_the_author_unknown() {
    // a mere mention of the army is no claim
    let text = "Five Malian soldiers were killed in an air strike near the border on Tuesday.\n\n\
                The Algerian army said it was investigating the incident.";
    let evs = emitted(text);
    assert!(!has(&evs, "DZA", "MLI", ""), "{evs:?}");
    // a claim of another act family ("arrested") names another act
    let text = "Five Malian soldiers were killed in an air strike near the border on Tuesday.\n\n\
                The Algerian army said it had arrested three smugglers near the border.";
    let evs = emitted(text);
    assert!(!has(&evs, "DZA", "MLI", "19"), "{evs:?}");
}

#[test]
fn claims_by_two_sides_leave_the_author_unknown() {
    let text = "Five Malian soldiers were killed in an air strike near the border on Tuesday.\n\n\
                The Algerian army said it had struck a convoy of smugglers near the border. \
                Niger's army said its jets had struck a camp of armed groups in the same area.";
    let evs = emitted(text);
    assert!(!has(&evs, "DZA", "MLI", "19"), "{evs:?}");
    assert!(!has(&evs, "NER", "MLI", "19"), "{evs:?}");
}
