//! "A closed the crossing, and its commerce minister accused B …": "its" before an office
//! in a second clause joined by "and" is the first clause's subject.
//!
//! A sentence that opens with a state or organisation and goes on with ", and its <office>"
//! tells a second act of the same actor through one of its officials; the subject is the
//! salient owner. `third_person` reads "Its …" that opens a new sentence; inside one
//! sentence the owner is taken only when every actor named before "its" is that one actor
//! and not a person ("A backed B, and its envoy …" names B too, and "its" may be B's: the
//! office stays unowned).

use super::third_person::{owned_actor, owned_agent};
use crate::nlp::mentions::Ctx;
use crate::nlp::{EntityType, Mention};

/// Gives each office owned by "its" after a clause-joining "and" its owner's country.
pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut [Mention]) {
    for (si, &(a, b)) in ranges.iter().enumerate() {
        for k in a + 2..b {
            if ctx.low(k) != "its" || ctx.low(k - 1) != "and" {
                continue;
            }
            let Some(i) = owned_agent(mentions, ctx.tokens[k].end) else {
                continue;
            };
            let Some(owner) = sole_owner(mentions, si, ctx.tokens[k].start) else {
                continue;
            };
            let owner = mentions[owner].actor.clone();
            let actor = owner
                .as_ref()
                .and_then(|o| owned_actor(o, mentions[i].actor.as_ref()));
            if let Some(actor) = actor {
                mentions[i].actor = Some(actor);
            }
        }
    }
}

/// The owner of an office in sentence `si` before byte `start`: its first actor mention
/// that is no place (a place when only places are named), when every other actor mention
/// that is no place has its code and none is a person; `None` otherwise. Places (towns,
/// not states) are left out: "closed the Mwanza crossing" or a dateline says where, and
/// owns no minister.
pub(super) fn sole_owner(mentions: &[Mention], si: usize, start: usize) -> Option<usize> {
    let before: Vec<usize> = (0..mentions.len())
        .filter(|&j| {
            let m = &mentions[j];
            m.sentence == si && m.span.end <= start && m.actor.is_some()
        })
        .collect();
    // a gazetteer place (a town, a crossing) has coordinates; a state's name has none
    let place =
        |j: usize| mentions[j].entity_type == EntityType::Location && mentions[j].geo.is_some();
    let &first = before
        .iter()
        .find(|&&j| !place(j))
        .or_else(|| before.first())?;
    let code = |j: usize| mentions[j].actor.as_ref().map(|a| a.code.as_str());
    let one = before.iter().all(|&j| {
        j == first
            || place(j)
            || code(j) == code(first) && mentions[j].entity_type != EntityType::Person
    });
    let person = mentions[first].entity_type == EntityType::Person;
    let multi = code(first).is_some_and(|c| c.contains('/'));
    (one && !person && !multi).then_some(first)
}
