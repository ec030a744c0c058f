//! "Ghana and Togo agreed …; their foreign ministers met": a plural possessive before a
//! collective head with no number names each state of the plural it goes back to, as "the
//! two countries' foreign ministers" does.
//!
//! "their" has no number of its own, so the antecedent must be unambiguous: the nearest
//! plural of states before it, in its sentence or the one before: a collective phrase just
//! resolved ("the two islands … their prime ministers") or a coordinated list of states,
//! the list only when no other state is named from its sentence up to the phrase ("Benin
//! said Ghana and Togo … their ministers" is left alone: "their" could be anyone's), and
//! not past a numbered plural left unresolved ("… the two islands, when their …").
//! Never the story's pair, never a single state.
use super::{collective_actor, count_at, head_kind, At, Kind, Named, Phrase};
use crate::nlp::coreference::possessors::owned_codes;
use crate::nlp::mentions::Ctx;
use crate::nlp::{Actor, Mention};

/// "their governments", "their foreign ministers": "their", at most one lower-case
/// modifier, then a collective head. The count is left to the antecedent.
pub(super) fn phrase(ctx: &Ctx, k: usize, b: usize) -> Option<Phrase> {
    if ctx.low(k) != "their" {
        return None;
    }
    let j = k + 1;
    let (head, kind) = [j, j + 1]
        .into_iter()
        .filter(|&h| h < b)
        .find_map(|h| head_kind(ctx.low(h)).map(|s| (h, s)))?;
    if head > j && ctx.tokens[j].cap {
        return None;
    }
    // "their countries" would be the states themselves, which "their" cannot own
    (kind != Kind::State).then_some(Phrase {
        start_tok: k,
        end_tok: head + 1,
        kind,
        count: 0,
        sides: false,
    })
}

/// The governments "their" at `at` stands for (one code per state, '/'-joined), from the
/// collective phrases already resolved (`added`) or the coordinated lists.
pub(super) fn actor(
    ctx: &Ctx,
    mentions: &[Mention],
    named: &[Named],
    lists: &[Vec<Named>],
    added: &[Mention],
    at: At,
    name: &str,
) -> Option<Actor> {
    let window = |m: &Mention| m.span.end <= at.start && m.sentence + 1 >= at.sentence;
    let list = latest_list(mentions, lists, &window);
    let list_end = list.map_or(0, |l| l.last().map_or(0, |n| mentions[n.mention].span.end));
    let phrase = added
        .iter()
        .filter(|m| window(m) && m.span.start >= list_end)
        .max_by_key(|m| m.span.end);
    if let Some(p) = phrase {
        let code = &p.actor.as_ref()?.code;
        let codes = owned_codes(code, "GOV")?;
        return Some(Actor {
            code: codes,
            name: name.to_string(),
            country: String::new(),
            sector: String::new(),
        });
    }
    // a numbered plural this pass did not resolve stands nearer ("the two islands"):
    // "their" is more likely its than the list's
    let nearer = ctx
        .tokens
        .iter()
        .enumerate()
        .any(|(k, t)| t.start >= list_end && t.end <= at.start && count_at(ctx, k).is_some());
    if nearer {
        return None;
    }
    let members = sole_list(mentions, named, list?, at)?;
    Some(collective_actor(&members, Kind::Gov, name))
}

/// The coordinated list ending last inside the window.
fn latest_list<'a>(
    mentions: &[Mention],
    lists: &'a [Vec<Named>],
    window: &dyn Fn(&Mention) -> bool,
) -> Option<&'a Vec<Named>> {
    lists
        .iter()
        .filter(|l| l.iter().all(|n| window(&mentions[n.mention])))
        .max_by_key(|l| l.last().map_or(0, |n| mentions[n.mention].span.end))
}

/// The list's states, when all are states and no other state is named from its sentence
/// up to the phrase.
fn sole_list(mentions: &[Mention], named: &[Named], list: &[Named], at: At) -> Option<Vec<Named>> {
    let m = |n: &Named| &mentions[n.mention];
    let members = super::distinct(list);
    let state = |n: &Named| n.key.len() == 3 && !n.place;
    if !members.iter().all(state) {
        return None;
    }
    let from = list.iter().map(|n| m(n).sentence).min()?;
    let other = named.iter().any(|n| {
        state(n)
            && m(n).span.end <= at.start
            && m(n).sentence >= from
            && !members.iter().any(|o| o.key == n.key)
    });
    (!other).then_some(members)
}
