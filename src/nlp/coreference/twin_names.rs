//! A bare name two states share, read by the article (issue 8).
//!
//! "Congo" is the Republic of the Congo in the dictionary, but most news that says "Congo"
//! is about the Democratic Republic: a story that also names Kinshasa, the Congolese army or
//! another actor of the DRC, and nothing of Brazzaville's state, means the DRC by its bare
//! "Congo". The pairs live in `data/actors/twin_names.tsv`; the test is document-level: every
//! other mention with a country votes, and only an article whose votes name the other state
//! and never the dictionary's one is read the other way.

use crate::nlp::Mention;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../../data/actors/twin_names.tsv");

/// A bare name, its dictionary country and the other state that shares it.
struct Twin {
    name: &'static str,
    listed: &'static str,
    other: &'static str,
}

fn twins() -> &'static [Twin] {
    static TWINS: OnceLock<Vec<Twin>> = OnceLock::new();
    TWINS.get_or_init(|| {
        LIST.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut cols = l.split('\t').map(str::trim);
                Some(Twin {
                    name: cols.next()?,
                    listed: cols.next()?,
                    other: cols.next()?,
                })
            })
            .collect()
    })
}

/// Recodes each bare twin name to the other state where the rest of the article names only
/// that one; `name` gives a country code's readable name.
pub(crate) fn read_twin_names(name: impl Fn(&str) -> String, text: &str, mentions: &mut [Mention]) {
    for twin in twins() {
        let bare = |m: &Mention| m.span.slice(text).trim().eq_ignore_ascii_case(twin.name);
        let votes = |country: &str| {
            mentions
                .iter()
                .any(|m| !bare(m) && m.actor.as_ref().is_some_and(|a| a.country == country))
        };
        if !votes(twin.other) || votes(twin.listed) {
            continue;
        }
        let readable = name(twin.other);
        for m in mentions.iter_mut() {
            let is_bare = m.span.slice(text).trim().eq_ignore_ascii_case(twin.name);
            let Some(actor) = m.actor.as_mut().filter(|a| a.country == twin.listed) else {
                continue;
            };
            if !is_bare {
                continue;
            }
            actor.code = format!("{}{}", twin.other, &actor.code[twin.listed.len()..]);
            actor.country = twin.other.to_string();
            actor.name.clone_from(&readable);
        }
    }
}
