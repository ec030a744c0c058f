//! Branch actnouns3: an act noun's author in its own `by` phrase, wherever the parse hung
//! it ("during a trip to Lima by Y", "the expulsion of two envoys by Y", "the offer of help
//! by Y was welcomed"), is the author: the clause's subjects are not, nor is the author a
//! party of the clause's own act. Invented sentences.
use super::tests::{pairs_coded, run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 10] = [
    ("Peru", "PER", Location),
    ("Chile", "CHL", Location),
    ("Santiago", "CHL", Location),
    ("Brazil", "BRA", Location),
    ("Brazil's foreign minister", "BRAGOV", Person),
    ("Hungary", "HUN", Location),
    ("Russia", "RUS", Location),
    ("Estonian", "EST", Nationality),
    ("Japan", "JPN", Location),
    ("Vietnam", "VNM", Location),
];

#[test]
fn a_trips_author_hung_on_the_verb_is_no_party_of_the_signing() {
    let text = "Peru and Chile signed a fishing pact during a trip to Lima by Brazil's foreign \
                minister.";
    let found = triples(&run(text, &ACTORS));
    assert!(
        found.iter().all(|(_, t, _)| !t.starts_with("BRA")),
        "{found:?}"
    );
}

#[test]
fn a_visit_by_someone_unnamed_is_no_visit_of_the_co_subjects() {
    let text = "Peru and Chile signed a pact on Monday during a visit to Santiago by the \
                minister.";
    let found = pairs_coded(text, &ACTORS, "042");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_by_phrase_on_the_patient_names_the_condemned_author() {
    let text = "Hungary condemned the expulsion of two Estonian diplomats by Russia.";
    let found = pairs_coded(text, &ACTORS, "11");
    assert!(
        found.iter().any(|(s, t)| s == "HUN" && t == "RUS"),
        "{found:?}"
    );
    assert!(found.iter().all(|(_, t)| t != "EST"), "{found:?}");
}

#[test]
fn a_welcomed_offer_by_y_as_passive_subject_targets_y() {
    let text = "The offer of help by Japan was welcomed by Vietnam.";
    let found = pairs_coded(text, &ACTORS, "05");
    assert!(
        found.iter().any(|(s, t)| s == "VNM" && t == "JPN"),
        "{found:?}"
    );
}
