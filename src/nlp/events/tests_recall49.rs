//! Branch recall49: required events whose target is a thing — "the decision" whose owner the
//! article named earlier ("the Sylvanian decision"), a demand for an explanation or an apology
//! put to the party the story has shown the demanding side dealing with, and an
//! international body's call for the release of its own staff; invented text. The test
//! splitter cuts sentences only at ". ", hence the ". " before each paragraph break.
use super::tests::has_root as has;
use super::tests::{has_sides, run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
        ("Ruritania's foreign ministry", "RURGOV", Organisation),
        ("Sylvania's foreign ministry", "SYLGOV", Organisation),
        ("Sylvania's ambassador", "SYLGOV", Person),
    ])
}

/// Ruritania names the decision with its owner, Sylvania.
const LABELLED: &str =
    "Ruritania's foreign ministry called the Sylvanian decision a provocation. \n\n";

#[test]
fn praise_of_the_decision_answers_the_owner_named_before() {
    let text = format!("{LABELLED}Freedonia's foreign ministry welcomed the decision.");
    let evs = run(&text, &actors());
    assert!(has(&evs, "FREGOV", "SYL", "05"), "{:?}", triples(&evs));
}

#[test]
fn a_possessor_names_the_owner_too() {
    let text = "Ruritania's foreign ministry said Sylvania's offer came too late. \n\n\
                Freedonia's foreign ministry rejected the offer as a trick.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FREGOV", "SYL", "12"), "{:?}", triples(&evs));
}

#[test]
fn two_owners_leave_the_decision_unknown() {
    let text = format!(
        "{LABELLED}Sylvania's foreign ministry said Ruritania's decision came first. \n\n\
         Freedonia's foreign ministry welcomed the decision."
    );
    let evs = run(&text, &actors());
    assert!(
        !has_sides(&evs, "FREGOV", "SYL", "05"),
        "{:?}",
        triples(&evs)
    );
    assert!(
        !has_sides(&evs, "FREGOV", "RUR", "05"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn the_judging_side_own_decision_is_no_target() {
    let text = format!("{LABELLED}Sylvania's foreign ministry defended the decision.");
    let evs = run(&text, &actors());
    let aimed = triples(&evs)
        .into_iter()
        .any(|(s, t, c)| s == "SYLGOV" && !t.is_empty() && c.starts_with("05"));
    assert!(!aimed, "{:?}", triples(&evs));
}

/// Freedonia summons Sylvania's envoy: the story's one partner of Freedonia.
const SUMMONS: &str = "Freedonia's foreign ministry summoned Sylvania's ambassador on Monday. \n\n";

#[test]
fn a_demand_for_an_explanation_goes_to_the_sole_partner() {
    let text = format!(
        "{SUMMONS}Freedonia's foreign ministry asked for an apology and a written explanation."
    );
    let evs = run(&text, &actors());
    assert!(
        has_sides(&evs, "FREGOV", "SYL", "02"),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_demand_for_anything_else_takes_no_partner() {
    let text = format!("{SUMMONS}Freedonia's foreign ministry asked for calm in the region.");
    let evs = run(&text, &actors());
    assert!(
        !has_sides(&evs, "FREGOV", "SYL", "02"),
        "{:?}",
        triples(&evs)
    );
}
