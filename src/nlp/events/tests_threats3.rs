//! Threats with no verb of threatening (branch threats3), on invented sentences: an announced
//! review of the source's ties with a party, and a possible hostile measure under its own
//! condition, threaten that party; a past review, the review of a request, a negated review,
//! a possible measure with no condition and a cooperative possibility do not.
use super::tests::{pair, run, threats};
use super::*;
use EntityType::*;

const SIDES: [(&str, &str, EntityType); 5] = [
    ("Chile", "CHL", Location),
    ("Chilean", "CHL", Nationality),
    ("Santiago", "CHL", Location),
    ("Peru", "PER", Location),
    ("Lima", "PER", Location),
];

#[test]
fn an_announced_review_of_ties_threatens_the_partner() {
    for text in [
        "Chile said Santiago would review all cooperation with Peru.",
        "The minister said Chile would review all of its cooperation with Lima if the \
         trawlers were not released by Sunday.",
        "Santiago will review its fisheries agreement with Peru, the minister added.",
    ] {
        let t = threats(&run(text, &SIDES));
        assert!(t.contains(&pair("CHL", "PER")), "{text}: {t:?}");
    }
}

#[test]
fn a_past_negated_or_non_tie_review_is_no_threat() {
    for text in [
        "Chile and Peru reviewed their cooperation in fisheries at a meeting in Lima.",
        "Chile said Santiago would review Lima's request for a new border crossing.",
        "Chile said Santiago would not review its agreement with Peru.",
    ] {
        let t = threats(&run(text, &SIDES));
        assert!(t.is_empty(), "{text}: {t:?}");
    }
}

#[test]
fn a_possible_hostile_measure_under_a_condition_threatens() {
    let text = "The minister said Chile could suspend the fishing accord with Peru if Lima \
                did not free the Chilean crews.";
    let t = threats(&run(text, &SIDES));
    assert!(t.contains(&pair("CHL", "PER")), "{t:?}");
}

#[test]
fn a_possible_measure_without_condition_or_a_cooperative_one_is_no_threat() {
    for text in [
        "Analysts said Chile could suspend the fishing accord with Peru.",
        "The minister said Chile could resume talks with Peru if Lima freed the crews.",
    ] {
        let t = threats(&run(text, &SIDES));
        assert!(t.is_empty(), "{text}: {t:?}");
    }
}
