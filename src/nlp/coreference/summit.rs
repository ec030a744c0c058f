//! Bare members of a summit: "Leaders also called on Y", "the leaders thanked Z",
//! "foreign ministers agreed" in a story about one international body's meeting stand for
//! that body, the convention of the gold ("Pacific Islands Forum leaders urged France" is
//! the Forum's act, and so is a later "Leaders also called on Japan").
//!
//! The body is the one IGO the article names as meeting: right before a member head or a
//! meeting noun ("Pacific Islands Forum leaders", "the ASEAN summit") or after "HEAD of" /
//! "summit of" ("a summit of the Caribbean Community"). Two such bodies → nothing: the
//! bare phrase could be either's.
//!
//! The bare phrase is "the"/nothing + optional office modifiers ("foreign") + a member head,
//! or a region word that names no party ("Caribbean leaders"); it must not be counted,
//! owned or followed by "of" ("the two leaders", "their leaders", "leaders of Chad and
//! Niger" are other resolvers' or the dictionary's). Words are data: `summit-member`,
//! `member-modifier`, `summit-noun` in `data/lexicon/mention_words.tsv`.

use super::descriptors::{link_organisation, token_at, token_ending_at};
use crate::nlp::lexicon::List;
use crate::nlp::mentions::Ctx;
use crate::nlp::text::TokenKind;
use crate::nlp::{EntityType, Mention, Span};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Office modifiers allowed before the head ("defence ministers", "foreign and trade …").
const MAX_MODIFIERS: usize = 2;

struct Words {
    member: HashSet<&'static str>,
    modifier: HashSet<&'static str>,
    meeting: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    let set = |u: &str| -> HashSet<&'static str> { List::MentionWords.set(u) };
    W.get_or_init(|| Words {
        member: set("summit-member"),
        modifier: set("member-modifier"),
        meeting: set("summit-noun"),
    })
}

pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    let w = words();
    // cheap test first: most articles name no member head at all
    if !(0..ctx.tokens.len()).any(|k| w.member.contains(ctx.low(k))) {
        return;
    }
    let Some(body) = meeting_body(ctx, mentions) else {
        return;
    };
    let mut added = Vec::new();
    for (si, &(a, b)) in ranges.iter().enumerate() {
        for k in a..b {
            let Some((start, region)) = bare_member(ctx, a, k) else {
                continue;
            };
            let span = Span::new(ctx.tokens[start].start, ctx.tokens[k].end);
            let overlapping: Vec<usize> = (0..mentions.len())
                .filter(|&j| mentions[j].span.start < span.end && span.start < mentions[j].span.end)
                .collect();
            // a nationality or a named body inside the phrase owns it ("Fijian ministers")
            if overlapping.iter().any(|&j| names_a_party(&mentions[j])) {
                continue;
            }
            // a capitalised word before the head must be a place naming no party
            // ("Caribbean leaders"), not any sentence-opening word ("Opposition leaders")
            let place = |m: &Mention| {
                m.entity_type == EntityType::Location && m.span.start == ctx.tokens[start].start
            };
            if region && !overlapping.iter().any(|&j| place(&mentions[j])) {
                continue;
            }
            link_organisation(mentions, &overlapping, (span, si), body, &mut added);
        }
    }
    mentions.extend(added);
}

/// A mention whose actor names a party (a state, a body), not a country-less agent
/// ("GOV" for "officials") or an unresolved word.
fn names_a_party(m: &Mention) -> bool {
    m.actor
        .as_ref()
        .is_some_and(|a| !a.country.is_empty() || a.code.len() > 3)
}

/// The one IGO the article names as meeting; `None` when none or two differ.
fn meeting_body(ctx: &Ctx, mentions: &[Mention]) -> Option<usize> {
    let w = words();
    let mut found: Option<usize> = None;
    for (j, m) in mentions.iter().enumerate() {
        let Some(code) = m.actor.as_ref().map(|a| a.code.as_str()) else {
            continue;
        };
        if !code.starts_with("IGO") {
            continue;
        }
        let (Some(first), Some(last)) = (
            token_at(ctx, m.span.start),
            token_ending_at(ctx, m.span.end),
        ) else {
            continue;
        };
        // "NATO foreign ministers": office words between the name and the head
        let mut n = last + 1;
        while n < last + 1 + MAX_MODIFIERS && w.modifier.contains(ctx.low(n)) {
            n += 1;
        }
        let after = w.member.contains(ctx.low(n)) || w.meeting.contains(ctx.low(last + 1));
        // "leaders of the X", "a summit of X"
        let of = first
            .checked_sub(1)
            .filter(|&p| ctx.low(p) == "the")
            .unwrap_or(first);
        let before = of >= 2
            && ctx.low(of - 1) == "of"
            && (w.member.contains(ctx.low(of - 2)) || w.meeting.contains(ctx.low(of - 2)));
        if !(after || before) {
            continue;
        }
        match found {
            Some(f) if mentions[f].actor.as_ref().map(|a| a.code.as_str()) != Some(code) => {
                return None
            }
            Some(_) => {}
            None => found = Some(j),
        }
    }
    found
}

/// The first token of a bare member phrase whose head is token `k` (sentence from `a`),
/// and whether that token is a capitalised region word the caller must check.
fn bare_member(ctx: &Ctx, a: usize, k: usize) -> Option<(usize, bool)> {
    let w = words();
    if !w.member.contains(ctx.low(k)) || ctx.low(k + 1) == "of" || ctx.low(k + 1) == "'s" {
        return None;
    }
    let mut s = k;
    while s > a && k - s < MAX_MODIFIERS && w.modifier.contains(ctx.low(s - 1)) {
        s -= 1;
    }
    if s == a {
        return Some((s, false));
    }
    let p = s - 1;
    let t = ctx.tokens[p];
    if ctx.low(p) == "the" {
        return Some((p, false));
    }
    if t.cap && t.kind == TokenKind::Word && !t.all_caps {
        return Some((p, true));
    }
    // after a clause word or punctuation ("and leaders thanked"): no determiner at all
    (t.kind != TokenKind::Word || matches!(ctx.low(p), "and" | "but" | "said" | "that"))
        .then_some((s, false))
}
