//! Branch seas2: vessels stopped, boarded or intercepted at sea. A vessel as the object of
//! "stop" is held up by force (191, COERCE), never a visit, whatever noun compounds with it
//! ("tour boat", "fishing boat"); a state's own navy or coast guard stopping a boat of its own
//! country is no act between states. Invented sentences.
use super::tests::{pairs_coded, run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 6] = [
    ("Chilean navy", "CHLMIL", Organisation),
    ("Chilean coast guard", "CHLCOP", Organisation),
    ("Chilean", "CHL", Nationality),
    ("Peruvian", "PER", Nationality),
    ("Peru", "PER", Location),
    ("Chile", "CHL", Location),
];

fn codes(text: &str) -> Vec<(String, String, String)> {
    triples(&run(text, &ACTORS))
}

#[test]
fn a_tour_boat_stopped_is_no_visit() {
    let evs = codes("The Chilean navy stopped a Peruvian tour boat on the lake on Monday.");
    assert!(!evs.iter().any(|(_, _, c)| c.starts_with("04")), "{evs:?}");
    let held = pairs_coded(
        "The Chilean navy stopped a Peruvian tour boat on the lake on Monday.",
        &ACTORS,
        "191",
    );
    assert_eq!(held, [("CHLMIL".to_string(), "PER".to_string())]);
}

#[test]
fn a_fishing_boat_stopped_is_held_up_by_force() {
    let held = pairs_coded(
        "The Chilean navy stopped two Peruvian fishing boats near the coast.",
        &ACTORS,
        "191",
    );
    assert_eq!(held, [("CHLMIL".to_string(), "PER".to_string())]);
}

#[test]
fn a_boat_of_the_forces_own_country_stopped_is_no_event() {
    let evs = codes("The Chilean coast guard stopped a Chilean fishing boat on Monday.");
    assert!(
        !evs.iter().any(|(_, t, c)| c == "191" && !t.is_empty()),
        "{evs:?}"
    );
}

#[test]
fn attacks_on_ships_stopped_are_no_interdiction() {
    let evs = codes("Chile promised to stop attacks on Peruvian ships.");
    assert!(!evs.iter().any(|(_, _, c)| c == "191"), "{evs:?}");
}
