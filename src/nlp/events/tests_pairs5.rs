//! A pair agreeing on a shared act with a partner (branch pairs5): "A and B agreed to set
//! up a joint commission with C" is their agreement with each other as well as with C; a
//! place of the shared act is no partner (`tests_quad5`). Invented sentences.
use super::tests::{has_root, run, triples};
use super::tests_pairs4::both_ways;
use super::*;
use EntityType::*;

pub(super) const PARTIES: [(&str, &str, EntityType); 3] = [
    ("Kenya", "KEN", Location),
    ("Tanzania", "TZA", Location),
    ("Ethiopia", "ETH", Location),
];

#[test]
fn a_pair_agreeing_on_a_joint_body_with_a_partner_agrees_with_each_other() {
    for text in [
        "Kenya and Tanzania agreed on Monday to set up a joint commission with Ethiopia \
         to monitor the border.",
        "Kenya and Tanzania agreed to form a joint task force with Ethiopia.",
    ] {
        let evs = run(text, &PARTIES);
        assert!(both_ways(&evs, "03"), "{text}: {:?}", triples(&evs));
        assert!(
            has_root(&evs, "KEN", "ETH", "03"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn one_side_with_a_partner_agrees_with_the_partner_only() {
    let text = "Kenya agreed on Monday to set up a joint commission with Ethiopia.";
    let evs = run(text, &PARTIES);
    assert!(
        has_root(&evs, "KEN", "ETH", "03"),
        "{text}: {:?}",
        triples(&evs)
    );
    assert!(
        !has_root(&evs, "KEN", "TZA", "03"),
        "{text}: {:?}",
        triples(&evs)
    );
}
