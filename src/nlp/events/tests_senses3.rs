//! A verb's sense from its object and what follows it (branch senses3); invented sentences.
use super::tests::{has_root, run, triples};
use EntityType::*;

use super::*;

#[test]
fn striking_a_boat_off_a_coast_is_no_negotiation_with_the_coastal_state() {
    // "* OFF" (046) of the block of "attack" and "strike" read the place's "off" as a particle
    let actors = [
        ("Kenyan forces", "KENMIL", Organisation),
        ("Somalia", "SOM", Location),
    ];
    for text in [
        "Kenyan forces struck a small boat off Somalia on Tuesday, killing four people.",
        "Kenyan forces attacked a fishing boat off the coast of Somalia on Tuesday.",
    ] {
        let evs = run(text, &actors);
        assert!(
            !has_root(&evs, "KENMIL", "SOM", "04"),
            "{:?}",
            triples(&evs)
        );
        // the coastal state is where the boat was, not whom the strike hit
        assert!(
            !has_root(&evs, "KENMIL", "SOM", "19"),
            "{:?}",
            triples(&evs)
        );
    }
}

#[test]
fn striking_a_deal_or_a_military_post_keeps_its_sense() {
    let actors = [("Ethiopia", "ETH", Location), ("Djibouti", "DJI", Location)];
    let evs = run(
        "Ethiopia struck a deal with Djibouti on Monday to share the port.",
        &actors,
    );
    assert!(has_root(&evs, "ETH", "DJI", "05"), "{:?}", triples(&evs));
    let actors = [
        ("The Indian army", "INDMIL", Organisation),
        ("Pakistani", "PAK", Nationality),
    ];
    let evs = run(
        "The Indian army struck a Pakistani military post in Kashmir on Sunday.",
        &actors,
    );
    assert!(
        evs.iter()
            .any(|e| e.source.actor.code == "INDMIL" && e.cameo.starts_with("19")),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn fighting_off_raiders_is_fighting_not_negotiating() {
    // the particle right after the verb: the block's "* OFF" (046) gave it a negotiation
    let actors = [
        ("Ghanaian troops", "GHAMIL", Organisation),
        ("Togolese raiders", "TGOREB", Organisation),
    ];
    let evs = run(
        "Ghanaian troops fought off Togolese raiders on Monday.",
        &actors,
    );
    assert!(
        !has_root(&evs, "GHAMIL", "TGOREB", "04"),
        "{:?}",
        triples(&evs)
    );
    assert!(
        has_root(&evs, "GHAMIL", "TGOREB", "19"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_particle_the_parse_takes_for_off_keeps_the_place_after_it() {
    // "cordoned off the roads into Y": "off" right after the verb is its particle, so the
    // phrase after it is no offshore adjunct and Y stays the target
    let actors = [
        ("Ghanaian soldiers", "GHAMIL", Organisation),
        ("Togo", "TGO", Location),
    ];
    let evs = run(
        "Ghanaian soldiers cordoned off the roads leading into Togo on Monday.",
        &actors,
    );
    assert!(
        evs.iter().any(|e| e.source.actor.code == "GHAMIL"
            && e.target.as_ref().is_some_and(|t| t.actor.code == "TGO")),
        "{:?}",
        triples(&evs)
    );
}
