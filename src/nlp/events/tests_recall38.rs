//! Branch recall38: a reaction to an act named by its own verb's noun ("welcomed the
//! ratification", "condemned the visit") answers that act's author; invented text. The
//! test splitter cuts sentences only at ". ", hence the ". " before each paragraph break.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
        ("Ruritania's president", "RURGOV", Person),
        ("Ruritania's parliament", "RURLEG", Organisation),
        ("Sylvania's parliament", "SYLLEG", Organisation),
        ("Sylvania's foreign ministry", "SYLGOV", Organisation),
        ("The rebels' leader", "REB", Person),
    ])
}

/// Ruritania's president goes to Sylvania.
const VISIT: &str = "Ruritania's president visited Sylvania on Monday. \n\n\
                     The two sides spoke of trade. \n\n";

/// Asserts that `text` gives `src` no event of CAMEO root `root` aimed at `tgt`.
fn not_aimed(text: &str, src: &str, tgt: &str, root: &str) {
    let evs = run(text, &actors());
    assert!(!has(&evs, src, tgt, root), "{text}: {:?}", triples(&evs));
}

#[test]
fn a_third_side_condemning_the_visit_answers_the_visitor() {
    let text = format!("{VISIT}Freedonia's foreign ministry condemned the visit as a provocation.");
    let evs = run(&text, &actors());
    assert!(has(&evs, "FREGOV", "RURGOV", "11"), "{:?}", triples(&evs));
}

#[test]
fn welcoming_the_ratification_answers_the_ratifying_side() {
    let text = "Ruritania's parliament ratified a fishing treaty with Sylvania on Tuesday. \n\n\
                Sylvania's foreign ministry welcomed the ratification and thanked the deputies.";
    let evs = run(text, &actors());
    assert!(has(&evs, "SYLGOV", "RURLEG", "05"), "{:?}", triples(&evs));
}

#[test]
fn no_act_of_the_family_told_is_no_target() {
    // the lead tells a visit; "the ratification" names nothing told
    let text = format!("{VISIT}Freedonia's foreign ministry welcomed the ratification.");
    not_aimed(&text, "FREGOV", "RURGOV", "05");
}

#[test]
fn the_reacting_side_own_act_is_no_target() {
    let text = format!("{VISIT}Ruritania's parliament welcomed the visit.");
    let evs = run(&text, &actors());
    let aimed = triples(&evs)
        .into_iter()
        .any(|(s, t, c)| s == "RURLEG" && !t.is_empty() && c.starts_with("05"));
    assert!(!aimed, "{:?}", triples(&evs));
}

#[test]
fn two_authors_of_the_family_leave_the_noun_unknown() {
    let text = "Ruritania's parliament ratified a fishing treaty with Freedonia on Tuesday. \n\n\
                Sylvania's parliament ratified a grain accord with Freedonia on Wednesday. \n\n\
                Freedonia's foreign ministry welcomed the ratification.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RURLEG", "05"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FREGOV", "SYLLEG", "05"), "{:?}", triples(&evs));
}

#[test]
fn a_noun_with_its_own_by_party_is_not_the_earlier_act() {
    let text = format!(
        "{VISIT}Freedonia's foreign ministry condemned the visit by the rebels' leader to the capital."
    );
    not_aimed(&text, "FREGOV", "RURGOV", "11");
}

#[test]
fn the_co_authors_of_one_exchange_are_both_answered() {
    // branch recall75: one act coded for two subjects is one act, not two authors
    let text = "Ruritania and Sylvania exchanged 40 prisoners at the border on Monday. \n\n\
                Freedonia's foreign ministry welcomed the exchange.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FREGOV", "RUR", "05"), "{:?}", triples(&evs));
    assert!(has(&evs, "FREGOV", "SYL", "05"), "{:?}", triples(&evs));
}

#[test]
fn a_gerund_names_its_verb() {
    // branch recall75: "the signing" takes up "signed"
    let text = "Ruritania and Sylvania signed a fishing treaty in the capital on Monday. \n\n\
                Freedonia's foreign ministry welcomed the signing.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FREGOV", "RUR", "05"), "{:?}", triples(&evs));
    assert!(has(&evs, "FREGOV", "SYL", "05"), "{:?}", triples(&evs));
}

#[test]
fn rejecting_the_objection_answers_the_objector() {
    // branch recall75: "-ion" after a whole verb ("objection" of "objected")
    let text = "Ruritania formally objected to Sylvania's new dam on Monday. \n\n\
                Sylvania rejected the objection.";
    let evs = run(text, &actors());
    assert!(has(&evs, "SYL", "RUR", "12"), "{:?}", triples(&evs));
}
