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
         Freedonia's foreign ministry rejected the move.",
    ] {
        let evs = run(text, &actors());
        assert!(
            has(&evs, "FREGOV", "RURGOV", "12"),
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
fn criticism_of_the_move_is_not_given_a_target() {
    // only rejections answer a noun that can name any act
    let text = "Ruritania's government expelled two Freedonian diplomats on Monday. \
                Freedonia's foreign ministry condemned the move.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RURGOV", "11"), "{:?}", triples(&evs));
}

#[test]
fn any_step_names_no_act_told() {
    let text = "Ruritania's government expelled two Freedonian diplomats on Monday. \
                Freedonia's foreign ministry rejected any step towards talks.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RURGOV", "12"), "{:?}", triples(&evs));
}

#[test]
fn later_aid_with_no_recipient_goes_to_the_storys_recipient() {
    for text in [
        "Freedonia pledged $12 million in emergency aid to Ruritania on Monday. \
         Sylvania also sent a team of rescuers on Tuesday.",
        "Freedonia pledged $12 million in emergency aid to Ruritania on Monday. \
         Sylvania flew two planes loaded with tents and blankets to the port.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "SYL", "RUR", "07"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn aid_takes_no_recipient_from_other_kinds_of_act_or_from_two_recipients() {
    for text in [
        // a trade deal is no aid: the rescuers' destination is unknown
        "Freedonia signed a trade deal with Ruritania on Monday. \
         Sylvania also sent a team of rescuers on Tuesday.",
        // two recipients so far
        "Freedonia pledged $12 million in emergency aid to Ruritania on Monday and \
         $5 million to Sylvania. Ruritania's government also sent a team of rescuers.",
    ] {
        let evs = run(text, &actors());
        let aimed = triples(&evs)
            .into_iter()
            .any(|(s, t, c)| s != "FRE" && c.starts_with("07") && !t.is_empty());
        assert!(!aimed, "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn approving_a_grant_gives_aid() {
    let text = "Freedonia approved a $5 million grant to Ruritania on Friday.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FRE", "RUR", "071"), "{:?}", triples(&evs));
}

#[test]
fn a_vow_after_force_on_the_vowing_side_in_its_sentence_answers_the_attacker() {
    let text = "Ruritanian jets struck Freedonian border posts on Monday, and Freedonia's \
                foreign ministry vowed to retaliate.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FREGOV", "RUR", "13"), "{:?}", triples(&evs));
}

#[test]
fn an_ultimatum_given_with_ones_own_expulsion_answers_no_one() {
    let text = "Freedonia expelled Ruritania's ambassador on Monday and gave him 72 hours \
                to leave the country.";
    let evs = run(text, &actors());
    let threat = triples(&evs)
        .into_iter()
        .any(|(s, t, c)| s == "FRE" && c.starts_with("13") && !t.is_empty());
    assert!(!threat, "{:?}", triples(&evs));
}

#[test]
fn a_call_to_release_a_seized_boat_goes_to_the_seizer() {
    let text = "The Ruritanian coast guard seized a Freedonian fishing boat on Monday. \
                Freedonia's foreign ministry demanded its immediate release.";
    let actors = three_states_and(&[
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
        ("The Ruritanian coast guard", "RURCOP", Organisation),
    ]);
    let evs = run(text, &actors);
    assert!(has(&evs, "FREGOV", "RURCOP", "10"), "{:?}", triples(&evs));
}
