//! Recall mechanisms of branch recall29, on invented sentences.
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const COAST: [(&str, &str, EntityType); 3] = [
    ("Togo's president", "TGOGOV", Organisation),
    ("Accra", "GHA", Location),
    ("Ghana", "GHA", Location),
];

fn codes(text: &str) -> Vec<(String, String, String)> {
    triples(&run(text, &COAST))
}

#[test]
fn a_journey_made_for_talks_is_a_visit() {
    let t = codes("Togo's president flew to Accra for talks on the border on Friday.");
    let visit = ("TGOGOV".to_string(), "GHA".to_string(), "042".to_string());
    assert!(t.contains(&visit), "{t:?}");
    assert!(!t.iter().any(|x| x.2 == "036"), "{t:?}");
}

#[test]
fn a_flight_with_no_talks_keeps_the_dictionary_reading() {
    let t = codes("Togo's president flew to Accra on Friday.");
    assert!(!t.iter().any(|x| x.2 == "042"), "{t:?}");
}
