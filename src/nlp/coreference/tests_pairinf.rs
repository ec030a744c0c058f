//! A pair's commitment to an act of its own (branch pairinf): "the two leaders agreed to
//! form a joint force" is each member's agreement with the other, not a threat to a force
//! the object names; an object that is no state ("armed groups", "army officers") is what
//! they agreed on, not the partner. A third state named as the object keeps its reading.
//! Through the whole pipeline, on invented sentences.

use super::tests::events;

const MET: &str = "Kenya's president met Uganda's president in Kampala on Monday.";

/// An event from a code of `a`'s country to one of `b`'s whose CAMEO starts with `root`.
fn has_country_event(evs: &[(String, String, String)], a: &str, b: &str, root: &str) -> bool {
    evs.iter()
        .any(|(s, t, c)| s.starts_with(a) && t.starts_with(b) && c.starts_with(root))
}

fn agree_both_ways(evs: &[(String, String, String)]) -> bool {
    has_country_event(evs, "KEN", "UGA", "03") && has_country_event(evs, "UGA", "KEN", "03")
}

fn any_threat(evs: &[(String, String, String)]) -> bool {
    evs.iter().any(|(_, _, c)| c.starts_with("13"))
}

#[test]
fn a_pair_committing_to_a_joint_armed_body_agrees_with_each_other() {
    for next in [
        "The two leaders agreed to form a joint force of soldiers to guard the lake.",
        "Both sides pledged to deploy joint patrols along the border.",
        "The two leaders agreed to set up a joint team of army officers.",
    ] {
        let text = format!("{MET} {next}");
        let evs = events(&text);
        assert!(agree_both_ways(&evs), "{text}: {evs:?}");
        assert!(!any_threat(&evs), "{text}: {evs:?}");
    }
}

#[test]
fn coordinated_states_committing_to_a_joint_armed_body_agree_too() {
    let text = "Kenya and Uganda agreed on Friday to set up a joint team of army officers.";
    let evs = events(text);
    assert!(agree_both_ways(&evs), "{text}: {evs:?}");
    assert!(!any_threat(&evs), "{text}: {evs:?}");
}

#[test]
fn an_object_naming_no_state_is_the_content_not_the_partner() {
    let text = format!("{MET} The two countries agreed to share intelligence on armed groups.");
    let evs = events(&text);
    assert!(agree_both_ways(&evs), "{text}: {evs:?}");
}

#[test]
fn a_third_state_against_whom_a_pair_vows_force_keeps_the_threat() {
    let text = format!("{MET} The two leaders vowed to send troops against Somalia.");
    let evs = events(&text);
    assert!(
        has_country_event(&evs, "KEN", "SOM", "13"),
        "{text}: {evs:?}"
    );
    assert!(!agree_both_ways(&evs), "{text}: {evs:?}");
}
