//! Branch fixes9: false events the fourth blind batch showed, through the whole extractor
//! with the built-in dictionaries (real country names, invented sentences).
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
fn the_means_of_a_reported_charged_wrong_is_the_charge_not_an_act() {
    let evs = emitted(
        "Yemen's defence minister said on Monday that Iran had crossed every red line by \
         arming the Houthi rebels.",
    );
    assert!(!has(&evs, "IRN", "YEM", "06"), "{evs:?}");
    // the means of a reported act that is no wrong is still told
    let evs = emitted(
        "Yemen's defence minister said on Monday that Iran had eased the crisis by releasing \
         the Yemeni sailors.",
    );
    assert!(has(&evs, "IRN", "YEM", "08"), "{evs:?}");
}

#[test]
fn joining_sanctions_is_no_meeting_and_restricts_only_a_named_party() {
    let evs = emitted(
        "Belarus froze the dialogue after Norway joined Western sanctions over the war in Georgia.",
    );
    assert!(!has(&evs, "NOR", "GEO", ""), "{evs:?}");
    let evs = emitted("Norway joined Western sanctions against Russia on Monday.");
    assert!(has(&evs, "NOR", "RUS", "163"), "{evs:?}");
    assert!(!has(&evs, "NOR", "RUS", "04"), "{evs:?}");
}

#[test]
fn soviet_forces_are_coded_as_russia_and_soviet_things_make_no_event() {
    let evs = emitted(
        "Soviet troops seized the islands, known in Japan as the northern lands, in the final \
         days of the war.",
    );
    assert!(has(&evs, "RUS", "JPN", "19"), "{evs:?}");
    assert!(!has(&evs, "SUN", "", ""), "{evs:?}");
    let evs = emitted("A Soviet-era monument was removed in Tallinn on Monday.");
    assert!(evs.is_empty(), "{evs:?}");
}
