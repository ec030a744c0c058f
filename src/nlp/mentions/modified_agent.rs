//! A nationality and its agent with modifiers between that the word lists do not know:
//! "Chilean maritime police", "Danish counter-intelligence officers". The lists name the
//! modifiers a nationality may cross to reach its agent ("naval", "security"); a modifier
//! missing there left the agent without its country. Any run of lower-case words may stand
//! between, when the sentence's parse reads every word from the nationality to the agent's
//! head as one noun phrase: each an adjectival or compound modifier whose heads lead to the
//! agent's head without leaving the phrase. A determiner, a comma, a coordination or
//! another nationality between them breaks the phrase ("Chilean and Peruvian police",
//! "Chilean, then police"), and so does a parse that does not read the phrase so.

use super::candidate::Ctx;
use super::finder::MentionFinder;
use crate::nlp::syntax::{self, Analysis, Word};
use crate::nlp::text::TokenKind;

/// How many unknown modifiers may stand between the nationality and the agent.
const MAX_MODIFIERS: usize = 3;

/// The parse of the sentence of tokens `a..b`, kept for the article (the later stages reuse
/// it rather than parse again); `None` when the built-in model does not load.
pub(crate) fn sentence_parse(ctx: &Ctx, (a, b): (usize, usize)) -> Option<Analysis> {
    let model = syntax::builtin().ok()?;
    // without its "CITY (Agency) —" dateline, as the event coder parses it: the dateline's
    // place is not the sentence's subject, nor an antecedent of the next sentence's "It"
    let a = a + crate::nlp::text::dateline_len(ctx.text, &ctx.tokens[a..b]);
    Some(model.analyse_sentence_kept(ctx.text, &ctx.tokens[a..b]))
}

impl MentionFinder {
    /// (end, agent, plural) of an agent reached from the nationality at tokens
    /// `[start, end)` of the sentence `[a, b)` across unknown lower-case modifiers, as
    /// [`MentionFinder::agent_after`] gives it; `None` unless the parse reads them as one
    /// noun phrase.
    pub(super) fn agent_across_modifiers(
        &self,
        ctx: &Ctx,
        (a, b): (usize, usize),
        (start, end): (usize, usize),
    ) -> Option<(usize, usize, bool)> {
        let mut j = end;
        while j < b && j < end + MAX_MODIFIERS && plain_word(ctx, j) {
            j += 1;
            if let Some(found) = self.agent_after(ctx, j, b) {
                let head = ctx.tokens[found.0 - 1].end;
                let phrase = (ctx.tokens[start].start, head);
                let parse = sentence_parse(ctx, (a, b))?;
                return one_noun_phrase(&parse.words, phrase).then_some(found);
            }
        }
        None
    }
}

/// A lower-case word with no capital inside ("pro-Chinese" names a side) and no digit.
fn plain_word(ctx: &Ctx, k: usize) -> bool {
    let t = ctx.tokens[k];
    let raw = ctx.raw(k);
    t.kind == TokenKind::Word
        && !t.cap
        && raw.chars().all(|c| c.is_lowercase() || c == '-')
        && !raw.starts_with('-')
}

/// The words in the byte range `[from, to)` form one noun phrase headed by the word that
/// ends at `to`: every other word is an `amod` or `compound` whose heads reach that word
/// inside the range (a hyphen glued inside a word, "coast-guard", goes with its word).
fn one_noun_phrase(words: &[Word], (from, to): (usize, usize)) -> bool {
    let inside: Vec<usize> = (0..words.len())
        .filter(|&k| words[k].start >= from && words[k].end <= to)
        .collect();
    let Some(&head) = inside.last().filter(|&&h| words[h].end == to) else {
        return false;
    };
    let glued = |k: usize| {
        words[k].form == "-"
            && k > 0
            && words[k - 1].end == words[k].start
            && words.get(k + 1).is_some_and(|n| n.start == words[k].end)
    };
    inside.iter().filter(|&&k| k != head).all(|&k| {
        glued(k)
            || matches!(words[k].deprel.as_str(), "amod" | "compound")
                && reaches(words, k, head, &inside)
    })
}

/// The heads of word `k` lead to `head` through words of `inside` only.
fn reaches(words: &[Word], k: usize, head: usize, inside: &[usize]) -> bool {
    let mut at = k;
    for _ in 0..inside.len() {
        match (words[at].head as usize).checked_sub(1) {
            Some(h) if h == head => return true,
            Some(h) if inside.contains(&h) => at = h,
            _ => return false,
        }
    }
    false
}
