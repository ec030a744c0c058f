//! "An ECOWAS mission arrived … A government spokesman said the delegation had exceeded its
//! mandate": a definite body noun ("the delegation", "the mission", "the team") names the
//! body the story introduced before with its owner ("an ECOWAS mission", "a Kenyan trade
//! delegation"), not the speaker's government that the sector search gives a country-less
//! "delegation" (branch falses2). The owner is an actor named right before the earlier body
//! noun, with at most one modifier between; with no owner named there the mention keeps what
//! the other passes gave it. Runs last, so it overrides them. Body nouns are data:
//! `visiting-body` in `data/lexicon/mention_words.tsv`.
use super::state_government;
use crate::nlp::lexicon::List;
use crate::nlp::mentions::{Cand, Ctx};
use crate::nlp::{Actor, Mention};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Words allowed between the owner and the body noun ("a Kenyan trade delegation").
const MAX_MODIFIERS: usize = 1;

fn body_nouns() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| List::MentionWords.set("visiting-body"))
}

/// Gives each "the <body noun>" the owner of the latest earlier body noun, when it has one.
pub(super) fn resolve(ctx: &Ctx, cands: &[Cand], mentions: &mut [Mention]) {
    for ci in 0..cands.len() {
        let c = &cands[ci];
        let definite = ctx.low(c.start_tok) == "the" && c.end_tok == c.start_tok + 2;
        if !definite || !body_nouns().contains(ctx.low(c.start_tok + 1)) {
            continue;
        }
        // a definite re-mention in between ("two days after the team arrived") names the
        // same body without its owner: look past it to the body introduced with one
        let earlier = (0..c.start_tok)
            .rev()
            .find(|&k| body_nouns().contains(ctx.low(k)) && !re_mention(ctx, k));
        if let Some(owner) = earlier.and_then(|k| owner(cands, mentions, k)) {
            mentions[ci].actor = Some(owner);
        }
    }
}

/// Body noun `k` straight after "the": a re-mention, not the body's introduction.
fn re_mention(ctx: &Ctx, k: usize) -> bool {
    k > 0 && ctx.low(k - 1) == "the"
}

/// The actor of the mention that ends right before body noun `k` (at most
/// [`MAX_MODIFIERS`] words before it): an organisation as itself, a state as its government.
fn owner(cands: &[Cand], mentions: &[Mention], k: usize) -> Option<Actor> {
    let mi = (0..cands.len()).find(|&mi| {
        let end = cands[mi].end_tok;
        end <= k && k - end <= MAX_MODIFIERS && !cands[mi].pronoun
    })?;
    let actor = mentions[mi].actor.as_ref()?;
    if actor.organisation() {
        return Some(actor.clone());
    }
    state_government(actor)
}
