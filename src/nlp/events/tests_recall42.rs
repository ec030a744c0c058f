//! Lead acts with no candidate on main (branch recall42): a comment participle set off by a
//! comma after an object-control infinitive ("ordered Y's envoys to leave, accusing them of
//! …") is the orderer's act; invented sentences.
use super::tests::has_root as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 4] = [
    ("Kenya", "KEN", Location),
    ("Ugandan diplomats", "UGAGOV", Organisation),
    ("Ugandan traders", "UGABUS", Organisation),
    ("Tanzania", "TZA", Location),
];

#[test]
fn a_comment_after_an_order_to_leave_is_the_orderers() {
    let evs = run(
        "Kenya ordered two Ugandan diplomats to leave the country within 72 hours, accusing Tanzania of paying them.",
        &ACTORS,
    );
    // the diplomats ordered out are not the accusers
    assert!(has(&evs, "KEN", "TZA", "112"), "{:?}", triples(&evs));
    assert!(!has(&evs, "UGAGOV", "TZA", "112"), "{:?}", triples(&evs));
}

#[test]
fn a_comment_after_an_order_in_a_second_conjunct_is_the_orderers() {
    let evs = run(
        "Kenya closed the crossing on Monday and ordered Ugandan traders to leave, accusing Tanzania of arming smugglers.",
        &ACTORS,
    );
    assert!(has(&evs, "KEN", "TZA", "112"), "{:?}", triples(&evs));
}

#[test]
fn an_accusation_inside_the_order_without_a_comma_stays_its_content() {
    // contrast: no comma, so "accusing" is what the traders are told to stop doing
    let evs = run(
        "Kenya told Ugandan traders to stop accusing Tanzania of smuggling.",
        &ACTORS,
    );
    assert!(!has(&evs, "KEN", "TZA", "112"), "{:?}", triples(&evs));
}
