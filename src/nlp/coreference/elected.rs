//! "the president-elect" with no name and no country is the incoming leader of the state
//! whose election the story tells: "Ruritania's presidential election … Two neighbours
//! congratulated the president-elect" names Ruritania's next head of government.
//!
//! The election's state is read where the story names it beside an election noun: a state
//! mention just before it ("Ruritania's presidential election", "the Ruritanian vote") or
//! after "in" ("elections in Ruritania"). Every such state of the article must be one state:
//! a story of two states' elections leaves the title open. Title words and election nouns
//! are data (`elect-title` in `data/lexicon/titles.tsv`, `election-noun` in
//! `mention_words.tsv`). Runs after `offices` (an office named with its state wins).

use super::titled::bare_definite;
use crate::nlp::lexicon::{words_in, List};
use crate::nlp::mentions::{make_actor, Cand, Ctx};
use crate::nlp::Mention;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Tokens between a state's mention and the election noun it owns ("'s", "presidential").
const GAP: usize = 2;

fn listed(tag: &'static str, lists: &[List]) -> HashSet<&'static str> {
    words_in(lists, tag).into_iter().collect()
}

fn elect_titles() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| listed("elect-title", &[List::Titles]))
}

fn election_nouns() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| listed("election-noun", &[List::MentionWords]))
}

/// The state of mention `m` when it names the state of the election noun at token `k`:
/// just before it ("Ruritania's general election") or after "in" ("the vote in Ruritania").
fn election_state<'a>(ctx: &Ctx, c: &Cand, m: &'a Mention, k: usize) -> Option<&'a str> {
    let a = m.actor.as_ref()?;
    if a.country.is_empty() {
        return None;
    }
    let before = c.end_tok <= k && k - c.end_tok <= GAP;
    let after = c.start_tok == k + 2 && ctx.low(k + 1) == "in";
    (before || after).then_some(a.country.as_str())
}

/// The one state whose election the article tells, if one.
fn story_election(ctx: &Ctx, cands: &[Cand], mentions: &[Mention]) -> Option<String> {
    let mut states = HashSet::new();
    for k in (0..ctx.tokens.len()).filter(|&k| election_nouns().contains(ctx.low(k))) {
        for (c, m) in cands.iter().zip(mentions) {
            if let Some(state) = election_state(ctx, c, m, k) {
                states.insert(state.to_string());
            }
        }
    }
    let mut it = states.into_iter();
    match (it.next(), it.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// Places each bare "the president-elect" in the government of the story's election state.
pub(super) fn resolve(ctx: &Ctx, cands: &[Cand], mentions: &mut [Mention]) {
    let titles: Vec<usize> = (0..cands.len())
        .filter(|&i| {
            bare_definite(ctx, &cands[i], &mentions[i])
                .is_some_and(|w| elect_titles().contains(ctx.low(w.end - 1)))
        })
        .collect();
    if titles.is_empty() {
        return;
    }
    let Some(state) = story_election(ctx, cands, mentions) else {
        return;
    };
    let name = mentions
        .iter()
        .filter_map(|m| m.actor.as_ref())
        .find(|a| a.code == state)
        .map_or_else(|| state.clone(), |a| a.name.clone());
    for i in titles {
        mentions[i].actor = Some(make_actor(
            &format!("{state}GOV"),
            &format!("{name} government"),
        ));
    }
}
