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
