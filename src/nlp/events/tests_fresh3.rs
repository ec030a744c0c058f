//! Branch fresh3: what a third batch of twelve articles written blind showed; invented text.
use super::tests::{has_sides, run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 3] = [
    ("Freedonia", "FRE", Location),
    ("Ruritania", "RUR", Location),
    ("Sylvania", "SYL", Location),
];

#[test]
fn a_singular_pronoun_is_not_a_plural_speaker() {
    let evs = run(
        "Freedonia's opposition lawmakers criticised the decree, saying it would protect Ruritania.",
        &ACTORS,
    );
    let pairs = triples(&evs);
    assert!(!has_sides(&evs, "FRE", "RUR", ""), "{pairs:?}");
}

#[test]
fn a_singular_pronoun_is_still_a_singular_speaker() {
    let evs = run("Freedonia said it would protect Ruritania.", &ACTORS);
    let pairs = triples(&evs);
    assert!(has_sides(&evs, "FRE", "RUR", ""), "{pairs:?}");
}

#[test]
fn a_speech_verb_with_an_object_codes_its_own_act_beside_a_loose_clause() {
    let evs = run(
        "Freedonia announced 50 million dollars in aid for Ruritania on Monday, most of it to \
         support the Ruritanian army's border units, as Sylvania pressed Ruritania to close \
         the border.",
        &ACTORS,
    );
    let pairs = triples(&evs);
    assert!(has_sides(&evs, "FRE", "RUR", "07"), "{pairs:?}");
}

#[test]
fn drills_held_for_days_are_a_show_of_force_not_a_detention() {
    let evs = run(
        "Freedonia held drills around the island for two days in October.",
        &ACTORS,
    );
    let pairs = triples(&evs);
    assert!(!pairs.iter().any(|(_, _, c)| c == "173"), "{pairs:?}");
}

#[test]
fn gathering_evidence_is_no_meeting() {
    let evs = run(
        "Freedonia expelled two Ruritanian diplomats on Monday. Freedonia's police had gathered \
         evidence that the two diplomats had recruited informants.",
        &ACTORS,
    );
    let pairs = triples(&evs);
    assert!(
        !pairs.iter().any(|(_, _, c)| c.starts_with("04")),
        "{pairs:?}"
    );
}

#[test]
fn adding_firms_to_an_entity_list_restricts_them() {
    let evs = run(
        "Freedonia added 12 Ruritanian companies to its entity list on Tuesday.",
        &ACTORS,
    );
    let pairs = triples(&evs);
    assert!(
        pairs
            .iter()
            .any(|(s, t, c)| s.starts_with("FRE") && t.starts_with("RUR") && c == "163"),
        "{pairs:?}"
    );
    assert!(
        !pairs.iter().any(|(_, _, c)| c.starts_with("06")),
        "{pairs:?}"
    );
}

#[test]
fn an_appeal_in_a_clause_of_a_letter_is_addressed_to_its_recipient() {
    let evs = run(
        "Freedonia had written to Ruritania asking for the treaty to be reopened.",
        &ACTORS,
    );
    let pairs = triples(&evs);
    assert!(has_sides(&evs, "FRE", "RUR", "02"), "{pairs:?}");
}
