//! A quotation that runs on into a sentence of its own ("…," she told reporters. "We have
//! asked Y to explain.") is still its speaker's: the sentence has no attribution, so the
//! speaker is the one named with the speech verb of the quoting sentence before it.
//!
//! - "we" / "our" in such a sentence with no actor take the speaker's actor;
//! - a person pronoun after it may reach the person named before it (`pronouns`): the
//!   quote tells nobody new.
//!
//! The speaker must be a mention with an actor right before or after a speech verb outside
//! the quotation marks ("…," the minister said; she told reporters); otherwise nothing is
//! resolved.

use crate::nlp::mentions::Ctx;
use crate::nlp::text::TokenKind;
use crate::nlp::Mention;

/// Is the sentence `[a, b)` one quotation and nothing else: its first word is inside a
/// quotation that does not close before its last word? (The splitter may leave the
/// opening mark at the end of the sentence before.)
pub(super) fn wholly_quoted(ctx: &Ctx, (a, b): (usize, usize)) -> bool {
    let words = (
        first_word(ctx, (a, b)),
        (a..b).rev().find(|&k| is_word(ctx, k)),
    );
    let (Some(first), Some(last)) = words else {
        return false;
    };
    let (from, end) = (ctx.tokens[first].start, ctx.tokens[last].end);
    ctx.inside_quote(from) && ctx.quotes_before(from) == ctx.quotes_before(end)
}

fn is_word(ctx: &Ctx, k: usize) -> bool {
    ctx.tokens[k].kind == TokenKind::Word
}

/// The first word token of the sentence `[a, b)`.
pub(super) fn first_word(ctx: &Ctx, (a, b): (usize, usize)) -> Option<usize> {
    (a..b).find(|&k| is_word(ctx, k))
}

/// Is word `k` the first word outside quotation marks of the sentence `[a, b)` whose first
/// word is inside a quotation opened in an earlier sentence ("Our laws hold. No one gives
/// us orders," he told parliament)? Then `k` opens the postposed attribution of a
/// quotation that names nobody new, as a pronoun opening the next sentence would.
pub(super) fn attributes_run_on(ctx: &Ctx, (a, b): (usize, usize), k: usize) -> bool {
    let Some(first) = first_word(ctx, (a, b)) else {
        return false;
    };
    let quoted = |j: usize| ctx.inside_quote(ctx.tokens[j].start);
    let opened_before = ctx.quotes_before(ctx.tokens[a].start) % 2 == 1;
    k > first
        && k < b
        && opened_before
        && quoted(first)
        && !quoted(k)
        && (first..k).all(|j| !is_word(ctx, j) || quoted(j))
}

/// Does a quotation run on from sentence `si` into the next one (its first word quoted)?
fn runs_on(ctx: &Ctx, ranges: &[(usize, usize)], si: usize) -> bool {
    ranges
        .get(si + 1)
        .and_then(|&r| first_word(ctx, r))
        .is_some_and(|k| ctx.inside_quote(ctx.tokens[k].start))
}

/// Gives "we" / "our" of each wholly quoted sentence the actor of the speaker of the
/// quoting sentence before it (over other wholly quoted sentences).
pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut [Mention]) {
    for si in 1..ranges.len() {
        // a quotation running on into the next sentence is attributed there ("We warned
        // them. They left us no choice," he said), maybe to someone else
        if !wholly_quoted(ctx, ranges[si]) || runs_on(ctx, ranges, si) {
            continue;
        }
        let Some(quoting) = (0..si).rev().find(|&s| !wholly_quoted(ctx, ranges[s])) else {
            continue;
        };
        let Some(sp) = speaker(ctx, ranges[quoting], mentions, quoting) else {
            continue;
        };
        let actor = mentions[sp].actor.clone();
        for m in mentions.iter_mut() {
            let word = m.span.slice(ctx.text).to_lowercase();
            if m.sentence == si && m.actor.is_none() && matches!(word.as_str(), "we" | "our") {
                m.actor = actor.clone();
                m.antecedent = Some(sp);
            }
        }
    }
}

/// The mention with an actor next to a speech verb outside quotation marks in sentence
/// `si` (`[a, b)`): "…," she told; "…," said the minister.
fn speaker(ctx: &Ctx, (a, b): (usize, usize), mentions: &[Mention], si: usize) -> Option<usize> {
    for k in a..b {
        if ctx.inside_quote(ctx.tokens[k].start) || !super::dateline::speech_verb(ctx.low(k)) {
            continue;
        }
        let before = (k > a).then(|| ctx.tokens[k - 1].end);
        let after = (k + 1 < b).then(|| ctx.tokens[k + 1].start);
        let the_after = (k + 2 < b && ctx.low(k + 1) == "the").then(|| ctx.tokens[k + 2].start);
        let found = mentions.iter().position(|m| {
            m.sentence == si
                && m.actor.as_ref().is_some_and(|x| !x.code.is_empty())
                && (Some(m.span.end) == before
                    || Some(m.span.start) == after
                    || Some(m.span.start) == the_after)
        });
        if found.is_some() {
            return found;
        }
    }
    None
}
