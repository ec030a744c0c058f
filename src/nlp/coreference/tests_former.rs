//! A former office-holder acts for no state (branch precision10): "a former Kenyan
//! defence minister" now serving another body, "the former defence minister of Kenya".
//! Contrasts: the sitting office, the successor of a former holder, a named former leader.

use super::tests::events;

fn any_from(evs: &[(String, String, String)], country: &str) -> bool {
    evs.iter()
        .any(|(s, t, _)| s.starts_with(country) || t.starts_with(country))
}

#[test]
fn a_former_office_names_no_actor() {
    let evs = events(
        "The African Union named a mediator, a former Kenyan defence minister, who reached \
         Juba on Monday and is due to meet Sudan's president next week.",
    );
    assert!(!any_from(&evs, "KEN"), "{evs:?}");
    let evs = events("The former defence minister of Kenya met Sudan's president in Khartoum.");
    assert!(!any_from(&evs, "KEN"), "{evs:?}");
}

#[test]
fn a_sitting_office_and_a_successor_keep_their_state() {
    let evs = events("Kenya's defence minister met Sudan's president in Khartoum on Monday.");
    assert!(
        evs.iter()
            .any(|(s, t, _)| s.starts_with("KENGOV") && t == "SDNGOV"),
        "{evs:?}"
    );
    let evs = events(
        "The former minister's successor, Kenya's defence minister, met Sudan's president in \
         Khartoum on Monday.",
    );
    assert!(
        evs.iter()
            .any(|(s, t, _)| s.starts_with("KENGOV") && t == "SDNGOV"),
        "{evs:?}"
    );
}

#[test]
fn a_named_former_leader_is_left_to_the_person_dictionary() {
    // the name, not the past office, decides: the event is still coded
    let evs = events("Former Kenyan President Jane Wambui held talks with Sudan's president.");
    assert!(evs.iter().any(|(_, t, _)| t == "SDNGOV"), "{evs:?}");
}
