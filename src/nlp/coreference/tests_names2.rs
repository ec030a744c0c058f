//! Branch names2: people the dictionaries do not know. A bare surname after a first
//! mention ending in "Jr." is that person; a country word after a person's middle initial
//! is the surname, not the country; an unknown "Prime Minister X" met by a visitor whose
//! state is named with him is the host's.

use super::tests::{actor_of_nth, events, has_event};

#[test]
fn a_bare_surname_after_a_name_with_a_generational_suffix_is_that_person() {
    let text = "LIMA (Wire) — Chilean President Rodrigo Alvarado Jr. arrived in Lima on Monday. \
                Alvarado thanked Peru for its help.";
    assert_eq!(actor_of_nth(text, "Alvarado", 0).as_deref(), Some("CHLGOV"));
    let evs = events(text);
    assert!(has_event(&evs, "CHLGOV", "PER", "051"), "{evs:?}");
    let text = "Kenyan Foreign Minister Daniel Otieno III met envoys. Otieno urged Sudan to talk.";
    assert_eq!(actor_of_nth(text, "Otieno", 0).as_deref(), Some("KENGOV"));
}

#[test]
fn a_country_word_after_a_middle_initial_is_a_surname_not_the_country() {
    let text = "Norway pledged $4 million for a wing of the Anna K. Jordan hospital.";
    let evs = events(text);
    assert!(!evs.iter().any(|(_, t, _)| t.starts_with("JOR")), "{evs:?}");
    assert_eq!(actor_of_nth(text, "Anna K. Jordan", 0), None);
    let text = "Peter L. Chad said Canada would fund the school.";
    assert_eq!(actor_of_nth(text, "Peter L. Chad", 0), None);
    // a country after a full word keeps its reading
    let text = "Norway pledged $4 million to Jordan for a new hospital.";
    assert!(has_event(&events(text), "NOR", "JOR", "03"));
}

#[test]
fn an_unknown_premier_met_by_a_named_visitor_is_the_hosts() {
    let text = "APIA (Pacific Wire) — Japanese Foreign Minister Kenji Morita arrived in Samoa \
                and signed a fisheries agreement with Prime Minister Tavita Leota. \
                Samoa and Japan have close ties. Samoa has received Japanese aid. \
                Leota thanked Tokyo and accepted an invitation to visit Japan.";
    assert_eq!(
        actor_of_nth(text, "Prime Minister Tavita Leota", 0).as_deref(),
        Some("WSMGOV")
    );
    let evs = events(text);
    assert!(has_event(&evs, "WSMGOV", "JPN", "051"), "{evs:?}");
}

#[test]
fn an_unknown_premier_beside_a_state_named_apart_from_its_official_stays_open() {
    // Fiji is named on its own: the premier could be Fiji's
    let text = "APIA (Pacific Wire) — Japanese Foreign Minister Kenji Morita arrived in Samoa \
                and discussed Fiji with Prime Minister Tavita Leota. \
                Samoa and Japan have close ties. Samoa has received Japanese aid.";
    assert_eq!(actor_of_nth(text, "Prime Minister Tavita Leota", 0), None);
}
