//! Trigger senses and roles that gave false events (branch precision4); invented sentences.
use super::actors::ActorMap;
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use std::borrow::Cow;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 3] = [
    ("Ghana", "GHA", Location),
    ("Togo", "TGO", Location),
    ("Benin", "BEN", Location),
];

#[test]
fn passing_messages_between_two_parties_is_mediation() {
    let evs = run(
        "Ghana has passed messages between Togo and Benin for weeks.",
        &ACTORS,
    );
    assert!(has(&evs, "GHA", "TGO", "045"), "{:?}", triples(&evs));
    assert!(
        !evs.iter().any(|e| &*e.cameo == "080"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn expecting_another_to_act_is_no_agreement() {
    let evs = run("Ghana expected Togo to withdraw its police.", &ACTORS);
    assert!(!has(&evs, "GHA", "TGO", "030"), "{:?}", triples(&evs));
}

#[test]
fn expecting_trade_with_another_to_grow_is_a_forecast_not_a_demand() {
    // the party sits inside the forecast's subject; the verb of change has no agent
    for text in [
        "Ghana expected exports to Togo and Benin to grow next year.",
        "Ghana expected prices in Togo to fall after the harvest.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(
            !evs.iter().any(|e| e.cameo.starts_with("10")),
            "{:?}",
            triples(&evs)
        );
    }
    // a party asked to act is still a demand
    let evs = run("Ghana expected Togo to return the trucks.", &ACTORS);
    assert!(has(&evs, "GHA", "TGO", "100"), "{:?}", triples(&evs));
}

#[test]
fn expecting_to_act_oneself_still_codes() {
    // The "[---]" pattern needs an object before "to": the actor's own plan still codes.
    let evs = run("Ghana expects to sign a trade deal with Togo.", &ACTORS);
    assert!(
        triples(&evs)
            .iter()
            .any(|(s, t, _)| s == "GHA" && t == "TGO"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn distrust_is_an_attitude_not_an_event() {
    let evs = run("Ghana still distrusts Togo's ties with Benin.", &ACTORS);
    assert!(!has(&evs, "GHA", "TGO", "110"), "{:?}", triples(&evs));
}

const ARMY: [(&str, &str, EntityType); 4] = [
    ("Ghana's army", "GHAMIL", Organisation),
    ("Ghanaian soldiers", "GHAMIL", Organisation),
    ("Togolese soldiers", "TGOMIL", Organisation),
    ("Togo", "TGO", Location),
];

#[test]
fn own_forces_reported_by_their_army_are_its_claim() {
    let evs = run(
        "Ghana's army said Ghanaian soldiers had attacked a camp in Togo.",
        &ARMY,
    );
    assert!(has(&evs, "GHAMIL", "TGO", "190"), "{:?}", triples(&evs));
    assert!(
        !evs.iter().any(|e| &*e.cameo == "112"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn foreign_forces_reported_by_an_army_are_accused() {
    let evs = run(
        "Ghana's army said Togolese soldiers had attacked a border post.",
        &ARMY,
    );
    assert!(has(&evs, "GHAMIL", "TGOMIL", "112"), "{:?}", triples(&evs));
}

fn actor(code: &str, country: &str, sector: &str) -> Cow<'static, Actor> {
    Cow::Owned(Actor {
        code: code.into(),
        name: String::new(),
        country: country.into(),
        sector: sector.into(),
    })
}

fn side(m: u32) -> Side {
    Side {
        mentions: vec![m],
        ..Side::default()
    }
}

#[test]
fn own_side_is_the_state_of_the_speaker_not_its_rebels() {
    let mut map: ActorMap = Default::default();
    map.insert(0, vec![actor("GHAGOV", "GHA", "GOV")]);
    map.insert(1, vec![actor("---MIL", "", "")]);
    map.insert(2, vec![actor("GHAREB", "GHA", "REB")]);
    map.insert(3, vec![actor("GHAMIL", "GHA", "MIL")]);
    map.insert(4, vec![actor("TGOMIL", "TGO", "MIL")]);
    map.insert(5, vec![actor("IGOUNO", "", "")]);
    let speaker = side(0);
    assert!(own_side::same_side(&map, &speaker, &side(1)));
    assert!(own_side::same_side(&map, &speaker, &side(3)));
    assert!(!own_side::same_side(&map, &speaker, &side(2)));
    assert!(!own_side::same_side(&map, &speaker, &side(4)));
    assert!(!own_side::same_side(&map, &speaker, &side(5)));
}

#[test]
fn a_state_named_bare_speaks_for_its_forces_not_its_rebels() {
    let mut map: ActorMap = Default::default();
    map.insert(0, vec![actor("GHA", "GHA", "")]);
    map.insert(1, vec![actor("GHAMIL", "GHA", "MIL")]);
    map.insert(2, vec![actor("GHAREB", "GHA", "REB")]);
    map.insert(3, vec![actor("TGOMIL", "TGO", "MIL")]);
    let speaker = side(0);
    assert!(own_side::same_side(&map, &speaker, &side(1)));
    assert!(!own_side::same_side(&map, &speaker, &side(2)));
    assert!(!own_side::same_side(&map, &speaker, &side(3)));
}

/// CAMEO numbers the easing of a measure on a population as the measure itself (1721-1724):
/// lifting a curfew is 0813, a state of emergency or martial law 0814 (issue 8, branch quad4;
/// the additions had them one code early, as a party ban and a curfew).
#[test]
fn easing_a_curfew_or_an_emergency_has_cameos_own_code() {
    for (text, code) in [
        (
            "Ghana lifted the curfew it had imposed on Togo's border towns.",
            "0813",
        ),
        (
            "Ghana lifted the state of emergency it had declared on Togo.",
            "0814",
        ),
    ] {
        let evs = run(text, &ACTORS);
        let codes: Vec<_> = triples(&evs).into_iter().map(|t| t.2).collect();
        assert!(
            codes.iter().any(|c| c == code),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}
