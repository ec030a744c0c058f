//! Conditional vows to send a dispute to a third party (branch threats6): "would raise the
//! matter with F / seek arbitration if Y …" threatens Y, never the forum. Invented sentences.
use super::tests::{has_sides, run, triples};
use super::*;
use EntityType::*;

/// A threatening state (Benin), the other side (Togo) and a forum (the AU).
const SIDES: [(&str, &str, EntityType); 5] = [
    ("Togo", "TGO", Location),
    ("Togolese soldiers", "TGOMIL", Organisation),
    ("Beninese", "BEN", Nationality),
    ("Benin", "BEN", Location),
    ("the African Union", "IGOAFRAU", Organisation),
];

fn threatens(evs: &[CodedEvent], src: &str, tgt: &str) -> bool {
    has_sides(evs, src, tgt, "13")
}

fn no_threat(evs: &[CodedEvent]) -> bool {
    !evs.iter().any(|e| e.cameo.starts_with("13"))
}

/// A dispute to be raised with a forum if the other side does not act: a threat to it.
#[test]
fn a_matter_to_be_raised_with_a_forum_threatens_the_other_side() {
    let evs = run(
        "Togolese soldiers detained four Beninese fishermen on Monday. Benin said it would \
         raise the matter with the African Union if the fishermen were not freed.",
        &SIDES,
    );
    assert!(threatens(&evs, "BEN", "TGO"), "{:?}", triples(&evs));
    assert!(!threatens(&evs, "BEN", "IGOAFRAU"), "{:?}", triples(&evs));
}

/// Arbitration sought if the other side does not act: a threat to the party the condition
/// names.
#[test]
fn arbitration_sought_under_a_condition_threatens_the_party_asked() {
    let evs = run(
        "Benin said it would seek international arbitration if Togo did not reopen the border.",
        &SIDES,
    );
    assert!(threatens(&evs, "BEN", "TGO"), "{:?}", triples(&evs));
}

/// A forum an organisation owns is not the party threatened.
#[test]
fn an_organisations_court_is_not_the_party_threatened() {
    let evs = run(
        "Togolese soldiers detained four Beninese fishermen on Monday. Benin said it would \
         take the dispute to the African Union's court if the fishermen were not freed.",
        &SIDES,
    );
    assert!(threatens(&evs, "BEN", "TGO"), "{:?}", triples(&evs));
    assert!(!threatens(&evs, "BEN", "IGOAFRAU"), "{:?}", triples(&evs));
}

/// A plan with no condition is no threat.
#[test]
fn a_matter_to_be_raised_at_a_summit_without_a_condition_is_no_threat() {
    let evs = run(
        "Benin will raise the matter at the African Union summit next month.",
        &SIDES,
    );
    assert!(no_threat(&evs), "{:?}", triples(&evs));
}

/// A dispute raised in the past is no threat.
#[test]
fn a_matter_raised_in_the_past_is_no_threat() {
    let evs = run(
        "Benin raised the issue with the African Union on Monday.",
        &SIDES,
    );
    assert!(no_threat(&evs), "{:?}", triples(&evs));
}

/// A negated vow is no threat.
#[test]
fn a_negated_vow_of_arbitration_is_no_threat() {
    let evs = run(
        "Benin said it would not seek arbitration if Togo reopened the border.",
        &SIDES,
    );
    assert!(no_threat(&evs), "{:?}", triples(&evs));
}
