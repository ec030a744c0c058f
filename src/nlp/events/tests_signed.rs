//! Co-subjects who sign a document sign with each other (branch clauses2).
use super::tests::{run, triples};
use super::*;
use EntityType::*;

fn pairs(text: &str, actors: &[(&str, &str, EntityType)]) -> Vec<(String, String, String)> {
    triples(&run(text, actors))
        .into_iter()
        .filter(|(_, _, c)| c.starts_with("057"))
        .collect()
}

#[test]
fn co_signers_of_a_document_with_only_a_sector_in_it_sign_with_each_other() {
    let tr = pairs(
        "Chile and Peru signed a memorandum on military training on Tuesday.",
        &[
            ("Chile", "CHL", Location),
            ("Peru", "PER", Location),
            ("military", "---MIL", Organisation),
        ],
    );
    assert!(tr.iter().any(|t| t.0 == "CHL" && t.1 == "PER"), "{tr:?}");
    assert!(tr.iter().any(|t| t.0 == "PER" && t.1 == "CHL"), "{tr:?}");
    assert!(tr.iter().all(|t| t.1 != "---MIL"), "{tr:?}");
}

#[test]
fn a_named_third_party_stays_the_target() {
    let tr = pairs(
        "Chile and Peru signed a memorandum with Bolivia on Tuesday.",
        &[
            ("Chile", "CHL", Location),
            ("Peru", "PER", Location),
            ("Bolivia", "BOL", Location),
        ],
    );
    assert!(!tr.is_empty(), "{tr:?}");
    assert!(tr.iter().all(|t| t.1 == "BOL" || t.0 == "BOL"), "{tr:?}");
}

/// A building after "at" is where a cooperative act happens (branch recall4): the co-signers
/// sign with each other, not with the owner of the building.
#[test]
fn a_building_after_at_is_the_venue_of_a_signing() {
    let tr = pairs(
        "President Boric and President Boluarte signed a peace agreement at the White House.",
        &[
            ("President Boric", "CHLGOV", Person),
            ("President Boluarte", "PERGOV", Person),
            ("the White House", "USAGOV", Organisation),
        ],
    );
    assert!(
        tr.iter().any(|t| t.0 == "CHLGOV" && t.1 == "PERGOV"),
        "{tr:?}"
    );
    assert!(
        tr.iter().any(|t| t.0 == "PERGOV" && t.1 == "CHLGOV"),
        "{tr:?}"
    );
    assert!(tr.iter().all(|t| t.1 != "USAGOV"), "{tr:?}");
}

/// "at" marks the target of a verbal attack ("lashed out at"): not a venue for 11-14.
#[test]
fn the_object_of_lashing_out_at_stays_the_target() {
    let tr = triples(&run(
        "President Boric lashed out at the White House on Monday.",
        &[
            ("President Boric", "CHLGOV", Person),
            ("the White House", "USAGOV", Organisation),
        ],
    ));
    assert!(
        tr.iter().any(|t| t.0 == "CHLGOV" && t.1 == "USAGOV"),
        "{tr:?}"
    );
}
