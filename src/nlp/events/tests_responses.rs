//! Announced responses (branch threats2), on invented sentences: "would respond" is a
//! threat to the author of the act it answers or to the party of its condition; a past
//! response, a negated one or one to a message is not.
use super::tests::{pair, run, threats, CHILE_PERU as SIDES};
use super::*;
use EntityType::*;

#[test]
fn an_announced_response_to_an_act_threatens_its_author() {
    let text = "Peru expelled two Chilean diplomats on Monday. Chile said Santiago would \
                respond to the expulsion.";
    let t = threats(&run(text, &SIDES));
    assert!(t.contains(&pair("CHL", "PER")), "{t:?}");
}

#[test]
fn an_announced_response_with_a_condition_threatens_the_party_asked_to_comply() {
    let text = "Chile said Santiago would respond with its own tariffs if Lima went ahead \
                with the levy.";
    let t = threats(&run(text, &SIDES));
    assert!(t.contains(&pair("CHL", "PER")), "{t:?}");
}

#[test]
fn a_past_negated_or_message_response_is_no_threat() {
    let past = "Peru expelled two Chilean diplomats on Monday. Chile responded to the \
                expulsion with a note.";
    let negated = "Peru expelled two Chilean diplomats on Monday. Chile said Santiago would \
                   not respond to the expulsion.";
    let message = "Chile said Santiago would respond to Lima's trade proposal next week.";
    for text in [past, negated, message] {
        let t = threats(&run(text, &SIDES));
        assert!(t.is_empty(), "{text}: {t:?}");
    }
}

/// Sides for the measure tests (branch recall44).
const PARTIES: [(&str, &str, EntityType); 5] = [
    ("Chile", "CHL", Location),
    ("Chilean", "CHL", Nationality),
    ("Santiago", "CHL", Location),
    ("Peruvian", "PER", Nationality),
    ("Lima", "PER", Location),
];

#[test]
fn measures_that_answer_a_party_threaten_it() {
    for text in [
        "Chile said Santiago would take reciprocal measures against Lima.",
        "Lima seized two Chilean trawlers on Monday. Santiago said it would take mirror \
         measures.",
    ] {
        let t = threats(&run(text, &PARTIES));
        assert!(t.contains(&pair("CHL", "PER")), "{text}: {t:?}");
    }
}

#[test]
fn measures_for_a_purpose_of_ones_own_threaten_no_one() {
    let roads = "Lima clashed with Santiago last week. Chile said it will take measures to \
                 improve roads in the north.";
    let past = "Lima clashed with Santiago last week. Chile took reciprocal measures on Monday.";
    for text in [roads, past] {
        let t = threats(&run(text, &PARTIES));
        assert!(!t.contains(&pair("CHL", "PER")), "{text}: {t:?}");
    }
}
