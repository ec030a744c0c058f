//! Branch recall23: acts whose target is only in the story: a reaction to "the decision" /
//! "the move" / "the letter" (any act of one other side), aid with no named recipient, and
//! a call for the release of what was seized; invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
        ("Ruritania's government", "RURGOV", Organisation),
    ])
}

#[test]
fn rejecting_the_decision_answers_the_side_that_acted_on_the_rejecter() {
    for text in [
        "Ruritania's government imposed sanctions on three Freedonian generals on Monday. \
         Freedonia's foreign ministry rejected the decision as unjust.",
        "Ruritania's government expelled two Freedonian diplomats on Monday. \
         Freedonia's foreign ministry condemned the move.",
    ] {
        let evs = run(text, &actors());
        assert!(
            has(&evs, "FREGOV", "RURGOV", "1"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn the_decision_of_two_sides_is_unknown() {
    // Ruritania and Sylvania both acted on Freedonia: "the decision" is either's
    let text = "Ruritania's government imposed sanctions on three Freedonian generals on \
                Monday. Sylvania expelled two Freedonian diplomats on Tuesday. \
                Freedonia's foreign ministry rejected the decision as unjust.";
    let evs = run(text, &actors());
    let answered = triples(&evs)
        .into_iter()
        .any(|(s, t, c)| s == "FREGOV" && c.starts_with("12") && !t.is_empty());
    assert!(!answered, "{:?}", triples(&evs));
}

#[test]
fn any_step_names_no_act_told() {
    let text = "Ruritania's government expelled two Freedonian diplomats on Monday. \
                Freedonia's foreign ministry rejected any step towards talks.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RURGOV", "12"), "{:?}", triples(&evs));
}
