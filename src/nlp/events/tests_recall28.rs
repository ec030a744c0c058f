//! Recall mechanisms of branch recall28, on invented sentences.
use super::tests::{pair, run, threats, triples};
use super::*;
use EntityType::*;

use super::tests_warned::NORDIC;

#[test]
fn a_warning_condition_hung_on_the_warning_verb_names_the_threatened_party() {
    // the closing quotation mark cuts the clause: the parse hangs "if …" on "warned"
    let text = "Norway warned that Oslo could shut its ports to foreign trawlers \
                \"if Reykjavik keeps up the raids\".";
    let t = threats(&run(text, &NORDIC));
    assert!(t.contains(&pair("NOR", "ISL")), "{t:?}");
}

#[test]
fn a_forecast_with_a_condition_on_the_warning_verb_stays_no_threat() {
    // the consequence's subject is no party: a forecast, whatever the condition hangs on
    let text = "Norway warned that trade could collapse \"if Reykjavik keeps up the raids\".";
    assert!(threats(&run(text, &NORDIC)).is_empty());
}

const CHAD: [(&str, &str, EntityType); 4] = [
    ("Chad's government", "TCDGOV", Organisation),
    ("the rebels", "TCDREB", Organisation),
    ("the army", "TCDMIL", Organisation),
    ("Qatar", "QAT", Location),
];

#[test]
fn a_mediation_between_a_government_and_its_rebels_goes_to_both() {
    let text = "Chad's government and the rebels agreed in talks on Monday to free their \
                prisoners. The deal was reached after five days of negotiations mediated by \
                Qatar, with aid workers to carry out the exchange.";
    let t = triples(&run(text, &CHAD));
    // before: no target (one country, so "no two sides"), and "with" made the verb 050
    for side in ["TCDGOV", "TCDREB"] {
        let want = ("QAT".to_string(), side.to_string(), "045".to_string());
        assert!(t.contains(&want), "{t:?}");
    }
}

#[test]
fn a_government_and_its_own_army_are_no_parties_of_talks() {
    let text = "Chad's government and the army agreed in talks on Monday to share the budget. \
                The deal was reached after five days of negotiations mediated by Qatar.";
    let t = triples(&run(text, &CHAD));
    assert!(
        t.iter()
            .all(|(s, tg, c)| !(s == "QAT" && c == "045" && !tg.is_empty())),
        "{t:?}"
    );
}

#[test]
fn the_host_of_talks_named_before_the_participle_mediates_them() {
    let mut actors = CHAD.to_vec();
    actors.push(("Niger", "NER", Location));
    let text = "Chad's government and the rebels agreed on Monday to a truce, after \
                negotiations hosted by Niger.";
    let t = triples(&run(text, &actors));
    for side in ["TCDGOV", "TCDREB"] {
        assert!(
            t.iter()
                .any(|(s, tg, c)| s == "NER" && tg == side && c.starts_with("04")),
            "{t:?}"
        );
    }
    // a reception is no talks: its host is given no side
    let text = "Chad's government and the rebels agreed on Monday to a truce, after a \
                reception hosted by Niger.";
    let t = triples(&run(text, &actors));
    assert!(
        t.iter().all(|(s, tg, _)| s != "NER" || tg.is_empty()),
        "{t:?}"
    );
}

#[test]
fn a_warned_response_without_condition_threatens_the_owner_it_names() {
    let text = "Norway warned that Oslo could ask for Iceland's fishing rights to be reviewed.";
    let t = threats(&run(text, &NORDIC));
    assert!(t.contains(&pair("NOR", "ISL")), "{t:?}");
}

#[test]
fn a_warned_loss_or_promise_without_condition_threatens_no_one() {
    // a party merely named by the consequence: a forecast or a promise, no threat
    for text in [
        "Norway warned that it could lose billions in trade with Iceland.",
        "Norway warned that it would stand by Iceland.",
        // a third party's response to an owner it names: a forecast (the coder's check)
        "Norway warned that Russia could ask for Iceland's fishing rights to be reviewed.",
    ] {
        let mut actors = NORDIC.to_vec();
        actors.push(("Russia", "RUS", Location));
        let t = threats(&run(text, &actors));
        assert!(!t.contains(&pair("NOR", "ISL")), "{text}: {t:?}");
    }
}
