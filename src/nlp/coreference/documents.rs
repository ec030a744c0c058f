//! "Honduras sent a protest note to El Salvador …. The note demanded …": a document
//! speaks for its sender.
//!
//! A protest note, a letter or a statement is introduced by the act of sending or issuing
//! it and then made the subject of a demand, a request or an accusation. "The note" named
//! no actor, so those acts had no source. The sender is the actor named right before the
//! sending verb whose object is the same document noun, in the description's sentence (before
//! it) or the two before. When two such sendings name different senders, the description
//! is left unresolved rather than guessed. Only a description that opens its sentence is
//! read: one in object position ("Lima rejected the note") is the addressee's act on it.
//! Words are data: `doc-head`, `doc-send-verb` in `data/lexicon/mention_words.tsv`.

use super::state_government;
use crate::nlp::lexicon::List;
use crate::nlp::mentions::Ctx;
use crate::nlp::text::TokenKind;
use crate::nlp::{Actor, EntityType, Mention, Span};
use std::collections::HashSet;
use std::sync::OnceLock;

/// How many sentences before the description the sending may be told in.
const WINDOW: usize = 2;
/// Lower-case modifiers allowed before the head, in the description and after the
/// sending verb ("a formal protest note").
const MAX_MODIFIERS: usize = 2;

struct Words {
    head: HashSet<&'static str>,
    send: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| Words {
        head: List::MentionWords.set("doc-head"),
        send: List::MentionWords.set("doc-send-verb"),
    })
}

/// Gives each sentence-opening "the (…) note" its sender's side, as a mention of its own.
pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    let mut added = Vec::new();
    for (si, &(a, b)) in ranges.iter().enumerate() {
        let Some(head) = description(ctx, a, b) else {
            continue;
        };
        let span = Span::new(ctx.tokens[a].start, ctx.tokens[head].end);
        if mentions
            .iter()
            .any(|m| m.span.start < span.end && span.start < m.span.end)
        {
            continue;
        }
        let lo = ranges[si.saturating_sub(WINDOW)].0;
        let Some(actor) = sender(ctx, mentions, (lo, a), ctx.low(head)) else {
            continue;
        };
        added.push(Mention {
            span,
            entity_type: EntityType::Organisation,
            actor: Some(actor),
            sentence: si,
            antecedent: None,
            geo: None,
        });
    }
    mentions.extend(added);
}

/// "The [modifier …] HEAD" opening the sentence `a..b`: the head token.
fn description(ctx: &Ctx, a: usize, b: usize) -> Option<usize> {
    if ctx.low(a) != "the" {
        return None;
    }
    (a + 1..b.min(a + 2 + MAX_MODIFIERS)).find_map(|j| {
        let t = ctx.tokens[j];
        if t.kind != TokenKind::Word || t.cap || t.all_caps {
            return Some(None);
        }
        words().head.contains(ctx.low(j)).then_some(Some(j))
    })?
}

/// The one sender of a document `head` sent in tokens `lo..hi`: every sending of it must
/// name the same actor.
fn sender(ctx: &Ctx, mentions: &[Mention], (lo, hi): (usize, usize), head: &str) -> Option<Actor> {
    let mut found: Option<Actor> = None;
    for k in lo..hi {
        if ctx.low(k) != head {
            continue;
        }
        let Some(verb) = sending_verb(ctx, lo, k) else {
            continue;
        };
        let actor = subject_before(ctx, mentions, verb)?;
        match &found {
            Some(f) if f.code != actor.code => return None,
            _ => found = Some(actor),
        }
    }
    found
}

/// The sending verb before the document noun at `k` ("sent a (formal protest) note").
fn sending_verb(ctx: &Ctx, lo: usize, k: usize) -> Option<usize> {
    let mut j = k.checked_sub(1)?;
    for _ in 0..MAX_MODIFIERS {
        if j <= lo || matches!(ctx.low(j), "a" | "an") {
            break;
        }
        j -= 1;
    }
    if !matches!(ctx.low(j), "a" | "an") || j <= lo {
        return None;
    }
    words().send.contains(ctx.low(j - 1)).then_some(j - 1)
}

/// The side of the actor whose mention ends right before the verb: a state's government,
/// or any other actor as it is.
fn subject_before(ctx: &Ctx, mentions: &[Mention], verb: usize) -> Option<Actor> {
    let before = ctx.tokens.get(verb.checked_sub(1)?)?.end;
    let m = mentions
        .iter()
        .filter(|m| m.span.end == before)
        .max_by_key(|m| m.span.end - m.span.start)?;
    let a = m.actor.as_ref().filter(|a| !a.code.contains('/'))?;
    state_government(a).or_else(|| (!a.country.is_empty() || a.organisation()).then(|| a.clone()))
}
