//! Elliptical state names: "the North" and "the South" in a story about the two Koreas.
//!
//! Copy about a divided pair names each half in full once and then by one word; the word is a
//! state only when the story names both halves (elsewhere "the South" is a region). The
//! words and their pairs are data (`data/lexicon/elliptical_states.tsv`). A mention is added
//! for each such word that no mention covers.
use crate::nlp::mentions::{make_actor, Ctx};
use crate::nlp::text::TokenKind;
use crate::nlp::{EntityType, Mention, Span};
use std::collections::HashSet;

const TABLE: &str = include_str!("../../../data/lexicon/elliptical_states.tsv");

/// (word, state, partner) rows.
fn rows() -> &'static [(&'static str, &'static str, &'static str)] {
    static R: std::sync::OnceLock<Vec<(&str, &str, &str)>> = std::sync::OnceLock::new();
    R.get_or_init(|| crate::nlp::lexicon::triple_rows(TABLE).collect())
}

/// The state token `k` names, when it is a capitalised elliptical word after "the", not
/// followed by another capitalised word, and the article names both halves of its pair.
fn state_at(ctx: &Ctx, named: &HashSet<&str>, k: usize) -> Option<&'static str> {
    let t = ctx.tokens.get(k)?;
    if k == 0 || ctx.low(k - 1) != "the" || t.kind != TokenKind::Word || !t.cap {
        return None;
    }
    if ctx
        .tokens
        .get(k + 1)
        .is_some_and(|n| n.kind == TokenKind::Word && n.cap)
    {
        return None;
    }
    let word = ctx.text.get(t.start..t.end)?;
    rows()
        .iter()
        .find(|(w, s, p)| *w == word && named.contains(s) && named.contains(p))
        .map(|(_, s, _)| *s)
}

/// Adds a mention of the state for each elliptical word (see the module comment).
pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    let named: HashSet<&str> = mentions
        .iter()
        .filter_map(|m| m.actor.as_ref())
        .map(|a| a.country.as_str())
        .filter(|c| !c.is_empty())
        .collect();
    let mut added = Vec::new();
    for (si, &(a, b)) in ranges.iter().enumerate() {
        for k in a..b {
            let Some(state) = state_at(ctx, &named, k) else {
                continue;
            };
            let span = Span::new(ctx.tokens[k].start, ctx.tokens[k].end);
            if mentions
                .iter()
                .any(|m| m.span.start < span.end && span.start < m.span.end)
            {
                continue;
            }
            let word = ctx.text.get(span.start..span.end).unwrap_or("");
            added.push(Mention {
                span,
                entity_type: EntityType::Location,
                actor: Some(make_actor(state, &format!("the {word}"))),
                sentence: si,
                antecedent: None,
                geo: None,
            });
        }
    }
    mentions.extend(added);
}
