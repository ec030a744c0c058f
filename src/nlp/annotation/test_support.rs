//! Test support for the whole-extractor tests of this layer: one extractor, loaded once with
//! the built-in dictionaries, and the emitted events of a text as code triples.
use crate::nlp::{ArticleText, Extractor, NlpConfig};
use chrono::NaiveDate;
use std::sync::OnceLock;

/// Emitted events of `text` as (source code, target code, CAMEO), dated 2026-11-01.
pub(super) fn emitted(text: &str) -> Vec<(String, String, String)> {
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
pub(super) fn has(evs: &[(String, String, String)], src: &str, tgt: &str, root: &str) -> bool {
    evs.iter()
        .any(|(s, t, c)| s.starts_with(src) && t.starts_with(tgt) && c.starts_with(root))
}

/// An emitted event from a source starting with `src`, with no placed target (none, or an
/// agent of no country) and a code starting with `code`.
pub(super) fn untargeted(text: &str, src: &str, code: &str) -> bool {
    emitted(text).iter().any(|(s, t, c)| {
        s.starts_with(src) && (t.is_empty() || t.starts_with("---")) && c.starts_with(code)
    })
}

/// No appeal (02) or demand (10) in the events.
pub(super) fn no_appeal(evs: &[(String, String, String)]) -> bool {
    !evs.iter()
        .any(|(_, _, c)| c.starts_with("02") || c.starts_with("10"))
}
