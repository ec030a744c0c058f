//! Branch dateline2: a "CITY (Agency) —" dateline is no antecedent. The sentence the
//! next "It" looks back to is parsed without its dateline, so its subject is the body
//! that acts, not the dateline's city (read as its country).

use super::tests::{actor_of_nth, events};

#[test]
fn it_after_a_datelined_lead_is_the_leads_subject_not_the_datelines_country() {
    let text = "BRUSSELS (Wire) — The European Union met on Monday. \
                It urged Russia to withdraw its troops.";
    assert_eq!(actor_of_nth(text, "It", 0).as_deref(), Some("IGOEUREEC"));
    let evs = events(text);
    assert!(!evs.iter().any(|(s, _, _)| s.starts_with("BEL")), "{evs:?}");
    let text = "GENEVA (Wire) — NATO held talks on Monday. It warned Iran against new tests.";
    assert_eq!(actor_of_nth(text, "It", 0).as_deref(), Some("IGOWSTNAT"));
}

#[test]
fn it_after_a_datelined_lead_with_a_state_subject_is_still_that_state() {
    // the dateline's own state as the subject keeps its reading
    let text = "OSLO (Wire) — Norway closed a border post on Monday. \
                It accused Russia of sending migrants.";
    assert_eq!(actor_of_nth(text, "It", 0).as_deref(), Some("NOR"));
    // another state as the subject: that state, not the dateline's
    let text = "CAIRO (Wire) — Sudan recalled its envoy on Monday. \
                It accused Chad of arming rebels.";
    assert_eq!(actor_of_nth(text, "It", 0).as_deref(), Some("SDN"));
}

#[test]
fn it_after_a_lead_of_a_person_is_not_the_datelines_country() {
    // a person as the subject leaves "It" unresolved, the dateline does not stand in
    let text = "ROME (Wire) — The pope met refugees on Sunday. It praised Italy for its help.";
    assert_ne!(actor_of_nth(text, "It", 0).as_deref(), Some("ITA"));
}
