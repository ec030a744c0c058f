//! Branch seas3: incidents at sea, second pass. A closing attribution ("…, the ministry
//! said") is no main verb that turns the vessel's act before it into a reduced relative; the
//! inner member of a verb list ("boarded a Y boat, beat its crew and seized …") shares the
//! list's subject, and an act of force on the crew falls on the boat's party. Invented
//! sentences.
use super::tests::{pairs_coded, run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 6] = [
    ("Chilean navy", "CHLMIL", Organisation),
    ("Chilean coast guard officers", "CHLCOP", Organisation),
    ("Chilean", "CHL", Nationality),
    ("Peruvian", "PER", Nationality),
    ("Peru", "PER", Location),
    ("interior ministry", "PERGOV", Organisation),
];

#[test]
fn a_vessel_firing_before_a_closing_attribution_is_coded() {
    let text = "A Chilean navy patrol boat fired on a Peruvian trawler near the cape on \
                Friday, wounding two of its crew, Peru's interior ministry said.";
    let fired = pairs_coded(text, &ACTORS, "190");
    assert_eq!(fired, [("CHLMIL".to_string(), "PER".to_string())]);
}

/// The acts of force (18x, 19x) of `text` with a target, as (source, target) pairs.
fn force(text: &str) -> Vec<(String, String)> {
    triples(&run(text, &ACTORS))
        .into_iter()
        .filter(|(_, t, c)| (c.starts_with("18") || c.starts_with("19")) && !t.is_empty())
        .map(|(s, t, _)| (s, t))
        .collect()
}

/// The force acts of a story where Chilean officers board a trawler of `flag` and beat its crew.
fn boarded(flag: &str) -> Vec<(String, String)> {
    force(&format!(
        "Peru on Monday lodged a protest with Chile's embassy in Lima after Chilean coast \
         guard officers boarded a {flag} trawler near the reef, beat several crew members \
         and seized their nets."
    ))
}

#[test]
fn beating_the_crew_of_a_boarded_boat_falls_on_the_boats_state() {
    let evs = boarded("Peruvian");
    assert!(
        evs.iter().any(|(s, t)| s.starts_with("CHL") && t == "PER"),
        "{evs:?}"
    );
}

#[test]
fn beating_the_crew_of_an_own_boat_is_no_event_between_states() {
    let evs = boarded("Chilean");
    assert!(evs.is_empty(), "{evs:?}");
}
