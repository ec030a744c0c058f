//! Pledges of sums (branch recall32): a quantifier floated after the donors, a pledge by a
//! light verb, and a sum with no recipient in a story of donors to one country. Invented
//! sentences.
use super::tests::run;
use super::tests::{has_root, triples};
use super::*;
use EntityType::*;

const DONORS: [(&str, &str, EntityType); 5] = [
    ("Norway", "NOR", Location),
    ("Chile", "CHL", Location),
    ("Peru", "PER", Location),
    ("Vanuatu", "VUT", Location),
    ("Denmark", "DNK", Location),
];

#[test]
fn donors_who_each_promised_a_sum_each_promise_it() {
    // "each" between the subject and the verb is no determiner of a noun "promised"
    let text = "Chile and Peru each promised 5 million dollars to Vanuatu.";
    let evs = run(text, &DONORS);
    assert!(has_root(&evs, "CHL", "VUT", "03"), "{:?}", triples(&evs));
    assert!(has_root(&evs, "PER", "VUT", "03"), "{:?}", triples(&evs));
}

#[test]
fn donors_who_each_promise_do_not_promise_each_other() {
    let text = "Norway pledged 20 million dollars to Vanuatu. Chile and Peru each promised \
                5 million dollars.";
    let evs = run(text, &DONORS);
    assert!(!has_root(&evs, "CHL", "PER", "03"), "{:?}", triples(&evs));
    assert!(has_root(&evs, "CHL", "VUT", "03"), "{:?}", triples(&evs));
}

#[test]
fn a_sum_promised_with_no_recipient_goes_to_the_storys_recipient() {
    let text = "Norway pledged 20 million dollars to Vanuatu after the cyclone. \
                Denmark promised 8 million dollars on Tuesday.";
    let evs = run(text, &DONORS);
    assert!(has_root(&evs, "DNK", "VUT", "03"), "{:?}", triples(&evs));
}

#[test]
fn a_pledge_made_by_a_light_verb_is_a_promise_of_the_sum() {
    let text = "Norway pledged 20 million dollars to Vanuatu after the cyclone. \
                Denmark made the largest pledge, 30 million dollars over two years.";
    let evs = run(text, &DONORS);
    assert!(has_root(&evs, "DNK", "VUT", "03"), "{:?}", triples(&evs));
}

#[test]
fn a_promise_with_no_sum_takes_no_story_recipient() {
    // "help" names no sum: what it is for is left open
    let text = "Norway pledged 20 million dollars to Vanuatu after the cyclone. \
                Denmark promised help.";
    let evs = run(text, &DONORS);
    assert!(!has_root(&evs, "DNK", "VUT", "03"), "{:?}", triples(&evs));
}

#[test]
fn a_sum_with_two_earlier_recipients_takes_neither() {
    let text = "Norway pledged 20 million dollars to Vanuatu. Chile pledged 3 million \
                dollars to Peru. Denmark promised 8 million dollars on Tuesday.";
    let evs = run(text, &DONORS);
    assert!(
        !triples(&evs)
            .iter()
            .any(|(s, t, _)| s == "DNK" && !t.is_empty()),
        "{:?}",
        triples(&evs)
    );
}
