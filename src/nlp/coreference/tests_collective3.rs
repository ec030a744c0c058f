//! Branch collective3: "the two cabinets", "both administrations", "their two executives"
//! name the governments of the story's pair, as "the two governments" does. Invented
//! articles.
use super::tests::{actor_of_nth, events, has_event};

/// Asserts an event of CAMEO prefix `code` for each (source, target) of `pairs`.
fn assert_events(text: &str, pairs: &[(&str, &str)], code: &str) {
    let evs = events(text);
    for (s, t) in pairs {
        assert!(has_event(&evs, s, t, code), "{s}->{t}: {evs:?}");
    }
}

const LEAD: &str = "Bolivia and Paraguay held talks on Tuesday in Asuncion about the river. ";

#[test]
fn the_two_cabinets_are_the_pair_s_governments_and_meet_each_other() {
    let text = format!("{LEAD}The two cabinets agreed to dredge the channel together.");
    assert_eq!(
        actor_of_nth(&text, "The two cabinets", 0).as_deref(),
        Some("BOLGOV/PRYGOV")
    );
    assert_events(&text, &[("BOLGOV", "PRYGOV"), ("PRYGOV", "BOLGOV")], "0");
}

#[test]
fn both_administrations_as_object_are_each_a_target() {
    let text = format!("{LEAD}Argentina accused both administrations of polluting the water.");
    assert_events(&text, &[("ARG", "BOLGOV"), ("ARG", "PRYGOV")], "11");
}

#[test]
fn their_two_executives_after_a_possessive_are_the_pair() {
    let text = format!("{LEAD}Their two executives signed a water accord on Friday.");
    assert_eq!(
        actor_of_nth(&text, "Their two executives", 0).as_deref(),
        Some("BOLGOV/PRYGOV")
    );
}

#[test]
fn no_pair_when_three_states_are_in_focus() {
    // three states named as parties: "the two cabinets" has no single pair to name
    let text = "Bolivia, Paraguay and Brazil held talks on Tuesday about the river. \
        The two cabinets agreed to dredge the channel.";
    let evs = events(text);
    assert!(!evs.iter().any(|(s, _, _)| s.ends_with("GOV")), "{evs:?}");
}
