//! Demands and appeals for release, and pledges (branch codes1): the code follows the object
//! ("the officers' release", "called for the release", "pledged $50 million", "pledged to
//! disarm"). Invented sentences.
use super::tests::{has_code, run, triples};
use super::*;
use EntityType::*;

const HOLDING: [(&str, &str, EntityType); 3] = [
    ("Togolese police", "TGOCOP", Organisation),
    ("Ghanaian", "GHA", Nationality),
    ("Accra", "GHA", Location),
];

/// A plural possessive's apostrophe does not end the clause: "the officers' release" is a
/// demand for release (1053), addressed to the detaining police.
#[test]
fn a_plural_possessive_release_is_a_release_demand() {
    let evs = run(
        "Togolese police detained three Ghanaian customs officers on Monday. Accra demanded \
         the officers' immediate release.",
        &HOLDING,
    );
    assert!(
        has_code(&evs, "GHA", "TGOCOP", "1053"),
        "{:?}",
        triples(&evs)
    );
}

/// "called for the release of …" is an appeal for release (0253), addressed to the holder.
#[test]
fn a_call_for_release_is_a_release_appeal() {
    let evs = run(
        "Togolese police detained three Ghanaian customs officers on Monday. Accra called for \
         the release of the officers.",
        &HOLDING,
    );
    assert!(
        has_code(&evs, "GHA", "TGOCOP", "0253"),
        "{:?}",
        triples(&evs)
    );
}

/// Urging a party to free people is an appeal for their release.
#[test]
fn urging_to_free_is_a_release_appeal() {
    let evs = run(
        "Ghana urged Togo to free the detained fishermen.",
        &[("Ghana", "GHA", Location), ("Togo", "TGO", Location)],
    );
    assert!(has_code(&evs, "GHA", "TGO", "0253"), "{:?}", triples(&evs));
}

/// "demanded the return of the bodies": people or property given back (1053).
#[test]
fn a_demand_for_the_return_of_bodies_is_a_release_demand() {
    let evs = run(
        "Ghana demanded the return of the bodies from Togo.",
        &[("Ghana", "GHA", Location), ("Togo", "TGO", Location)],
    );
    assert!(has_code(&evs, "GHA", "TGO", "1053"), "{:?}", triples(&evs));
}

/// A pledge of a sum of money is a promise of economic aid (0331).
#[test]
fn a_pledge_of_money_is_intent_of_economic_aid() {
    let evs = run(
        "Japan pledged $50 million to Kenya for the new port.",
        &[("Japan", "JPN", Location), ("Kenya", "KEN", Location)],
    );
    assert!(has_code(&evs, "JPN", "KEN", "0331"), "{:?}", triples(&evs));
}

/// A pledge to disarm armed groups is a promise (03x), never a threat of force (13x).
#[test]
fn a_pledge_to_disarm_is_no_threat() {
    let evs = run(
        "Under the accord, Iraq pledged to disarm the Syrian rebels near the border.",
        &[
            ("Iraq", "IRQ", Location),
            ("Syrian rebels", "SYRREB", Organisation),
        ],
    );
    let tr = triples(&evs);
    assert!(tr.iter().all(|(_, _, c)| !c.starts_with("13")), "{tr:?}");
    assert!(
        tr.iter().any(|(s, _, c)| s == "IRQ" && c.starts_with("03")),
        "{tr:?}"
    );
}

/// A noun inside a time phrase is no object of the verb's patterns: "opposed a package
/// during the envoys' talks" opposed the package, not the talks (no refusal to negotiate).
#[test]
fn talks_inside_a_during_phrase_are_no_object() {
    let evs = run(
        "Austria and Malta had opposed a tougher package during the envoys' talks, diplomats \
         said.",
        &[("Austria", "AUT", Location), ("Malta", "MLT", Location)],
    );
    let tr = triples(&evs);
    assert!(tr.iter().all(|(_, _, c)| c != "125"), "{tr:?}");
}

/// A verb the dictionaries lack still ends the previous verb's reach: "disarm the rebels and
/// relocate them to camps" has no "disarm … camps" (a use of force), only the pledge.
#[test]
fn a_pledge_to_disarm_and_relocate_is_no_threat() {
    let evs = run(
        "Iraq pledged to disarm the Syrian rebels and relocate them to camps.",
        &[
            ("Iraq", "IRQ", Location),
            ("Syrian rebels", "SYRREB", Organisation),
        ],
    );
    let tr = triples(&evs);
    assert!(tr.iter().all(|(_, _, c)| !c.starts_with("13")), "{tr:?}");
}

/// "demanded the officers' release", the officers unplaced: the call goes to the holder.
#[test]
fn an_unplaced_detained_group_is_no_addressee() {
    let evs = run(
        "Togolese police detained three Ghanaian customs agents on Monday. Accra demanded \
         the officers' immediate release.",
        &[
            ("Togolese police", "TGOCOP", Organisation),
            ("Ghanaian", "GHA", Nationality),
            ("Accra", "GHA", Location),
            ("officers", "---MIL", Organisation),
        ],
    );
    assert!(
        has_code(&evs, "GHA", "TGOCOP", "1053"),
        "{:?}",
        triples(&evs)
    );
}
