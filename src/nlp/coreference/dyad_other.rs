//! "Gabon summoned its neighbour's ambassador": an office owned by a relational noun ("its
//! neighbour", "its partner", "its rival") is the office of the party the noun relates its
//! owner to, not of the owner.
//!
//! The noun names no state, so it is placed only where the story leaves one choice: the
//! article names exactly two states, and the owner of "its" (the sole actor named before
//! it in the sentence, as `clause_owner` takes it) is one of them; the office then belongs
//! to the other. With a third state in the story, or no owner, the office stays unplaced
//! (no guess: precision first). Relational heads are data: `dyad-other` in
//! `data/lexicon/mention_words.tsv`.

use super::clause_owner::sole_owner;
use super::third_person::{owned_actor, owned_agent};
use crate::nlp::lexicon::List;
use crate::nlp::mentions::{make_actor, Ctx};
use crate::nlp::Mention;
use std::collections::{BTreeSet, HashSet};
use std::sync::OnceLock;

fn heads() -> &'static HashSet<&'static str> {
    static H: OnceLock<HashSet<&'static str>> = OnceLock::new();
    H.get_or_init(|| List::MentionWords.set("dyad-other"))
}

/// The countries the article's mentions name, in code order.
fn story_states(mentions: &[Mention]) -> BTreeSet<String> {
    mentions
        .iter()
        .filter_map(|m| m.actor.as_ref())
        .filter(|a| !a.country.is_empty())
        .map(|a| a.country.clone())
        .collect()
}

/// Byte after "'s" / "’s" when it follows token `k` directly.
fn possessive_end(ctx: &Ctx, k: usize) -> Option<usize> {
    let end = ctx.tokens.get(k)?.end;
    let rest = ctx.text.get(end..)?;
    ["'s", "’s"]
        .iter()
        .find(|p| rest.starts_with(*p))
        .map(|p| end + p.len())
}

/// Places each office owned by "its/their <relational noun>'s" in a two-state story.
pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut [Mention]) {
    let states = story_states(mentions);
    if states.len() != 2 {
        return;
    }
    for (si, &(a, b)) in ranges.iter().enumerate() {
        for k in a + 1..b.saturating_sub(1) {
            if !matches!(ctx.low(k), "its" | "their") || !heads().contains(ctx.low(k + 1)) {
                continue;
            }
            let Some(i) = possessive_end(ctx, k + 1).and_then(|e| owned_agent(mentions, e)) else {
                continue;
            };
            let Some(owner) = sole_owner(mentions, si, ctx.tokens[k].start) else {
                continue;
            };
            let Some(own) = mentions[owner].actor.as_ref().map(|o| o.country.as_str()) else {
                continue;
            };
            let Some(other) = states.iter().find(|s| s.as_str() != own) else {
                continue;
            };
            if !states.contains(own) {
                continue;
            }
            let state = make_actor(other, "");
            if let Some(actor) = owned_actor(&state, mentions[i].actor.as_ref()) {
                mentions[i].actor = Some(actor);
            }
        }
    }
}
