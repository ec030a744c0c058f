//! Acts carried by a handed note and by a call (branch acts3): the note's recipient named
//! by a pronoun after a summons, and a call the clause's act was done in. Invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 2] = [
    ("Chile", "CHL", Organisation),
    ("Bolivia", "BOL", Organisation),
];

#[test]
fn a_note_handed_to_the_summoned_envoy_asks_his_state() {
    for text in [
        "Chile summoned Bolivia's ambassador on Monday and handed him a note demanding that the troops leave the border zone.",
        "Chile called in Bolivia's envoy and handed her a note demanding that the army stop the flights.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(has(&evs, "CHL", "BOL", "100"), "{text}: {:?}", triples(&evs));
    }
}

/// A pronoun recipient with no envoy before it stays unread: no guess from the content.
#[test]
fn a_note_handed_to_an_unnamed_person_asks_no_one() {
    let text = "Chile handed him a note demanding that Bolivian troops leave the border zone.";
    let evs = run(text, &ACTORS);
    assert!(!has(&evs, "CHL", "CHL", "100"), "{:?}", triples(&evs));
}

#[test]
fn a_call_is_coded_beside_the_act_done_in_it() {
    for text in [
        "Chile's president congratulated Bolivia's president in a telephone call on Sunday.",
        "Chile's president thanked Bolivia's leader during a phone call.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(
            has(&evs, "CHL", "BOL", "040"),
            "{text}: {:?}",
            triples(&evs)
        );
        assert!(
            has(&evs, "CHL", "BOL", "051"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
    let text = "Chile's president raised the dispute in a phone call with Bolivia's president, and the two agreed to meet.";
    let evs = run(text, &ACTORS);
    assert!(has(&evs, "CHL", "BOL", "040"), "{:?}", triples(&evs));
}

/// Only a verb of addressing someone puts its object on the line: a topic is no partner.
#[test]
fn the_object_of_another_verb_is_no_partner_of_the_call() {
    let text = "Chile's president discussed Bolivia in a telephone call on Sunday.";
    let evs = run(text, &ACTORS);
    assert!(
        !evs.iter()
            .any(|e| e.cameo == "040" && e.target.as_ref().is_some_and(|t| t.actor.code == "BOL")),
        "{:?}",
        triples(&evs)
    );
}
