//! Mention-layer mechanisms of branch re3d1: a place name the place data lacks after a
//! direction or a settlement noun and "of"; an Arabic surname after a dictionary person.
//! Invented sentences and invented place names.
use super::tests::{actor_of, run};

fn typed<'a>(ms: &'a [(String, &'static str, Option<String>)], surface: &str) -> Option<&'a str> {
    ms.iter().find(|m| m.0 == surface).map(|m| m.1)
}

#[test]
fn a_name_after_a_direction_and_of_is_a_place() {
    let ms = run(
        "The convoy stopped ten miles northwest of Kelvarra before dawn.",
        None,
    );
    assert_eq!(typed(&ms, "Kelvarra"), Some("LOCATION"), "{ms:?}");
    let ms = run(
        "Engineers rebuilt the pier on the island of Tormesk last spring.",
        None,
    );
    assert_eq!(typed(&ms, "Tormesk"), Some("LOCATION"), "{ms:?}");
    let ms = run(
        "Farmers left the village of Orrindale after the floods.",
        None,
    );
    assert_eq!(typed(&ms, "Orrindale"), Some("LOCATION"), "{ms:?}");
}

#[test]
fn of_after_another_noun_does_not_make_a_place() {
    // "the head of X": "of" after a word that is no direction or settlement says nothing
    let ms = run(
        "Reporters asked the head of Velmar Logistics about the delay.",
        None,
    );
    assert_ne!(typed(&ms, "Velmar Logistics"), Some("LOCATION"), "{ms:?}");
}

#[test]
fn an_arabic_surname_extends_a_dictionary_person() {
    // the dictionary holds the two-word name; the article-prefixed surname after it is the
    // same person's full name and the mention spans it
    let ms = run(
        "Officials said Abu Musab al-Qarnawi had fled the town.",
        None,
    );
    assert_eq!(typed(&ms, "Abu Musab al-Qarnawi"), Some("PERSON"), "{ms:?}");
    assert!(!ms.iter().any(|m| m.0 == "Abu Musab"), "{ms:?}");
}

#[test]
fn a_country_owning_a_place_is_a_place() {
    // "X's <place>": the possessive locates the place, the country does not act
    let ms = run("Shelling hit Syria's Dorvan province overnight.", None);
    assert_eq!(typed(&ms, "Syria"), Some("LOCATION"), "{ms:?}");
    let ms = run("Rockets fell on Iraq's Mosul at dawn.", None);
    assert_eq!(typed(&ms, "Iraq"), Some("LOCATION"), "{ms:?}");
    // "X's response": the country acts and stays an organisation
    let ms = run("Officials praised Canada's response to the crisis.", None);
    assert_eq!(typed(&ms, "Canada"), Some("ORGANISATION"), "{ms:?}");
}

/// A branch of the state or of the economy between a nationality and its agent ("Chilean
/// customs officers", "Peruvian oil workers") keeps the agent in that country (issue 8,
/// branch quad4). Invented sentences.
#[test]
fn a_sector_word_between_a_nationality_and_its_agent_keeps_the_country() {
    let ms = run(
        "Chilean customs officials seized the cargo while Peruvian oil workers watched.",
        None,
    );
    let actor = |s: &str| ms.iter().find(|m| m.0 == s).and_then(|m| m.2.clone());
    assert_eq!(
        actor("Chilean customs officials").as_deref(),
        Some("CHLGOV"),
        "{ms:?}"
    );
    assert_eq!(
        actor("Peruvian oil workers").as_deref(),
        Some("PERLAB"),
        "{ms:?}"
    );
}

/// A court is an agent of its state like the police: "a court in X" and "an X court" are
/// X's judiciary (branch quad5).
#[test]
fn a_court_in_a_country_is_its_judiciary() {
    for text in [
        "A court in Chile sentenced two Peruvian smugglers on Monday.",
        "A Chilean court sentenced two Peruvian smugglers on Monday.",
    ] {
        let ms = run(text, None);
        let court = ms.iter().find(|m| m.0.to_lowercase().ends_with("court"));
        assert_eq!(
            court.and_then(|m| m.2.as_deref()),
            Some("CHLJUD"),
            "{text}: {ms:?}"
        );
    }
}

/// The press agent "media" is a whole word: "mediated", "mediation" and "mediators" name
/// no press (branch joint1). Invented sentences.
#[test]
fn mediation_words_are_not_the_press() {
    for text in [
        "Norway mediated between Chile and Peru on Friday.",
        "Chile and Peru signed the accord under Norwegian mediation.",
    ] {
        let ms = run(text, None);
        assert!(
            !ms.iter()
                .any(|(_, _, c)| c.as_deref().is_some_and(|c| c.ends_with("MED"))),
            "{text}: {ms:?}"
        );
    }
    let ms = run("Chilean media reported the talks on Friday.", None);
    assert!(
        ms.iter().any(|(_, _, c)| c.as_deref() == Some("CHLMED")),
        "{ms:?}"
    );
}

/// "The United States" opening a sentence before an organisation word: the place tables
/// list the name with its article as a region, which gave the organisation no actor; the
/// country's name after the article makes it the country's (branch quad7).
#[test]
fn an_organisation_of_the_united_states_opening_a_sentence_is_american() {
    let text = "The United States Coast Guard towed a Cuban fishing boat to Key West.";
    let ms = run(text, None);
    let guard = ms.iter().find(|m| m.0.ends_with("Coast Guard"));
    assert!(
        guard
            .and_then(|m| m.2.as_deref())
            .is_some_and(|a| a.starts_with("USA")),
        "{ms:?}"
    );
}

/// Plurals of the nouns for a people that differ from the adjective ("Poles", "Swedes"):
/// a list of detainees by nationality names their states (branch fresh14).
#[test]
fn plural_nouns_for_a_people_name_their_state() {
    let text = "Police detained three Poles and two Swedes outside the stadium.";
    let ms = run(text, None);
    assert_eq!(actor_of(&ms, "Poles").as_deref(), Some("POL"), "{ms:?}");
    assert_eq!(actor_of(&ms, "Swedes").as_deref(), Some("SWE"), "{ms:?}");
    // contrast: the lower-case common noun is no people
    let ms = run("Crews replaced the poles along the road on Friday.", None);
    assert!(ms.iter().all(|m| m.0 != "poles"), "{ms:?}");
}
