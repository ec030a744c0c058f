//! Branch igoheads (the part merged): "the mission's head" is the officer of the UN mission in
//! focus when no earlier name holds the word "Mission"; a state's trade mission lends no
//! organisation.

use super::tests::events;

fn has_event(evs: &[(String, String, String)], source: &str, target: &str) -> bool {
    evs.iter()
        .any(|(s, t, _)| s.starts_with(source) && t.starts_with(target))
}

#[test]
fn the_missions_head_is_the_un_mission_in_focus() {
    let text = "The UN peacekeeping mission in the region said it had sent a team to the \
                border. The mission's head met Malian officers in Gao on Monday.";
    let evs = events(text);
    assert!(has_event(&evs, "IGOUNO", "MLI"), "{evs:?}");
}

#[test]
fn a_states_mission_has_no_organisation_for_its_head() {
    let text = "Sweden opened a trade mission in Nairobi last year. \
                The mission's head met Kenyan officials on Monday.";
    let evs = events(text);
    assert!(!evs.iter().any(|(s, _, _)| s.starts_with("IGO")), "{evs:?}");
}
