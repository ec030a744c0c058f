//! Branch fresh4: what a fourth batch of twelve articles written blind showed, through the
//! whole extractor with the built-in dictionaries (real country names, invented sentences).
use crate::nlp::{ArticleText, Extractor, NlpConfig};
use chrono::NaiveDate;
use std::sync::OnceLock;

/// Emitted events of `text` as (source code, target code, CAMEO), dated 2026-11-01.
fn emitted(text: &str) -> Vec<(String, String, String)> {
    static X: OnceLock<Extractor> = OnceLock::new();
    let x = X.get_or_init(|| Extractor::new(&NlpConfig::default()).expect("load"));
    let article = ArticleText {
        id: "t",
        text,
        published: NaiveDate::from_ymd_opt(2026, 11, 1),
    };
    let entities = x.entities(&article);
    let events = x.events(&article, &entities);
    x.gate(&article, &entities, events, 0.0)
        .into_iter()
        .filter(|j| j.emitted())
        .map(|j| {
            let e = j.event;
            let target = e.target.map_or(String::new(), |t| t.actor.code);
            (e.source.actor.code, target, e.cameo)
        })
        .collect()
}

/// Some emitted event from a code starting with `src` to one starting with `tgt` whose
/// CAMEO code starts with `root`.
fn has(evs: &[(String, String, String)], src: &str, tgt: &str, root: &str) -> bool {
    evs.iter()
        .any(|(s, t, c)| s.starts_with(src) && t.starts_with(tgt) && c.starts_with(root))
}

#[test]
fn mauritius_is_a_country_not_the_muslim_agent() {
    let evs = emitted("Mauritius and Norway signed a fisheries treaty on Tuesday.");
    assert!(has(&evs, "MUS", "NOR", "057"), "{evs:?}");
    assert!(has(&evs, "NOR", "MUS", "057"), "{evs:?}");
}

#[test]
fn an_unplaced_muslim_agent_is_still_no_country() {
    let evs = emitted("Islamist preachers condemned Norway on Tuesday.");
    assert!(!evs.iter().any(|(s, _, _)| s.starts_with("MUS")), "{evs:?}");
}

#[test]
fn a_state_that_protests_complains_and_a_crowd_demonstrates() {
    let evs = emitted("Gabon protested against the Cameroonian drills on Monday.");
    assert!(has(&evs, "GAB", "CMR", "111"), "{evs:?}");
    assert!(!has(&evs, "GAB", "", "14"), "{evs:?}");
    // a state's protest with no party named is no event
    let evs = emitted("Gabon protested on Monday.");
    assert!(evs.is_empty(), "{evs:?}");
    // a people named after the state still demonstrates
    let evs = emitted("Thousands of Kenyans protested outside the Ugandan embassy on Monday.");
    assert!(has(&evs, "KEN", "UGA", "14"), "{evs:?}");
}

#[test]
fn the_wire_spelling_of_balochistan_places_a_strike_in_pakistan() {
    let evs = emitted("Iranian drones struck a village in the province of Baluchistan on Tuesday.");
    assert!(has(&evs, "IRN", "PAK", "19"), "{evs:?}");
}
