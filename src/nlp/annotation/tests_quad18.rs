//! Branch quad18, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): an agent of a society's own people that the text gives no
//! country ("lawmakers", "journalists", "rebels") and that a placed state's told act falls on,
//! in a sentence naming no other country, is that state's own (events/own_agent.rs).
use super::test_support::{emitted, has};

#[test]
fn a_states_act_on_its_own_people_is_targeted() {
    for (text, src, tgt, root) in [
        (
            "The Kenyan government rejected the demands of opposition lawmakers on Monday.",
            "KENGOV",
            "KENLEG",
            "12",
        ),
        (
            "Peru's supreme court rejected the appeal of three journalists.",
            "PERJUD",
            "PERMED",
            "12",
        ),
        (
            "Zambia's government rejected demands from the rebels.",
            "ZMBGOV",
            "ZMBREB",
            "12",
        ),
    ] {
        let evs = emitted(text);
        assert!(has(&evs, src, tgt, root), "{text}: {evs:?}");
    }
}

#[test]
fn people_of_another_country_or_a_plan_stay_unplaced() {
    // another country in view, people called foreign, or an act only intended: the people
    // are not placed in the source's state
    for (text, src) in [
        (
            "Peru's government rejected the demands of lawmakers from Chile.",
            "PER",
        ),
        (
            "The Kenyan government expelled foreign journalists on Monday.",
            "KEN",
        ),
        (
            "The Kenyan government will reject the demands of lawmakers.",
            "KEN",
        ),
    ] {
        let evs = emitted(text);
        let own = evs
            .iter()
            .any(|(s, t, _)| s.starts_with(src) && t.starts_with(src) && t.len() > 3);
        assert!(!own, "{text}: {evs:?}");
    }
}
