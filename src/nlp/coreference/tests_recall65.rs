//! A party named through the head of its office, and an object "it" after a verb whose
//! object is a party (branch recall65): "summoned the head of the EU delegation … and
//! handed her a note", "accusing him" after "the deputy head of the UN mission", "said that
//! Y bore responsibility for the crisis and called on it to …".

use super::tests::{actor_of_nth, events};

#[test]
fn her_after_the_head_of_a_delegation_is_the_delegations_owner() {
    let text = "Ghana's foreign ministry summoned the head of the EU delegation in Accra \
                and handed her a note demanding that the new tariffs be lifted.";
    assert_eq!(actor_of_nth(text, "her", 0).as_deref(), Some("IGOEUREEC"));
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "GHAGOV" && t == "IGOEUREEC" && c.starts_with("11")),
        "{evs:?}"
    );
    let text = "Togo declared the deputy head of the United Nations mission persona non \
                grata on Monday, accusing him of meeting rebel commanders.";
    assert_eq!(actor_of_nth(text, "him", 0).as_deref(), Some("IGOUNO"));
}

#[test]
fn the_head_of_a_posting_abroad_is_summoned_the_head_of_an_army_is_not() {
    let evs = events("Ghana summoned China's deputy chief of mission on Monday.");
    assert!(
        evs.iter()
            .any(|(s, t, c)| s.starts_with("GHA") && t.starts_with("CHN") && c == "110"),
        "{evs:?}"
    );
    let evs = events("Ghana summoned the head of the Togolese army on Monday.");
    assert!(!evs.iter().any(|(_, _, c)| c == "110"), "{evs:?}");
}

#[test]
fn it_after_a_party_verb_is_the_one_state_named_before() {
    let text = "Chile said that Bolivia was responsible for the crisis and urged it to \
                reopen the border.";
    assert_eq!(actor_of_nth(text, "it", 0).as_deref(), Some("BOL"));
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "CHL" && t == "BOL" && c.starts_with("02")),
        "{evs:?}"
    );
}

#[test]
fn it_after_another_verb_or_two_states_stays_a_thing() {
    // "called it": a thing named, no "on"
    let text = "Chile said that Bolivia had opened a new port and called it a model.";
    assert_eq!(actor_of_nth(text, "it", 0), None);
    // two states fit: no guess
    let text = "Chile said that Bolivia and Peru had closed the border, and Argentina \
                said that Brazil had helped Paraguay and urged it to reopen the road.";
    assert_eq!(actor_of_nth(text, "it", 0), None);
}
