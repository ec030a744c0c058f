//! Branch domestic2: an untargeted act whose object lies inside its source's own state (a
//! local outlet, the state-run broadcaster, opposition leaders, a firm of the source's own
//! city) takes no foreign target from the story-level guesses (`domestic.rs`).
use super::tests::{pair, pairs_coded};
use super::*;
use EntityType::*;

const TALKS: &str = "Chile and Peru held talks on fishing quotas last week. ";

fn chile_peru() -> [(&'static str, &'static str, EntityType); 2] {
    [("Chile", "CHL", Location), ("Peru", "PER", Location)]
}

/// The pairs coded under `root` that give the Chilean act the Peruvian target.
fn made_bilateral(second: &str, actors: &[(&str, &str, EntityType)], root: &str) -> bool {
    let text = format!("{TALKS}{second}");
    pairs_coded(&text, actors, root).contains(&pair("CHL", "PER"))
}

#[test]
fn a_local_station_s_licence_revoked_takes_no_earlier_partner() {
    let second = "Chile revoked the licence of a local radio station on Monday.";
    assert!(!made_bilateral(second, &chile_peru(), "16"));
}

#[test]
fn the_state_run_broadcaster_s_licence_revoked_takes_no_earlier_partner() {
    let second = "Chile revoked the broadcasting licence of the state-run television on Friday.";
    assert!(!made_bilateral(second, &chile_peru(), "16"));
}

#[test]
fn a_firm_of_the_source_s_own_city_takes_no_earlier_partner() {
    // A guard more than a test of `domestic.rs` alone: the frame already takes the object
    // whose mention is of the source's own side, so no guess is asked for.
    let mut actors = chile_peru().to_vec();
    actors.push(("Valparaiso", "CHL", Location));
    let second = "Chile revoked the licence of Valparaiso's largest fishing firm on Monday.";
    assert!(!made_bilateral(second, &actors, "16"));
}

#[test]
fn local_firms_trading_with_the_other_state_are_still_domestic() {
    // The clause names Peru, yet what was revoked is Chilean firms' licences.
    let text = "Chile revoked the licences of local exporters that traded with Peru.";
    let revoked = pairs_coded(text, &chile_peru(), "16");
    assert!(!revoked.contains(&pair("CHL", "PER")), "{revoked:?}");
}

#[test]
fn an_embassy_closed_still_takes_the_earlier_partner() {
    let second = "Chile closed its embassy on Monday.";
    assert!(made_bilateral(second, &chile_peru(), "16"));
}

/// Whether the act of `agent` (an actor added to Chile and Peru, of code `code`) in
/// `second`, told after the talks, is coded under `root` with Peru as its target.
fn agent_made_bilateral(agent: (&str, &str), second: &str, root: &str) -> bool {
    let mut actors = chile_peru().to_vec();
    actors.push((agent.0, agent.1, Organisation));
    let text = format!("{TALKS}{second}");
    pairs_coded(&text, &actors, root).contains(&pair(agent.1, "PER"))
}

#[test]
fn national_banks_investigated_take_no_earlier_partner() {
    let second = "Chilean prosecutors investigated national banks on Monday.";
    let agent = ("Chilean prosecutors", "CHLJUD");
    assert!(!agent_made_bilateral(agent, second, "09"));
}

#[test]
fn a_meeting_with_the_national_security_council_takes_no_earlier_partner() {
    let second = "The Chilean president met his national security council on Monday.";
    let agent = ("The Chilean president", "CHLGOV");
    assert!(!agent_made_bilateral(agent, second, "04"));
}
