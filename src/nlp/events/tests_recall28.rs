//! Recall mechanisms of branch recall28, on invented sentences.
use super::tests::{pair, run, threats};
use super::*;
use EntityType::*;

const NORDIC: [(&str, &str, EntityType); 4] = [
    ("Norway", "NOR", Location),
    ("Oslo", "NOR", Location),
    ("Iceland", "ISL", Location),
    ("Reykjavik", "ISL", Location),
];

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
