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
