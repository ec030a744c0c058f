//! Branch recall71, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): a judgement of an act named by its noun ("welcomed the
//! letter", "rejected the proposal") answers the author of the told act the noun is made
//! from, and a subject-less clause after "after" hung as a conjunct is read with its subject.
use super::test_support::{emitted, has};

#[test]
fn a_judged_noun_answers_the_author_of_the_act_it_is_made_from() {
    let evs = emitted(
        "Chile's president wrote to the Peruvian president that the river belongs to both \
         nations. Bolivia's foreign ministry welcomed the letter.",
    );
    assert!(has(&evs, "BOL", "CHL", "05"), "{evs:?}");
    let evs = emitted(
        "Peru's chief negotiator said his team had proposed a ten-day truce in the valley. \
         Ecuador's delegation rejected the proposal.",
    );
    assert!(has(&evs, "ECU", "PER", "12"), "{evs:?}");
}

/// Acts of two sides named by the noun, or the judging side's own, leave it unanswered.
#[test]
fn two_authors_or_the_judge_s_own_act_name_no_target() {
    let evs = emitted(
        "Chile's president wrote to the Peruvian president on Monday, and Argentina's \
         president wrote to him on Tuesday. Bolivia's foreign ministry welcomed the letter.",
    );
    assert!(
        !evs.iter()
            .any(|(s, _, c)| s.starts_with("BOL") && c.starts_with("05")),
        "{evs:?}"
    );
    let evs = emitted(
        "Chile's president wrote to the Peruvian president about the river. Chile's foreign \
         ministry welcomed the letter.",
    );
    assert!(
        !evs.iter()
            .any(|(s, _, c)| s.starts_with("CHL") && c.starts_with("05")),
        "{evs:?}"
    );
}

#[test]
fn a_court_after_after_sentences_and_its_verdict_is_judged() {
    let text = "Chile summoned Peru's ambassador on Tuesday after a court in Lima sentenced a \
                Chilean trader to six years in prison. Argentina's foreign minister condemned \
                the verdict.";
    let evs = emitted(text);
    assert!(has(&evs, "ARG", "PER", "11"), "{evs:?}");
    assert!(!has(&evs, "CHL", "CHL", "17"), "{evs:?}");
}

#[test]
fn a_summons_purpose_is_a_demand_of_the_envoy_s_state_and_can_be_rejected() {
    let evs = emitted(
        "Chile's foreign ministry summoned the Peruvian ambassador to demand that Lima hand \
         the suspect over. Peru's foreign minister rejected the demand.",
    );
    assert!(has(&evs, "CHL", "PER", "10"), "{evs:?}");
    assert!(has(&evs, "PER", "CHL", "12"), "{evs:?}");
    // a summons to protest is its own code only
    let evs = emitted("Chile summoned the Peruvian ambassador on Monday to protest.");
    assert!(!evs.iter().any(|(_, _, c)| c.starts_with("10")), "{evs:?}");
}

#[test]
fn a_demand_for_the_demander_s_own_citizens_is_put_to_the_summoned_envoy_s_state() {
    let evs = emitted(
        "Chile's foreign ministry summoned Peru's ambassador on Saturday and demanded \
         consular access to the two Chilean citizens.",
    );
    assert!(has(&evs, "CHL", "PER", "10"), "{evs:?}");
}
