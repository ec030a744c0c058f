//! A measure on people the story already showed held by the source's state falls on those
//! foreigners, not on the source's own population (branch precision31); invented sentences.
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const HOLDER: (&str, &str, EntityType) = ("Peru's interior ministry", "PERGOV", Organisation);

#[test]
fn a_confirmed_arrest_with_no_story_is_on_the_own_population() {
    let evs = run(
        "Peru's interior ministry confirmed the arrests in a statement on Tuesday.",
        &[HOLDER],
    );
    let tr = triples(&evs);
    assert!(
        tr.iter().any(|(s, t, _)| s == "PERGOV" && t == "PER"),
        "{tr:?}"
    );
}

#[test]
fn a_confirmed_arrest_of_foreigners_held_earlier_is_not_on_the_own_population() {
    let evs = run(
        "Peruvian coast guards detained twelve Chilean fishermen off Arica on Monday. \
         Peru's interior ministry confirmed the arrests in a statement on Tuesday.",
        &[
            ("Peruvian coast guards", "PERCOP", Organisation),
            ("Chilean", "CHL", Nationality),
            HOLDER,
        ],
    );
    let tr = triples(&evs);
    assert!(
        !tr.iter().any(|(s, t, _)| s == "PERGOV" && t == "PER"),
        "{tr:?}"
    );
}
