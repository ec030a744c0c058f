//! Branch sources6: "In Lima, Foreign Minister X said …": an unknown name under a
//! home-government title, right after a sentence-opening place, holds that place's
//! country's government, as a country-less agent there does ("In Beijing, a foreign
//! ministry spokesman …").

use super::tests::{actor_of_nth, events};

#[test]
fn an_unknown_titled_name_after_an_opening_place_is_that_state_s_government() {
    let text = "Chile recalled its ambassador from Peru on Monday over a fishing dispute. \
                In Lima, Foreign Minister Tomas Vargollo accused Chile of breaking the accord.";
    assert_eq!(
        actor_of_nth(text, "Foreign Minister Tomas Vargollo", 0).as_deref(),
        Some("PERGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, _)| s == "PERGOV" && t.starts_with("CHL")),
        "{evs:?}"
    );
}

#[test]
fn an_untitled_name_or_a_later_place_gives_no_government() {
    // no home-government title: a name alone is not placed by the opening place
    let text = "Chile recalled its ambassador from Peru on Monday. \
                In Lima, Tomas Vargollo accused Chile of breaking the accord.";
    assert_eq!(actor_of_nth(text, "Tomas Vargollo", 0), None);
    // the place does not open the sentence: no setting for the subject
    let text = "Chile recalled its ambassador from Peru on Monday. \
                Foreign Minister Tomas Vargollo spoke in Lima and accused Chile.";
    assert_ne!(
        actor_of_nth(text, "Foreign Minister Tomas Vargollo", 0).as_deref(),
        Some("PERGOV")
    );
}
