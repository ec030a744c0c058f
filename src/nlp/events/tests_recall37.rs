//! Branch recall37: praise and criticism of "the decision" / "the move" answer the lead's
//! deed; invented text. The test splitter cuts sentences only at ". ", hence the ". " before
//! each paragraph break.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
        ("Ruritania's government", "RURGOV", Organisation),
        ("Ruritania's parliament", "RURLEG", Organisation),
        ("Sylvania's foreign ministry", "SYLGOV", Organisation),
        ("The rebels", "REB", Organisation),
    ])
}

/// The lead: Ruritania's government sends Freedonian diplomats home.
const LEAD: &str = "Ruritania's government expelled four Freedonian diplomats on Monday. \n\n\
                    The four will fly home on Friday. \n\n";

/// Asserts that `text` gives `src` no targeted event of CAMEO root `root`.
fn untargeted(text: &str, src: &str, root: &str) {
    let evs = run(text, &actors());
    let hit = triples(&evs)
        .into_iter()
        .any(|(s, t, c)| s == src && !t.is_empty() && c.starts_with(root));
    assert!(!hit, "{text}: {:?}", triples(&evs));
}

#[test]
fn a_third_side_welcoming_the_move_answers_the_lead_deed() {
    let text = format!("{LEAD}Sylvania's foreign ministry welcomed the move.");
    let evs = run(&text, &actors());
    assert!(has(&evs, "SYLGOV", "RURGOV", "05"), "{:?}", triples(&evs));
}

#[test]
fn the_side_it_fell_on_welcoming_the_decision_answers_the_lead_deed() {
    let text = format!("{LEAD}Freedonia's foreign ministry welcomed the decision.");
    let evs = run(&text, &actors());
    assert!(has(&evs, "FREGOV", "RURGOV", "05"), "{:?}", triples(&evs));
}

#[test]
fn criticism_of_the_decision_stays_untargeted() {
    // served in a first version; held-out gained a false event with it (see `any_act`)
    let text = format!("{LEAD}Freedonia's foreign ministry regretted the decision.");
    untargeted(&text, "FREGOV", "11");
}

#[test]
fn the_deciding_side_praising_its_own_decision_is_no_event() {
    let text = format!("{LEAD}Ruritania's parliament welcomed the decision.");
    untargeted(&text, "RURLEG", "05");
}

#[test]
fn a_decision_of_a_party_with_no_country_is_no_target() {
    untargeted(
        "The rebels expelled four Freedonian diplomats on Monday. \n\n\
         Sylvania's foreign ministry welcomed the move.",
        "SYLGOV",
        "05",
    );
}

#[test]
fn deeds_of_two_sides_leave_the_decision_unknown() {
    let text = format!(
        "{LEAD}Freedonia's foreign ministry expelled three Ruritanian diplomats on Tuesday. \
         Sylvania's foreign ministry welcomed the decision."
    );
    untargeted(&text, "SYLGOV", "05");
}

#[test]
fn a_deed_outside_the_lead_is_not_the_story_decision() {
    untargeted(
        "Sylvania's fishing season opened on Monday. \n\n\
         Ruritania's government expelled four Freedonian diplomats on Monday. \
         Sylvania's foreign ministry welcomed the move.",
        "SYLGOV",
        "05",
    );
}

#[test]
fn a_rejection_is_no_deed_a_decision_names() {
    // a refusal is "the rejection", a statement, not a deed
    untargeted(
        "Ruritania's government rejected an offer of aid from Freedonia on Monday. \n\n\
         Sylvania's foreign ministry welcomed the decision.",
        "SYLGOV",
        "05",
    );
}

#[test]
fn a_welcomed_letter_is_no_decision() {
    // "the letter" names a text, which the lead's deed is not
    untargeted(
        &format!("{LEAD}Sylvania's foreign ministry welcomed the letter."),
        "SYLGOV",
        "05",
    );
}
