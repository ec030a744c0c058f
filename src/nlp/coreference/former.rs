//! Former office-holders: "a former Ghanaian foreign minister", "the former defence
//! minister of Chile". The office names a state, but its holder no longer acts for it
//! (often they now serve another body, as its envoy or mediator), so neither the office
//! nor a nationality inside it gives the person an actor. Run last, so that no earlier
//! rule (an office named before, the "of" country) gives one back. The word is data
//! (`past-office` in `data/lexicon/titles.tsv`).

use crate::nlp::lexicon::List;
use crate::nlp::mentions::{Cand, Ctx};
use crate::nlp::{EntityType, Mention};
use std::collections::HashSet;
use std::sync::OnceLock;

struct Words {
    past: HashSet<&'static str>,
    title: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| Words {
        past: List::Titles.set("past-office"),
        title: List::Titles.set("title"),
    })
}

/// Clears the actor of each person mention of an office opened by a past-office word,
/// of the mentions nested in it and of the state after it ("of Chile"): all three only
/// describe the past office. `mentions[i]` is the mention of `cands[i]`.
pub(super) fn resolve(ctx: &Ctx, cands: &[Cand], mentions: &mut [Mention]) {
    for (i, c) in cands.iter().enumerate() {
        let Some(m) = mentions.get(i) else { break };
        let office = m.actor.as_ref().is_some_and(|a| !a.sector.is_empty());
        if m.entity_type != EntityType::Person || c.pronoun || !office {
            continue;
        }
        if !opened_by_past_word(ctx, c) || names_a_person(ctx, cands, i) {
            continue;
        }
        for (j, inner) in cands.iter().enumerate() {
            let nested = inner.start_tok >= c.start_tok && inner.end_tok <= c.end_tok;
            if nested || office_state(ctx, c, inner) {
                if let Some(n) = mentions.get_mut(j) {
                    n.actor = None;
                }
            }
        }
    }
}

/// Does the office mention `i` hold a person's name ("former President Jane Roe")? A
/// named holder is left to the person dictionary, which knows the dates of office and
/// codes a past leader as one of the country's elite.
fn names_a_person(ctx: &Ctx, cands: &[Cand], i: usize) -> bool {
    let c = &cands[i];
    let last = c.end_tok.saturating_sub(1);
    let name_last = ctx.is_cap_word(last) && !words().title.contains(ctx.low(last));
    name_last
        || cands.iter().enumerate().any(|(j, n)| {
            j != i
                && n.etype == EntityType::Person
                && !n.pronoun
                && n.start_tok >= c.start_tok
                && n.end_tok <= c.end_tok
        })
}

/// Is the word right before byte `start` of `text` a past-office word ("a former
/// Djiboutian minister": the nationality is the past office's, not a party of the
/// sentence; `collective` leaves such a name out of the states a phrase may count)?
pub(super) fn after_past_word(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| words().past.contains(w.to_lowercase().as_str()))
}

/// Is a past-office word right before the mention or among its words before the head?
fn opened_by_past_word(ctx: &Ctx, c: &Cand) -> bool {
    let words = &words().past;
    let before = c.start_tok.checked_sub(1).map(|k| ctx.low(k));
    let inside = (c.start_tok..c.end_tok.saturating_sub(1)).map(|k| ctx.low(k));
    before.into_iter().chain(inside).any(|w| words.contains(w))
}

/// Is `inner` the state of the office `c` names after it ("minister of Chile",
/// "ambassador from the Netherlands")?
fn office_state(ctx: &Ctx, c: &Cand, inner: &Cand) -> bool {
    let e = c.end_tok;
    if !matches!(ctx.low(e), "of" | "from") {
        return false;
    }
    let at = if ctx.low(e + 1) == "the" {
        e + 2
    } else {
        e + 1
    };
    inner.start_tok == at
}
