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
