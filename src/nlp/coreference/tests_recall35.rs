//! "their" before a collective head with no number ("their foreign ministers") names the
//! governments of the plural it goes back to (branch recall35). Invented text.
use super::tests::{actor_of_nth, events};

/// Is the phrase `surface` read as the governments of Ghana and Togo?
fn both_governments(text: &str, surface: &str) -> bool {
    actor_of_nth(text, surface, 0).as_deref() == Some("GHAGOV/TGOGOV")
}

#[test]
fn their_ministers_after_a_pair_of_subjects_are_both_governments() {
    let text = "Ghana and Togo agreed on Monday to reopen their shared border. \
                Their foreign ministers met in Lome on Tuesday.";
    assert!(both_governments(text, "Their foreign ministers"));
    let ev = events(text);
    let met = |s: &str, t: &str| {
        ev.iter()
            .any(|(a, b, c)| a == s && b == t && c.starts_with("04"))
    };
    assert!(met("GHAGOV", "TGOGOV") && met("TGOGOV", "GHAGOV"));
}

#[test]
fn their_leaders_in_the_list_sentence_are_its_governments() {
    let text = "Ghana and Togo ended a long quarrel over fishing rights when their leaders \
                signed an accord in Accra.";
    assert!(both_governments(text, "their leaders"));
}

#[test]
fn their_is_not_read_as_a_list_when_another_state_is_named_with_it() {
    let text = "Benin said Ghana and Togo should reopen the border. \
                Their foreign ministers met in Lome on Tuesday.";
    assert_eq!(actor_of_nth(text, "Their foreign ministers", 0), None);
}

#[test]
fn their_is_not_read_as_a_list_past_an_unresolved_numbered_plural() {
    let text = "Ghana and Togo said they backed a review of the fishing rules. \
                The row is the worst between the two ports since 2019, when their \
                leaders met in Lome.";
    assert_eq!(actor_of_nth(text, "their leaders", 0), None);
}

#[test]
fn their_after_a_single_state_or_people_names_no_pair() {
    let text = "Ghana reopened its border on Monday. \
                Their foreign ministers met in Lome on Tuesday.";
    assert_eq!(actor_of_nth(text, "Their foreign ministers", 0), None);
    let text = "Farmers and traders marched in Accra on Monday. \
                Their leaders met officials of Togo on Tuesday.";
    assert_eq!(actor_of_nth(text, "Their leaders", 0), None);
}

#[test]
fn their_after_a_resolved_collective_names_its_governments() {
    let text = "Ghana accused Togo of closing the border. The two neighbours signed a \
                border pact in 2021, and their presidents held talks in Lome in March.";
    assert!(both_governments(text, "their presidents"));
}
