//! Offers of good offices whose parties the sentence leaves out, welcomes of offers and
//! "according to" attributions (branch offers2). Invented text.
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

/// A dispute between Freedonia and Ruritania, told from both sides.
const DISPUTE: &str = "Freedonia accused Ruritania of shelling a border village on Monday. \
                       Ruritania rejected the accusation and accused Freedonia of firing first. \
                       Freedonia summoned Ruritania's ambassador. ";

#[test]
fn an_offer_to_host_talks_goes_to_both_sides_of_the_storys_pair() {
    for offer in [
        "Norway offered to host talks.",
        "Norway said it was ready to mediate.",
        "Norway offered to send a special envoy.",
        "Norway offered its good offices.",
    ] {
        let text = format!("{DISPUTE}{offer}");
        let evs = run(&text, &actors());
        assert!(
            has(&evs, "NOR", "FRE", "03"),
            "{offer}: {:?}",
            triples(&evs)
        );
        assert!(
            has(&evs, "NOR", "RUR", "03"),
            "{offer}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn an_offer_with_no_dominant_pair_has_no_guessed_parties() {
    // Two disputes of like weight: which pair Norway would host is not said.
    let text = "Freedonia accused Ruritania of shelling a border village. \
                Ruritania accused Sylvania of arming rebels. \
                Norway offered to host talks.";
    let evs = run(text, &actors());
    for t in ["FRE", "RUR", "SYL"] {
        assert!(!has(&evs, "NOR", t, "03"), "{t}: {:?}", triples(&evs));
    }
}

#[test]
fn an_offer_to_host_what_is_no_meeting_brings_no_parties_together() {
    let text = format!("{DISPUTE}Norway offered to host the refugees.");
    let evs = run(&text, &actors());
    assert!(!has(&evs, "NOR", "FRE", "03"), "{:?}", triples(&evs));
    assert!(!has(&evs, "NOR", "RUR", "03"), "{:?}", triples(&evs));
}

#[test]
fn the_two_sides_agreeing_to_meet_is_no_third_party_offer() {
    let text = format!("{DISPUTE}Sylvania agreed to host talks.");
    let evs = run(&text, &actors());
    assert!(!has(&evs, "SYL", "FRE", "03"), "{:?}", triples(&evs));
}

#[test]
fn a_conditional_offer_keeps_its_condition() {
    let text = format!("{DISPUTE}Norway offered to host talks if both sides asked.");
    let evs = run(&text, &actors());
    let asserted = evs.iter().any(|e| {
        e.source.actor.code == "NOR"
            && e.target.is_some()
            && e.cameo.starts_with("03")
            && e.modality == Modality::Asserted
    });
    assert!(!asserted, "{:?}", triples(&evs));
}

#[test]
fn welcoming_an_offer_endorses_the_one_who_made_it() {
    let text = "Norway offered to host talks between Freedonia and Ruritania. \
                Freedonia welcomed the Norwegian offer.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FRE", "NOR", "051"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FRE", "NOR", "030"), "{:?}", triples(&evs));
}

#[test]
fn the_source_of_an_according_to_attribution_is_no_target() {
    for text in [
        "Freedonia has sent a field hospital, according to a Ruritanian government statement.",
        "Freedonia has offered to send doctors, according to Ruritanian officials.",
    ] {
        let evs = run(text, &actors());
        assert!(!has(&evs, "FRE", "RUR", ""), "{text}: {:?}", triples(&evs));
    }
}
