//! Meetings told in noun phrases and participles (branch recall56), on invented sentences:
//! "the first state visit by X to Y", "following talks between A and B", "arrived in Y for
//! talks", and a partner read off an absolute "with" clause.

use super::tests::{actor_of_nth, events};

/// Is there a consultation (CAMEO 04x) from `s` to a target starting with `t`?
fn consults(evs: &[(String, String, String)], s: &str, t: &str) -> bool {
    evs.iter()
        .any(|(src, tgt, c)| src == s && tgt.starts_with(t) && c.starts_with("04"))
}

#[test]
fn state_before_the_noun_it_modifies_names_no_state() {
    let text = "Chile and Peru signed agreements on Thursday during the first state visit by \
                President Gabriel Boric to Lima.";
    assert_eq!(actor_of_nth(text, "the first state", 0), None);
    let evs = events(text);
    assert!(consults(&evs, "CHLGOV", "PER"), "{evs:?}");
    // the same head closing its phrase still stands for the state named before
    let text = "Chile cut ties with Peru on Monday, accusing the Andean state of spying.";
    assert_eq!(
        actor_of_nth(text, "the Andean state", 0).as_deref(),
        Some("PER")
    );
}

#[test]
fn talks_between_two_parties_are_theirs_not_the_clause_subjects() {
    let text = "Chile released eleven Peruvian fishermen on Monday, following talks in Lima \
                between the two countries' foreign ministers.";
    let evs = events(text);
    assert!(consults(&evs, "CHLGOV", "PERGOV"), "{evs:?}");
    assert!(consults(&evs, "PERGOV", "CHLGOV"), "{evs:?}");
    // talks with a partner and no "between": the clause's subject held them
    let evs = events("Chad signed the deal after talks with Niger.");
    assert!(consults(&evs, "TCD", "NER"), "{evs:?}");
}

#[test]
fn a_traveller_who_came_for_talks_consults_the_state_visited() {
    // the talks' own code (040), not a verb's visit (042)
    let talks = |evs: &[(String, String, String)]| {
        evs.iter()
            .any(|(s, t, c)| s == "CHLGOV" && t.starts_with("PER") && c == "040")
    };
    let evs = events("Chile's foreign minister arrived in Lima for talks on Monday.");
    assert!(talks(&evs), "{evs:?}");
    // a planned trip is no meeting yet (the verb's intended visit is coded apart), and a
    // trip for a funeral is no talks
    for text in [
        "Chile's foreign minister will fly to Lima for talks next week.",
        "Chile's foreign minister arrived in Lima for the funeral on Monday.",
    ] {
        let evs = events(text);
        assert!(!talks(&evs), "{text}: {evs:?}");
    }
}

#[test]
fn the_subject_of_an_absolute_with_clause_is_no_partner_of_the_talks() {
    let text = "Chilean and Peruvian negotiators held a round of talks in Quito on Sunday, with \
                Ecuador's foreign minister carrying messages between them.";
    let evs = events(text);
    assert!(consults(&evs, "CHLGOV", "PERGOV"), "{evs:?}");
    assert!(!consults(&evs, "CHLGOV", "ECU"), "{evs:?}");
    // a partner named by the talks themselves stays
    let text = "Chile held a round of talks with Peru on Sunday, with Ecuador's foreign minister \
                looking on.";
    let evs = events(text);
    assert!(consults(&evs, "CHL", "PER"), "{evs:?}");
}
