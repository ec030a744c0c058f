//! "The front accused Rabat …" after "the Sahrawi Liberation Front": a group named again by
//! the lower-case head of its own name.
//!
//! News names a movement, party or committee in full once and then as "the front", "the
//! movement", "the committee". The recogniser leaves the short form without an actor (or
//! makes no mention of it), so its acts lost their source. `short_names` reads the
//! capitalised form ("the Commission"), `descriptors` the IGO heads ("the fund"), `kinds`
//! the kind words ("the rebel group"); this pass reads the rest of the heads listed as
//! `name-head-anaphor` in `data/lexicon/org_words.tsv`.
//!
//! Precision first: the phrase is exactly "the HEAD" (a modifier names another body: "the
//! ruling party"), a noun phrase of its own in the parse (not "the front line", "the party
//! congress"), not a possessive (its office-holder acts, not the body); and every earlier
//! mention whose name holds the head, capitalised, has one and the same actor.

use super::descriptors::link_organisation;
use crate::nlp::lexicon::List;
use crate::nlp::mentions::{sentence_parse, unplaced_code, Ctx};
use crate::nlp::text::TokenKind;
use crate::nlp::{Mention, Span};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Relations of a noun phrase that stands for an actor; a "compound" or modifier head
/// ("the front line") is part of another phrase.
const ACTOR_RELATIONS: &[&str] = &["nsubj", "nsubj:pass", "obj", "iobj", "obl", "conj"];

fn heads() -> &'static HashSet<&'static str> {
    static H: OnceLock<HashSet<&'static str>> = OnceLock::new();
    H.get_or_init(|| List::OrgWords.set("name-head-anaphor"))
}

/// Gives each bare "the HEAD" the actor of the one body whose name holds the head.
pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    let mut added = Vec::new();
    for (si, &(a, b)) in ranges.iter().enumerate() {
        for k in a..b.saturating_sub(1) {
            let Some(head) = bare_head(ctx, k, b) else {
                continue;
            };
            let span = Span::new(ctx.tokens[k].start, ctx.tokens[k + 1].end);
            let overlapping: Vec<usize> = (0..mentions.len())
                .filter(|&j| mentions[j].span.start < span.end && span.start < mentions[j].span.end)
                .collect();
            if overlapping.iter().any(|&j| mentions[j].actor.is_some()) {
                continue;
            }
            let Some(ante) = named_body(ctx.text, mentions, span.start, head) else {
                continue;
            };
            if !stands_alone(ctx, (a, b), k + 1) {
                continue;
            }
            link_organisation(mentions, &overlapping, (span, si), ante, &mut added);
        }
    }
    mentions.extend(added);
}

/// The head of "the HEAD" at token `k` of a sentence ending before `b`: a lower-case listed
/// word, not owning what follows ("the front's leader"), not the start of a name ("the
/// movement Hamas") and not followed by "of" / "for".
fn bare_head<'t>(ctx: &'t Ctx, k: usize, b: usize) -> Option<&'t str> {
    let t = ctx.tokens.get(k + 1)?;
    let word = t.kind == TokenKind::Word && !t.cap && !t.all_caps;
    if ctx.low(k) != "the" || !word || !heads().contains(ctx.low(k + 1)) {
        return None;
    }
    let next = ctx.tokens.get(k + 2).filter(|_| k + 2 < b);
    let owner = next.is_some_and(|_| ctx.low(k + 2) == "'s");
    let named = next.is_some_and(|n| n.cap || n.all_caps);
    // "the union of fishermen in X", "the committee for refugees": the phrase names its
    // own body, not the one named before
    let described = next.is_some_and(|_| matches!(ctx.low(k + 2), "of" | "for"));
    (!owner && !named && !described).then(|| ctx.low(k + 1))
}

/// The latest mention before byte `before` whose name holds `head` capitalised, when every
/// such mention has one and the same placed actor.
fn named_body(text: &str, mentions: &[Mention], before: usize, head: &str) -> Option<usize> {
    let holds = |m: &Mention| {
        m.span.end <= before
            && m.span
                .slice(text)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(head) && w.starts_with(|c: char| c.is_uppercase()))
    };
    let found: Vec<usize> = (0..mentions.len())
        .filter(|&j| holds(&mentions[j]))
        .collect();
    let last = *found.iter().max_by_key(|&&j| mentions[j].span.start)?;
    let code = mentions[last].actor.as_ref()?.code.clone();
    let placed = !code.is_empty() && !unplaced_code(&code) && !code.contains('/');
    let one = found
        .iter()
        .all(|&j| mentions[j].actor.as_ref().is_some_and(|a| a.code == code));
    (placed && one).then_some(last)
}

/// The parse of sentence `(a, b)` reads the head at token `h` as a noun phrase of its own:
/// a subject, an object, an oblique or a conjunct.
fn stands_alone(ctx: &Ctx, (a, b): (usize, usize), h: usize) -> bool {
    let Some(parse) = sentence_parse(ctx, (a, b)) else {
        return false;
    };
    let start = ctx.tokens[h].start;
    parse
        .words
        .iter()
        .find(|w| w.start == start)
        .is_some_and(|w| ACTOR_RELATIONS.contains(&w.deprel.as_str()))
}
