//! Pairs agreeing to a joint act and meeting in a subordinate clause (branch pairs4): "A and
//! B agreed to set up a commission of inquiry" is their agreement with each other; "A and B
//! border commissions agreed on …" is a clause, not a reduced relative. The "hours before" repair has its tree
//! tests in `frames/repair/measure.rs`. Invented sentences.
use super::tests::{has_root, run, triples};
use super::*;
use EntityType::*;

const PAIR: [(&str, &str, EntityType); 4] = [
    ("Kenya", "KEN", Location),
    ("Tanzania", "TZA", Location),
    ("Uganda", "UGA", Location),
    ("the two countries", "KEN/TZA", Organisation),
];

const ADJECTIVES: [(&str, &str, EntityType); 2] = [
    ("Kenyan", "KEN", Nationality),
    ("Tanzanian", "TZA", Nationality),
];

pub(super) fn both_ways(evs: &[CodedEvent], root: &str) -> bool {
    has_root(evs, "KEN", "TZA", root) && has_root(evs, "TZA", "KEN", root)
}

#[test]
fn a_pair_agreeing_to_an_inquiry_agrees_with_each_other() {
    for text in [
        "Kenya and Tanzania agreed on Monday to set up a joint commission of inquiry into \
         the killings.",
        "Kenya and Tanzania agreed to open an investigation into the shooting.",
    ] {
        let evs = run(text, &PAIR);
        assert!(both_ways(&evs, "03"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn a_pledge_to_investigate_is_no_agreement() {
    // a promise is made to a victim's side, not with a partner
    let text = "Kenya pledged on Monday to open an inquiry into the deaths of fishermen from \
                Tanzania.";
    let evs = run(text, &PAIR);
    assert!(!has_root(&evs, "KEN", "TZA", "03"), "{:?}", triples(&evs));
}

#[test]
fn a_single_party_with_a_joint_body_agrees_with_the_third_only() {
    let text = "Kenya agreed on Monday to set up a joint committee with Uganda.";
    let evs = run(text, &PAIR);
    assert!(has_root(&evs, "KEN", "UGA", "03"), "{:?}", triples(&evs));
    assert!(!has_root(&evs, "KEN", "TZA", "03"), "{:?}", triples(&evs));
}

#[test]
fn commissions_that_agreed_are_a_clause_not_a_relative() {
    for text in [
        "Kenyan and Tanzanian border commissions agreed on Friday on the line of their \
         frontier.",
        "Kenyan and Tanzanian border commissions agreed on Friday on the line of their \
         frontier but again failed to settle the status of the island.",
    ] {
        let evs = run(text, &ADJECTIVES);
        assert!(both_ways(&evs, "03"), "{text}: {:?}", triples(&evs));
    }
}
