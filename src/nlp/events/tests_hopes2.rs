//! Branch hopes2: a wish for another party's act ("hoped Y would settle") is a statement
//! about Y, not an appeal to Y; an appeal that names its addressee stays one. Invented text.
use super::tests::{has_sides, run, three_states_and, triples};

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[])
}

#[test]
fn a_hope_that_a_third_party_acts_is_no_appeal_to_it() {
    for text in [
        "Sylvania said it hoped Freedonia and Ruritania would settle the quarrel through talks.",
        "Sylvania's foreign minister said Sylvania hoped Ruritania would join the treaty soon.",
        "Sylvania hopes that Freedonia will reopen the border before the winter.",
    ] {
        let evs = run(text, &actors());
        assert!(
            !has_sides(&evs, "SYL", "RUR", "02"),
            "{text}: {:?}",
            triples(&evs)
        );
        assert!(
            !has_sides(&evs, "SYL", "FRE", "02"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn an_appeal_that_names_its_addressee_is_kept() {
    let evs = run(
        "Sylvania urged Ruritania to settle the quarrel through talks.",
        &actors(),
    );
    assert!(has_sides(&evs, "SYL", "RUR", "02"), "{:?}", triples(&evs));
    let evs = run(
        "Sylvania called on Freedonia to reopen the border before the winter.",
        &actors(),
    );
    assert!(has_sides(&evs, "SYL", "FRE", "02"), "{:?}", triples(&evs));
}
