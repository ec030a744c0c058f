//! A nationality reaches its agent across modifiers the word lists do not know
//! (`modified_agent`), when the parse reads them as one noun phrase; not across a comma or
//! another nationality.
use super::apposition::tests::mentions;

/// The actor codes of the mentions whose text is `surface`.
fn actors_of(text: &str, surface: &str) -> Vec<String> {
    mentions(text)
        .iter()
        .filter(|m| m.span.slice(text) == surface)
        .filter_map(|m| m.actor.as_ref().map(|a| a.code.clone()))
        .collect()
}

#[test]
fn an_unknown_adjective_between_nationality_and_agent_keeps_the_country() {
    let text = "Chilean maritime police seized a Peruvian fishing boat on Sunday.";
    let codes = actors_of(text, "Chilean maritime police");
    assert!(codes.iter().any(|c| c == "CHLCOP"), "{codes:?}");
}

#[test]
fn an_unknown_hyphenated_compound_between_them_keeps_the_country() {
    let text = "Danish counter-intelligence officers arrested a visiting trader in Aarhus.";
    let codes = actors_of(text, "Danish counter-intelligence officers");
    assert!(codes.iter().any(|c| c.starts_with("DNK")), "{codes:?}");
}

#[test]
fn a_second_nationality_in_the_phrase_takes_the_agent() {
    // the agent is Bolivia's: the Chilean adjective does not cross the Bolivian one
    let text = "Chilean Bolivian maritime police patrolled the lake on Sunday.";
    let all = mentions(text);
    let chilean_agent = all.iter().any(|m| {
        m.span.slice(text).starts_with("Chilean")
            && m.actor.as_ref().is_some_and(|a| a.code.ends_with("COP"))
            && m.actor.as_ref().is_some_and(|a| a.country == "CHL")
    });
    assert!(!chilean_agent, "{all:?}");
}

#[test]
fn a_comma_between_them_breaks_the_phrase() {
    let text = "The skipper was Chilean, maritime police said on Sunday.";
    assert!(actors_of(text, "Chilean, maritime police").is_empty());
    let police = actors_of(text, "maritime police");
    assert!(police.iter().all(|c| !c.starts_with("CHL")), "{police:?}");
}
