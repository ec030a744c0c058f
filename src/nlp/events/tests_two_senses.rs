//! Trigger verbs with an everyday and a diplomatic or military sense (branch senses1); the
//! object or the "with" phrase picks the sense. Invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 8] = [
    ("Togolese drones", "TGOMIL", Organisation),
    ("Ghanaian missiles", "GHAMIL", Organisation),
    ("Ghanaian soldiers", "GHAMIL", Organisation),
    ("Togolese soldiers", "TGOMIL", Organisation),
    ("Togolese ambassador", "TGOGOV", Person),
    ("Ghana's exports", "GHA", Location),
    ("Ghana", "GHA", Location),
    ("Togo", "TGO", Location),
];

fn any_code(evs: &[CodedEvent], root: &str) -> bool {
    evs.iter().any(|e| e.cameo.starts_with(root))
}

#[test]
fn missiles_striking_a_place_attack_one_way() {
    let evs = run("Ghanaian missiles struck a fuel depot in Togo.", &ACTORS);
    assert!(has(&evs, "GHAMIL", "TGO", "193"), "{:?}", triples(&evs));
    assert!(
        !triples(&evs).iter().any(|(s, _, _)| s == "TGO"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn drones_striking_after_a_protest_note_are_an_air_attack() {
    // "protest" among the words before the verb must not make the strike a violent protest.
    let evs = run(
        "Ghana handed Togo a protest note after Togolese drones struck two villages in Ghana.",
        &ACTORS,
    );
    assert!(has(&evs, "TGOMIL", "GHA", "195"), "{:?}", triples(&evs));
    assert!(!any_code(&evs, "145"), "{:?}", triples(&evs));
    assert!(!any_code(&evs, "175"), "{:?}", triples(&evs));
}

#[test]
fn striking_a_deal_is_an_agreement() {
    let evs = run("Ghana struck a deal with Togo on fishing rights.", &ACTORS);
    assert!(has(&evs, "GHA", "TGO", "057"), "{:?}", triples(&evs));
    assert!(!any_code(&evs, "19"), "{:?}", triples(&evs));
    let evs = run("Ghana and Togo struck an accord on the river.", &ACTORS);
    assert!(has(&evs, "GHA", "TGO", "057"), "{:?}", triples(&evs));
}

#[test]
fn hitting_with_sanctions_is_a_sanction() {
    let evs = run("Ghana hit Togo with new sanctions on Friday.", &ACTORS);
    assert!(has(&evs, "GHA", "TGO", "163"), "{:?}", triples(&evs));
    let evs = run("Ghana targeted Togo with sanctions over the vote.", &ACTORS);
    assert!(has(&evs, "GHA", "TGO", "163"), "{:?}", triples(&evs));
    assert!(!any_code(&evs, "19"), "{:?}", triples(&evs));
}

#[test]
fn hitting_with_something_is_one_sided() {
    let evs = run("Ghana hit Togo with new claims over the island.", &ACTORS);
    assert!(!has(&evs, "TGO", "GHA", "190"), "{:?}", triples(&evs));
}

#[test]
fn hitting_a_record_is_no_event() {
    let evs = run("Ghana's exports to Togo hit a record in March.", &ACTORS);
    assert!(!any_code(&evs, "19"), "{:?}", triples(&evs));
}

#[test]
fn firing_an_official_is_no_force() {
    let evs = run("Ghana fired the Togolese ambassador on Friday.", &ACTORS);
    assert!(!any_code(&evs, "19"), "{:?}", triples(&evs));
    let evs = run("Ghanaian soldiers fired at Togolese soldiers.", &ACTORS);
    assert!(has(&evs, "GHAMIL", "TGOMIL", "190"), "{:?}", triples(&evs));
}

#[test]
fn releasing_a_video_frees_nobody() {
    let evs = run("Ghana released a video of Togolese soldiers.", &ACTORS);
    assert!(!any_code(&evs, "084"), "{:?}", triples(&evs));
    let evs = run("Ghana released two Togolese soldiers.", &ACTORS);
    assert!(any_code(&evs, "084"), "{:?}", triples(&evs));
}

#[test]
fn a_month_is_no_march() {
    // "since March" dates the detention; only the noun "a march" is a demonstration.
    let evs = run("Ghana has held two Togolese soldiers since March.", &ACTORS);
    assert!(!any_code(&evs, "141"), "{:?}", triples(&evs));
    let evs = run("Ghanaian soldiers held a march near Togo.", &ACTORS);
    assert!(any_code(&evs, "141"), "{:?}", triples(&evs));
}
