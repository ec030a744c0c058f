//! Branch recall30: a label of a wrong that names an act told just before ("called the
//! decision a hostile act"); invented text. The test splitter cuts sentences only at ". ",
//! hence the ". " before each paragraph break.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

/// Sylvania is named in every story, so that no rule takes Ruritania as the story's one
/// partner of Freedonia.
fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
        ("Ruritania's government", "RURGOV", Organisation),
    ])
}

#[test]
fn a_labelled_decision_answers_the_act_just_told() {
    for text in [
        "Sylvania's fishing season opened on Monday. \n\n\
         Ruritania's government expelled four Freedonian diplomats on Monday. \
         The four will fly home through Sylvania. \
         Freedonia's foreign ministry called the decision \"a hostile act\".",
        // the lead's act, a paragraph on
        "Ruritania's government expelled four Freedonian diplomats on Monday. \n\n\
         The four will fly home through Sylvania. Their families may stay. \n\n\
         Freedonia's foreign ministry called the decision \"a hostile act\".",
    ] {
        let evs = run(text, &actors());
        assert!(
            has(&evs, "FREGOV", "RURGOV", "11"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_labelled_decision_far_from_the_act_stays_untargeted() {
    // not the lead's act, three sentences between: another act may be meant
    let text = "Sylvania's fishing season opened on Monday. \n\n\
                Ruritania's government expelled four Freedonian diplomats on Monday. \
                The four will fly home through Sylvania. Their families will stay. \
                The embassy will keep its consular section open. \
                Freedonia's foreign ministry called the decision \"a hostile act\".";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RURGOV", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_labelled_decision_after_acts_of_two_sides_stays_untargeted() {
    let text = "Ruritania's government expelled four Freedonian diplomats on Monday, \
                and Sylvania imposed sanctions on Freedonia. \
                Freedonia's foreign ministry called the decision \"a hostile act\".";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RURGOV", "11"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FREGOV", "SYL", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_labelled_decision_after_a_cooperative_act_stays_untargeted() {
    let text = "Ruritania's government signed a trade agreement with Freedonia on Monday. \
                Freedonia's foreign ministry called the decision \"a hostile act\".";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FREGOV", "RURGOV", "11"), "{:?}", triples(&evs));
}
