//! Persons and offices named through their owner (branch recall70): "the federation's prime
//! minister" (a described state owning an office), "the kingdom" far from its one kingdom,
//! and "He" after "X's spokesman, NAME, said …" (the title's apposition names the speaker).

use super::tests::{actor_of_nth, events};

#[test]
fn an_office_owned_by_a_described_state_is_that_states() {
    // the form's one state is named three sentences back, outside the usual window, and the
    // country-less agents' step would give the minister the state of the sentences between
    let text = "Canada imposed visa rules on travellers from St Kitts and Nevis on Monday. \
                Ottawa said the rules would take effect at once. Canadian officials cited \
                fraud. The federation's prime minister said he was disappointed.";
    assert_eq!(
        actor_of_nth(text, "prime minister", 0).as_deref(),
        Some("KNAGOV")
    );
    assert_eq!(actor_of_nth(text, "he", 0).as_deref(), Some("KNAGOV"));
    let text = "Ghana hosted talks with Morocco on Monday. The kingdom's foreign minister \
                thanked Ghana for its support.";
    assert_eq!(
        actor_of_nth(text, "foreign minister", 0).as_deref(),
        Some("MARGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, _)| s == "MARGOV" && t.starts_with("GHA")),
        "{evs:?}"
    );
}

#[test]
fn a_form_with_two_states_or_none_or_in_a_name_stays_open() {
    // two kingdoms named: "the kingdom" far back cannot choose
    let text = "Spain and Morocco signed a fisheries deal on Monday. Ottawa said nothing. \
                Canadian officials were silent. Nobody spoke. The kingdom's foreign minister \
                thanked Canada.";
    assert_ne!(
        actor_of_nth(text, "foreign minister", 0).as_deref(),
        Some("MARGOV")
    );
    assert_ne!(
        actor_of_nth(text, "foreign minister", 0).as_deref(),
        Some("ESPGOV")
    );
    // no state of the form: a sports federation is no state
    let text = "Ghana thanked Togo on Monday. The federation's president praised the team.";
    assert_ne!(
        actor_of_nth(text, "president", 0).as_deref(),
        Some("TGOGOV")
    );
    assert_ne!(
        actor_of_nth(text, "president", 0).as_deref(),
        Some("GHAGOV")
    );
}

#[test]
fn he_after_a_titled_speaker_in_apposition_is_the_speaker() {
    // the person's actor comes from the actor data; the sentence names two placed people
    let text = "Russia's foreign ministry spokeswoman, Maria Zakharova, said Ukrainian envoy \
                Ivan Petrenko had been expelled. She welcomed the ruling.";
    assert_eq!(actor_of_nth(text, "She", 0).as_deref(), Some("RUSGOV"));
}

#[test]
fn a_capitalised_office_name_with_no_country_is_the_datelines() {
    let text = "ACCRA (Wire) — Ghana accused Togo of closing the border on Monday. Togo's \
                foreign ministry denied it. The Department of Foreign Affairs summoned Togo's \
                ambassador on Tuesday.";
    assert_eq!(
        actor_of_nth(text, "The Department of Foreign Affairs", 0).as_deref(),
        Some("GHAGOV")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "GHAGOV" && t.starts_with("TGO") && c.starts_with("11")),
        "{evs:?}"
    );
    // the other state's body of that name named before: the name is no longer the local one
    let text = "ACCRA (Wire) — Ghana accused Togo of closing the border on Monday. Togo's \
                Department of Foreign Affairs denied it. The Department of Foreign Affairs \
                summoned Ghana's ambassador on Tuesday.";
    assert_ne!(
        actor_of_nth(text, "The Department of Foreign Affairs", 0).as_deref(),
        Some("GHAGOV")
    );
}
