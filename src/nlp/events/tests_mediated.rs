//! Mediators, hosts and the parties they bring together (branch joint1). Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Norway", "NOR", Location),
        ("Norwegian", "NOR", Nationality),
    ])
}

#[test]
fn a_mediation_naming_no_side_goes_to_the_storys_two_parties() {
    for text in [
        "Freedonia and Ruritania agreed on Friday to reopen their border. \
         The talks were mediated by Norway.",
        "Freedonia and Ruritania agreed on Friday to reopen their border. \
         The deal was reached after two days of negotiations brokered by Norway.",
    ] {
        let evs = run(text, &actors());
        assert!(
            has(&evs, "NOR", "FRE", "045"),
            "{text}: {:?}",
            triples(&evs)
        );
        assert!(
            has(&evs, "NOR", "RUR", "045"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn the_parties_of_a_mediation_are_two_sides_acting_on_each_other() {
    // Sylvania accused Freedonia: no talks between them for Norway to have mediated.
    let text = "Sylvania accused Freedonia of shelling its border on Friday. \
                The talks were mediated by Norway.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "NOR", "SYL", "045"), "{:?}", triples(&evs));
    assert!(!has(&evs, "NOR", "FRE", "045"), "{:?}", triples(&evs));
}

#[test]
fn the_broker_of_the_talks_a_clause_took_place_in_is_no_party_to_it() {
    let text =
        "Freedonia and Ruritania signed a border accord on Friday in talks brokered by Norway.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FRE", "RUR", "057"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FRE", "NOR", "057"), "{:?}", triples(&evs));
    assert!(has(&evs, "NOR", "FRE", "045"), "{:?}", triples(&evs));
    assert!(has(&evs, "NOR", "RUR", "045"), "{:?}", triples(&evs));
}

#[test]
fn a_third_party_that_made_an_act_possible_is_no_target() {
    for text in [
        "Freedonia and Ruritania signed a border accord under Norwegian mediation on Friday.",
        "Freedonia and Ruritania signed a border accord on Friday with the help of Norway.",
    ] {
        let evs = run(text, &actors());
        assert!(
            has(&evs, "FRE", "RUR", "057"),
            "{text}: {:?}",
            triples(&evs)
        );
        assert!(
            !has(&evs, "FRE", "NOR", "05"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn welcoming_the_deal_praises_its_two_parties() {
    let text = "Freedonia and Ruritania agreed on Friday to reopen their border. \
                Norway welcomed the agreement.";
    let evs = run(text, &actors());
    assert!(has(&evs, "NOR", "FRE", "05"), "{:?}", triples(&evs));
    assert!(has(&evs, "NOR", "RUR", "05"), "{:?}", triples(&evs));
}

#[test]
fn background_talks_name_no_parties() {
    let text = "Norway has hosted contacts between Freedonia and Ruritania since 2019. \
                Sylvania welcomed the agreement.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "SYL", "FRE", "05"), "{:?}", triples(&evs));
    assert!(!has(&evs, "SYL", "NOR", "05"), "{:?}", triples(&evs));
}
