//! Parties named by a bare description (branch recall46): "the group" after a rights
//! group is that group, when the window names no other one; "A spokeswoman in <capital>"
//! speaks for the seat's government. Invented sentences about Ghana and Togo.

use super::tests::{actor_of_nth, events};

#[test]
fn the_group_after_a_rights_group_is_that_group() {
    let text = "Amnesty International accused Ghana's police of beating protesters in Accra. \
                The group on Friday called on the Ghanaian authorities to free the students.";
    assert_eq!(
        actor_of_nth(text, "The group", 0).as_deref(),
        Some("NGOHRIAMN")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "NGOHRIAMN" && t == "GHAGOV" && c.starts_with("02")),
        "{evs:?}"
    );
}

#[test]
fn the_group_with_no_rights_group_or_two_of_them_is_nobody() {
    // no organisation before it: only states
    let text = "Ghana closed its border with Togo on Monday. The group on Friday called on \
                the Ghanaian authorities to free the students.";
    assert_eq!(actor_of_nth(text, "The group", 0), None);
    // two rights groups: either could be meant
    let text = "Amnesty International and Human Rights Watch accused Ghana's police of \
                beating protesters in Accra. The group on Friday called on the Ghanaian \
                authorities to free the students.";
    assert_eq!(actor_of_nth(text, "The group", 0), None);
}

#[test]
fn a_spokeswoman_in_a_capital_speaks_for_its_government() {
    let text = "Togo detained a Ghanaian cargo ship on Monday. A spokeswoman in Accra said the \
                ship had done nothing wrong and accused Togo of seizing it for ransom.";
    assert_eq!(
        actor_of_nth(text, "A spokeswoman", 0).as_deref(),
        Some("GHAGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "GHAGOV" && t == "TGO" && c.starts_with("11")),
        "{evs:?}"
    );
}

#[test]
fn a_spokeswoman_elsewhere_or_for_a_body_is_not_placed_by_the_city() {
    // a city that is no state's seat is a venue
    let text = "Togo detained a Ghanaian cargo ship on Monday. A spokeswoman in Geneva said the \
                ship had done nothing wrong.";
    assert_ne!(
        actor_of_nth(text, "A spokeswoman", 0).as_deref(),
        Some("CHEGOV")
    );
    // a spokeswoman for a named body speaks for that body, not for the seat
    let text = "Togo detained a Ghanaian cargo ship on Monday. A spokeswoman for the shipping \
                line in Accra said the ship had done nothing wrong.";
    assert_ne!(
        actor_of_nth(text, "A spokeswoman", 0).as_deref(),
        Some("GHAGOV")
    );
}
