//! The country in focus of a filed story (`coreference::focus`): officials and bare domestic
//! agents with no country word take the dateline country when the story keeps to it.
//! Invented articles.
use super::tests::{actor_of, run};

const QUITO: &str = "QUITO (Test Wire) — Ecuador recalled its envoy from Lima on Monday. \
Prime Minister Tomas Rilvado said Ecuador would not yield. \
Police detained six people near the port. \
Foreign ministry spokeswoman Lina Vasquez said the talks would go on. \
She thanked the crew. \
Ecuador promised military aid to the coast. \
The officers were praised. \
Police in the south also arrested a Peruvian trader. \
Later, Rilvado visited Ecuadorian troops in Quito.";

#[test]
fn officials_and_bare_agents_take_the_country_in_focus() {
    let ms = run(QUITO, None);
    assert_eq!(
        actor_of(&ms, "Prime Minister Tomas Rilvado").as_deref(),
        Some("ECUGOV")
    );
    // a later bare surname and a pronoun follow their antecedent
    assert_eq!(actor_of(&ms, "Rilvado").as_deref(), Some("ECUGOV"));
    assert_eq!(actor_of(&ms, "Police").as_deref(), Some("ECUCOP"));
    assert_eq!(actor_of(&ms, "Lina Vasquez").as_deref(), Some("ECUGOV"));
    assert_eq!(actor_of(&ms, "She").as_deref(), Some("ECUGOV"));
}

#[test]
fn modifiers_determiners_and_other_countries_keep_the_agent_open() {
    let ms = run(QUITO, None);
    // "military aid": the agent word only modifies a noun
    assert_eq!(actor_of(&ms, "military").as_deref(), Some("MIL"));
    // "the officers" refers back to someone; it is not a new domestic agent
    assert!(actor_of(&ms, "The officers").is_none_or(|c| !c.starts_with("ECU")));
    // a sentence naming another country is not placed by the focus
    let police: Vec<_> = ms.iter().filter(|m| m.0 == "Police").collect();
    assert_eq!(police.len(), 2);
    assert_eq!(police[1].2.as_deref(), Some("COP"));
}

/// An unknown official who opens a sentence before any other state is named is the focus
/// country's, even when the sentence goes on to name the other side; one named after the
/// other state is not placed.
#[test]
fn an_official_opening_a_sentence_takes_the_focus_before_another_state_is_named() {
    let text = "QUITO (Test Wire) — Ecuador expelled a Peruvian diplomat on Monday. \
                Ecuador said the diplomat had spied on its navy. \
                Foreign Minister Tomas Rilvado said Peru's envoy had broken the law. \
                Ecuador also closed a crossing. \
                After Peru protested, Prime Minister Aldo Mirasta said nothing.";
    let ms = run(text, None);
    assert_eq!(
        actor_of(&ms, "Foreign Minister Tomas Rilvado").as_deref(),
        Some("ECUGOV")
    );
    assert!(actor_of(&ms, "Prime Minister Aldo Mirasta").is_none_or(|c| !c.starts_with("ECU")));
}

/// A spokesperson after a government body word ("Government spokesman X") is an official of
/// the focus country, also after a quotation naming the other state; a spokesman of no body
/// word, or one after the other state's name outside quotation marks, is not placed.
#[test]
fn a_government_spokesperson_after_a_quotation_takes_the_focus() {
    let text = "QUITO (Test Wire) — Ecuador expelled a foreign diplomat on Monday. \
                Ecuador said the diplomat had spied on its navy. Ecuador recalled its envoy. \
                \"Peru knows what it did,\" foreign ministry spokeswoman Lina Ovarte said. \
                Ecuador also closed a crossing. \
                Government spokesman Dario Quilcas said Peru must apologise. \
                After Peru protested, government spokesman Aldo Mirasta said nothing. \
                Spokesman Ivo Restrepa said Peru lied.";
    let ms = run(text, None);
    assert_eq!(actor_of(&ms, "Lina Ovarte").as_deref(), Some("ECUGOV"));
    assert_eq!(actor_of(&ms, "Dario Quilcas").as_deref(), Some("ECUGOV"));
    assert!(actor_of(&ms, "Aldo Mirasta").is_none_or(|c| !c.starts_with("ECU")));
    assert!(actor_of(&ms, "Ivo Restrepa").is_none_or(|c| !c.starts_with("ECU")));
}

#[test]
fn a_dateline_the_story_does_not_keep_to_gives_no_focus() {
    let ms = run(
        "BRUSSELS (Test Wire) — Chile and Peru signed a pact. Police closed the avenue. \
         Chile praised Peru. Peru thanked Chile. Prime Minister Tomas Rilvado left.",
        None,
    );
    assert_eq!(actor_of(&ms, "Police").as_deref(), Some("COP"));
    assert!(actor_of(&ms, "Prime Minister Tomas Rilvado").is_none());
}

/// The Phoenix dictionaries (2014) hold roles open at their date ("ALBGOV from 2005"): such
/// a role ends five years after the dictionary (scripts/derive_actors.py, OPEN_ROLE_END)
/// unless leaders_recent.tsv confirms the person, so a 2025 opposition leader is no longer
/// the government.
#[test]
fn open_roles_of_the_old_dictionary_expire_unless_confirmed() {
    let said = "Sali Berisha said the vote was stolen.";
    let ms = run(said, Some("2010-06-01"));
    assert_eq!(actor_of(&ms, "Sali Berisha").as_deref(), Some("ALBGOV"));
    let ms = run(said, Some("2025-05-16"));
    let code = actor_of(&ms, "Sali Berisha");
    assert!(
        code.as_deref()
            .is_some_and(|c| c.starts_with("ALB") && c != "ALBGOV"),
        "{code:?}"
    );
    // confirmed by a curated row, in every source entry that bears the person's name
    let ms = run(
        "Paul Kagame met Salva Kiir Mayardit in Kigali.",
        Some("2025-05-16"),
    );
    assert_eq!(actor_of(&ms, "Paul Kagame").as_deref(), Some("RWAGOV"));
    assert_eq!(
        actor_of(&ms, "Salva Kiir Mayardit").as_deref(),
        Some("SSDGOV")
    );
}

#[test]
fn all_parties_of_a_domestic_story_are_its_country() {
    let ms = run(
        "QUITO (Test Wire) — Ecuador held a tense vote on Sunday. Ecuadorian courts ruled on \
         Monday. Ecuador's parliament met in Quito. The European Union urged all parties to \
         accept the result.",
        None,
    );
    assert_eq!(actor_of(&ms, "all parties").as_deref(), Some("ECU"));
    // a story between two states is not domestic: "all sides" stays unresolved
    let ms = run(
        "QUITO (Test Wire) — Ecuador accused Peru of a raid. Ecuador and Peru traded notes. \
         Ecuador said Peru lied. A bishop urged all sides to talk.",
        None,
    );
    assert!(actor_of(&ms, "all sides").is_none());
}

/// A definite title nobody bears, after a sentence about one state, is that state's
/// (`coreference::previous`); after a sentence about two states it stays open.
#[test]
fn an_unborne_title_after_a_one_state_sentence_is_that_states() {
    let text = "Ugandan troops crossed into the border district on Monday. \
                The defence minister said the operation would last a week.";
    let ms = run(text, None);
    assert!(
        actor_of(&ms, "The defence minister").is_some_and(|c| c.starts_with("UGAGOV")),
        "{ms:?}"
    );
    let text = "Uganda's army shelled a Kenyan village on Monday. \
                The defence minister said the operation would last a week.";
    let ms = run(text, None);
    assert!(
        actor_of(&ms, "The defence minister").is_none_or(|c| !c.starts_with("UGA")),
        "{ms:?}"
    );
}
