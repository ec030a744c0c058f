//! Branch seas4: incidents at sea, third pass. A vessel, its cargo or its catch seized by a
//! navy is property seized (171), not an occupation of territory (192); a sea feature named
//! where the seizure happened ("off the island of Z") is a place, and its owner no party.
//! Invented sentences.
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 6] = [
    ("Chilean navy", "CHLMIL", Organisation),
    ("Chilean troops", "CHLMIL", Organisation),
    ("Chilean", "CHL", Nationality),
    ("Peruvian fishermen", "PERAGR", Organisation),
    ("Peruvian", "PER", Nationality),
    // An island whose name the gazetteer gives to a third state.
    ("Isla Brava", "ECU", Location),
];

/// The events of `text` as (source, target, code).
fn coded(text: &str) -> Vec<(String, String, String)> {
    triples(&run(text, &ACTORS))
}

#[test]
fn a_navy_seizing_a_trawler_seizes_property_not_territory() {
    let evs = coded("The Chilean navy seized a Peruvian trawler on Sunday.");
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "CHLMIL" && t == "PER" && c == "171"),
        "{evs:?}"
    );
    assert!(evs.iter().all(|(_, _, c)| c != "192"), "{evs:?}");
}

#[test]
fn a_navy_seizing_a_cargo_is_no_occupation() {
    let evs = coded("The Chilean navy seized the cargo of a Peruvian freighter on Sunday.");
    assert!(evs.iter().all(|(_, _, c)| c != "192"), "{evs:?}");
}

#[test]
fn troops_seizing_a_town_still_occupy_it() {
    let evs = coded("Chilean troops seized the Peruvian town of Tacna on Sunday.");
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "CHLMIL" && t == "PER" && c == "192"),
        "{evs:?}"
    );
}

#[test]
fn an_island_named_where_boats_were_seized_is_no_party() {
    let evs = coded(
        "The Chilean navy arrested 12 Peruvian fishermen and seized two trawlers off the \
         southern island of Isla Brava on Sunday.",
    );
    assert!(evs.iter().all(|(_, t, _)| t != "ECU"), "{evs:?}");
    assert!(
        evs.iter()
            .any(|(s, t, _)| s == "CHLMIL" && t.starts_with("PER")),
        "{evs:?}"
    );
}
