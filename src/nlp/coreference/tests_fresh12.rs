//! "Its <office>" after a sentence about an organisation or a state (branch fresh12): the
//! office is the owner's, also when the owner is an organisation with no country and when
//! the office is placed "in <capital>", the city where it sits, not the state it serves.

use super::tests::{actor_of_nth, events};

#[test]
fn an_organisations_spokesman_speaks_for_the_organisation() {
    let text = "The World Health Organization criticised the closures on Monday. Its \
                spokesman called on Peru to reopen the rural clinics.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "IGOUNOHLHWHO" && t == "PER" && c.starts_with("02")),
        "{evs:?}"
    );
}

/// (article, office, the office's actor): "Its" owns the office wherever it sits; without
/// an owner the seat names the state.
const OFFICES: [(&str, &str, &str); 4] = [
    (
        "The European Union criticised the arrests on Monday. Its envoy in Minsk urged \
         Belarus to free the two teachers.",
        "envoy",
        "IGOEUREEC",
    ),
    (
        "Norway criticised the arrests on Monday. Its ambassador in Minsk urged Belarus to \
         free the two teachers.",
        "ambassador",
        "NORGOV",
    ),
    (
        "The UN refugee agency criticised the returns. Its representative in Athens called on \
         Greece to halt them.",
        "representative",
        "IGOUNOREFHCR",
    ),
    // contrast: no "its" before the office, so the seat names the state
    (
        "Norway criticised the arrests on Monday. The authorities in Minsk said the two \
         teachers would stand trial.",
        "The authorities",
        "BLRGOV",
    ),
];

#[test]
fn an_owned_office_is_its_owners_wherever_it_sits() {
    for (text, office, code) in OFFICES {
        assert_eq!(
            actor_of_nth(text, office, 0).as_deref(),
            Some(code),
            "{text}"
        );
    }
}
