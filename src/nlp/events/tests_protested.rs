//! Protesting, opposing or objecting to another state's sanctions, expulsions, arrests,
//! detentions or sentences is disapproval of the state that imposed them, never support or
//! a consultation (the CAMEO file's conflict-verb patterns code support for the side hit,
//! and the parse's target is the one that imposed them); invented sentences.
use super::tests::{has_root, run, triples};
use EntityType::*;

use super::*;

const SIDES: [(&str, &str, EntityType); 2] =
    [("Fiji", "FJI", Location), ("Tonga", "TON", Location)];

/// Disapproval (11) of `target` by `source`, and no cooperative code (01–08) between them.
fn disapproves(text: &str) {
    let evs = run(text, &SIDES);
    let t = triples(&evs);
    assert!(has_root(&evs, "FJI", "TON", "11"), "{text}: {t:?}");
    let cooperative = ["01", "02", "03", "04", "05", "06", "07", "08"];
    for c in cooperative {
        assert!(!has_root(&evs, "FJI", "TON", c), "{text}: {t:?}");
    }
}

#[test]
fn protesting_anothers_sanctions_disapproves_of_it() {
    disapproves("Fiji protested against the sanctions imposed by Tonga.");
    disapproves("Fiji protested the sanctions announced by Tonga on Friday.");
}

#[test]
fn protesting_anothers_expulsion_of_diplomats_disapproves_of_it() {
    disapproves("Fiji protested against the expulsion of two of its diplomats by Tonga.");
}

#[test]
fn opposing_or_objecting_to_anothers_sanctions_disapproves_of_it() {
    disapproves("Fiji opposed the sanctions imposed by Tonga.");
    disapproves("Fiji objected to the sanctions announced by Tonga.");
}

#[test]
fn opposing_or_protesting_anothers_arrests_and_sentences_disapproves_of_it() {
    disapproves("Fiji opposed the arrest of its citizen by Tonga.");
    disapproves("Fiji objected to the detention of its fishermen by Tonga.");
    disapproves("Fiji protested against the sentence passed on its sailor by Tonga.");
}
