//! Branch sources6: "In Lima, Foreign Minister X said …": an unknown name under a
//! home-government title, right after a sentence-opening place, holds that place's
//! country's government, as a country-less agent there does ("In Beijing, a foreign
//! ministry spokesman …"). "Maria Ruiz, the commissioner for customs policy," right
//! after a sentence naming only the European Commission is the Commission's office-holder.

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

#[test]
fn an_unknown_name_with_an_ownerless_office_after_a_body_is_the_body_s() {
    let text = "The European Commission pledged new money for port scanners on Monday. \
                Maria Ruiz, the commissioner for customs policy, urged Portugal \
                to adopt the same checks.";
    assert_eq!(
        actor_of_nth(text, "Maria Ruiz", 0).as_deref(),
        Some("IGOEUREEC")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "IGOEUREEC" && t.starts_with("PRT") && c.starts_with("02")),
        "{evs:?}"
    );
}

#[test]
fn an_ownerless_office_with_a_state_in_sight_or_an_owner_stays_open() {
    // a state named next to the body: the office may be the state's
    let text = "Spain rejected the European Commission's criticism on Monday. \
                Maria Ruiz, the spokesman, said the checks would continue.";
    assert_eq!(actor_of_nth(text, "Maria Ruiz", 0), None);
    // a president may be a state's: not an office read this way
    let text = "The European Commission pledged new money for port scanners on Monday. \
                Maria Ruiz, the president, said the checks would continue.";
    assert_eq!(actor_of_nth(text, "Maria Ruiz", 0), None);
}
