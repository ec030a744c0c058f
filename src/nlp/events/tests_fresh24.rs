//! Co-subjects of two sides do not act on their own side, and fight each other when the
//! place or the victims name only their sides; an embedded "whether" question tells no act
//! (branch fresh24); invented sentences.
use super::tests::has_root;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

#[test]
fn two_sides_fighting_on_one_sides_soil_fought_each_other() {
    let actors = [
        ("Chilean", "CHLMIL", Organisation),
        ("Bolivian soldiers", "BOLMIL", Organisation),
        ("Chile", "CHL", Location),
    ];
    let text = "Chilean and Bolivian soldiers fought with sticks and stones in the north of Chile on Monday.";
    let evs = run(text, &actors);
    assert!(
        has_root(&evs, "CHLMIL", "BOLMIL", "18") || has_root(&evs, "CHLMIL", "BOLMIL", "19"),
        "{:?}",
        triples(&evs)
    );
    assert!(
        has_root(&evs, "BOLMIL", "CHLMIL", "18") || has_root(&evs, "BOLMIL", "CHLMIL", "19"),
        "{:?}",
        triples(&evs)
    );
    assert!(
        !triples(&evs)
            .iter()
            .any(|(s, t, _)| s == "CHLMIL" && t == "CHL"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_co_subject_does_not_act_on_its_own_side() {
    let actors = [
        ("France", "FRA", Organisation),
        ("Germany", "DEU", Organisation),
        ("French soldiers", "FRAMIL", Organisation),
    ];
    let text = "France and Germany criticised French soldiers.";
    let evs = run(text, &actors);
    assert!(has_root(&evs, "DEU", "FRAMIL", "11"), "{:?}", triples(&evs));
    assert!(
        !triples(&evs)
            .iter()
            .any(|(s, t, _)| s == "FRA" && t == "FRAMIL"),
        "{:?}",
        triples(&evs)
    );
    // (purpose) the victims of a condemned ambush are no one's target, not even a third side's
    let text = "France and Germany condemned the ambush on French soldiers.";
    let evs = run(text, &actors);
    assert!(
        !triples(&evs).iter().any(|(_, t, _)| t == "FRAMIL"),
        "{:?}",
        triples(&evs)
    );
}

/// A single subject keeps its own side as a target: police acting on their own people.
#[test]
fn a_single_subject_still_acts_on_its_own_side() {
    let actors = [
        ("Chilean police", "CHLCOP", Organisation),
        ("Chilean farmers", "CHL", Organisation),
    ];
    let evs = run(
        "Chilean police arrested Chilean farmers near the border.",
        &actors,
    );
    assert!(has_root(&evs, "CHLCOP", "CHL", "17"), "{:?}", triples(&evs));
}

#[test]
fn an_open_question_after_a_speech_verb_is_no_intent() {
    let actors = [
        ("Japan", "JPN", Organisation),
        ("Palau", "PLW", Organisation),
    ];
    let asked = "Japan did not say whether it would back Palau in the dispute.";
    let evs = run(asked, &actors);
    assert!(
        !triples(&evs)
            .iter()
            .any(|(s, t, _)| s == "JPN" && t == "PLW"),
        "{:?}",
        triples(&evs)
    );
    // the same intent said outright is still coded
    let said = "Japan said it would back Palau in the dispute.";
    let evs = run(said, &actors);
    assert!(
        triples(&evs)
            .iter()
            .any(|(s, t, _)| s == "JPN" && t == "PLW"),
        "{:?}",
        triples(&evs)
    );
}
