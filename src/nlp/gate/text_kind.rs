//! Rules 1–2 of the gate: what kind of text a trigger sits in. A dateline, a byline, a photo
//! caption, a question, the author's own words and a quotation no actor can be named as saying
//! are no reporting of an event, whatever the coder found in them.
use super::clause::{Clause, Word};
use super::{resolved, DropReason, Gate};
use crate::nlp::{CodedEvent, EntityAnalysis, Span};

impl Gate {
    /// Rules 1–2: what kind of text the trigger sits in.
    pub(super) fn text_kind(
        &self,
        text: &str,
        ctx: &Clause<'_>,
        event: &CodedEvent,
        entities: &EntityAnalysis,
    ) -> Option<(DropReason, String)> {
        let sentence = ctx.sentence.trim();
        if let Some(prefix_end) = ctx.dateline_end() {
            let source_in = event
                .source
                .mention
                .and_then(|m| entities.mentions.get(m))
                .is_some_and(|m| m.span.start < prefix_end);
            if event.trigger.start < prefix_end || source_in {
                return Some((
                    DropReason::Dateline,
                    "trigger or source in the dateline".into(),
                ));
            }
        }
        if is_byline(sentence) {
            return Some((DropReason::Byline, "a byline".into()));
        }
        if self.is_caption(sentence) || ctx.has_word("pictured") {
            return Some((DropReason::Caption, "a photo caption".into()));
        }
        if ends_question(sentence) {
            return Some((DropReason::Question, "the sentence is a question".into()));
        }
        let outside = |w: &&Word<'_>| !w.quoted;
        // "US" (the country) and a sentence-initial "I" (a list item, a numeral) are not
        // the author.
        let author = ctx.words.iter().filter(outside).find(|w| {
            self.cues.author.contains(&w.lower)
                && if w.lower == "i" {
                    w.text == "I" && w.span.start != ctx.words[0].span.start
                } else {
                    w.text.chars().skip(1).all(char::is_lowercase)
                }
        });
        let attributed = self.attributed(ctx);
        if let Some(w) = author.filter(|_| !attributed && event.speaker.is_none()) {
            return Some((
                DropReason::Editorial,
                format!("the author speaks (\"{}\")", w.text),
            ));
        }
        if ctx.trigger_quoted() && !self.speaker_named(text, ctx, event, entities) {
            return Some((
                DropReason::UnattributedQuote,
                "a quotation with no named speaker".into(),
            ));
        }
        None
    }

    /// An attribution verb outside quotes: the sentence is someone's reported speech.
    fn attributed(&self, ctx: &Clause<'_>) -> bool {
        ctx.words
            .iter()
            .any(|w| !w.quoted && self.cues.attribution.contains(&w.lower))
    }

    /// "Photo: …", "File photo: …", "(Photo by …)".
    fn is_caption(&self, sentence: &str) -> bool {
        let lower = sentence.to_lowercase();
        let label = lower
            .get(..lower.len().min(30))
            .and_then(|h| h.split(':').next().filter(|l| l.len() < h.len()));
        let labelled = label.is_some_and(|l| {
            self.cues
                .caption
                .iter()
                .any(|c| l.trim() == c || l.trim().starts_with(&format!("{c} ")))
        });
        labelled || lower.contains("(photo")
    }

    /// A quotation needs a speaker: the coder's, or a resolved actor outside the quotes of
    /// the sentence (or of the next sentence, where a quote closes: `"…," she said`).
    fn speaker_named(
        &self,
        text: &str,
        ctx: &Clause<'_>,
        event: &CodedEvent,
        entities: &EntityAnalysis,
    ) -> bool {
        if event
            .speaker
            .as_ref()
            .is_some_and(|s| resolved(&s.actor.code))
        {
            return true;
        }
        let window_end = text[ctx.span.end..]
            .find("\n\n")
            .map_or(text.len(), |p| ctx.span.end + p)
            .min(ctx.span.end + 160);
        let window = Span::new(ctx.span.start, window_end);
        entities.mentions.iter().any(|m| {
            window.contains(m.span)
                && m.actor.as_ref().is_some_and(|a| resolved(&a.code))
                && !ctx.quotes.at(m.span.start)
        })
    }
}

/// "By Name Surname" alone on its line.
fn is_byline(sentence: &str) -> bool {
    let first_line = sentence.lines().next().unwrap_or("");
    let Some(name) = first_line.strip_prefix("By ") else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || *w == "and")
}

fn ends_question(sentence: &str) -> bool {
    sentence
        .trim_end_matches(['"', '”', '’', '\'', ')', ' '])
        .ends_with('?')
}
