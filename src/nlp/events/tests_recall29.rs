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
fn a_flight_with_no_talks_is_a_visit_made_too() {
    // branch precision28: a journey made is a visit (042), not the CAMEO file's intent to
    // meet (036); the dev set's gold codes "flew to Kingston to visit the detained men" and
    // "an official who had flown to Manama" as consultations
    let t = codes("Togo's president flew to Accra on Friday.");
    assert!(!t.iter().any(|x| x.2 == "036"), "{t:?}");
}

const ANDES: [(&str, &str, EntityType); 3] = [
    ("Chile's ambassador", "CHLGOV", Organisation),
    ("the foreign ministry", "PERGOV", Organisation),
    ("Peru", "PER", Location),
];

fn summons(text: &str) -> Vec<(String, String, String)> {
    triples(&run(text, &ANDES))
        .into_iter()
        .filter(|x| x.2 == "110")
        .collect()
}

fn protest(source: &str) -> (String, String, String) {
    (source.to_string(), "CHLGOV".to_string(), "110".to_string())
}

#[test]
fn a_passive_summons_to_a_ministry_is_that_ministry_s_protest() {
    let t = summons("Chile's ambassador was summoned to the foreign ministry on Tuesday.");
    assert_eq!(t, vec![protest("PERGOV")]);
}

#[test]
fn a_passive_summons_with_an_agent_is_coded_as_the_active() {
    let t = summons("Chile's ambassador was summoned by Peru on Tuesday.");
    assert_eq!(t, vec![protest("PER")]);
}

#[test]
fn a_passive_summons_without_agent_or_ministry_names_no_source() {
    let t = summons("Chile's ambassador was summoned on Tuesday.");
    // the coder keeps it with no source; the gate drops it (a passive with no agent)
    assert!(t.iter().all(|x| x.0.is_empty()), "{t:?}");
}

#[test]
fn a_negated_summons_is_no_protest() {
    let t = summons("Chile's ambassador was not summoned to the foreign ministry.");
    assert!(t.is_empty(), "{t:?}");
}
