//! Branch precision30, through the whole extractor with the built-in dictionaries (real
//! country names, invented sentences): an envoy's post ("ambassador to Y") is where he
//! serves, never a second party acting beside him.
use super::test_support::{emitted, has};

#[test]
fn the_post_of_an_envoy_is_no_co_source() {
    let text = "Chile's ambassador to Peru urged Bolivia to reopen the border crossing.";
    let evs = emitted(text);
    assert!(has(&evs, "CHL", "BOL", "02"), "{text}: {evs:?}");
    assert!(!has(&evs, "PER", "", ""), "{text}: {evs:?}");
}

#[test]
fn an_envoy_speaking_about_a_plan_does_not_pair_his_post_with_his_state() {
    let text = "Chile's ambassador to Peru said the new pipeline plan was a threat to his country.";
    let evs = emitted(text);
    assert!(!has(&evs, "PER", "CHL", ""), "{text}: {evs:?}");
    assert!(!has(&evs, "CHL", "PER", "03"), "{text}: {evs:?}");
}

#[test]
fn a_recalled_envoy_still_names_his_post() {
    // contrast: the post is the target of the recall
    let text = "Chile recalled its ambassador to Peru on Monday over the border dispute.";
    let evs = emitted(text);
    assert!(has(&evs, "CHL", "PER", "16"), "{text}: {evs:?}");
}
