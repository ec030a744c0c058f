//! A speech verb that only attributes an act its sentence codes (branch quad16): "X attacked
//! Y on Monday, the ministry said." The ministry's "said" has no content of its own; what it
//! tells is the clause before the comma, and that clause is coded as an act. The comment is
//! then the act's source of report, not a statement to carry beside it. A "said" with its
//! own content after it ("…, and the ministry said talks would resume"), one opening a new
//! coordinated clause, or one whose sentence codes no act before it stays a statement.
use super::{cue_set, lexicon, DropReason, Judged, NlpError, Span};
use crate::nlp::EntityAnalysis;

const FRAMES: &str = include_str!("../../../data/lexicon/frames.txt");

/// The CAMEO code of a bare comment ("said"), the only one read as an attribution.
const COMMENT: &str = "010";

/// Longest subject between the comma and the speech verb ("the defence ministry of X").
const MAX_SUBJECT_WORDS: usize = 6;

/// The word lists of the rule (`data/lexicon/gate_cues.txt`, `frames.txt`).
pub(super) struct AttributionCues {
    speech: Vec<String>,
    joiner: Vec<String>,
    /// Words that may follow the postposed speech verb: its day and how it was said.
    tail: Vec<String>,
}

impl AttributionCues {
    pub(super) fn load() -> Result<Self, NlpError> {
        let days = lexicon::cue_line(FRAMES, "news_day").ok_or(NlpError::BuiltinData {
            name: "data/lexicon/frames.txt",
            message: "no `news_day:` line".into(),
        })?;
        let mut tail = cue_set("attribution_tail")?;
        tail.extend(days);
        Ok(Self {
            speech: cue_set("attribution")?,
            joiner: cue_set("joiner")?,
            tail,
        })
    }

    /// Marks every bare comment of the article that only attributes a coded act.
    pub(super) fn mark(&self, text: &str, entities: &EntityAnalysis, judged: &mut [Judged]) {
        let marks: Vec<bool> = (0..judged.len())
            .map(|i| self.attributes_act(text, entities, judged, i))
            .collect();
        for (j, m) in judged.iter_mut().zip(marks) {
            j.attribution = m;
        }
    }

    fn attributes_act(
        &self,
        text: &str,
        entities: &EntityAnalysis,
        judged: &[Judged],
        i: usize,
    ) -> bool {
        let j = &judged[i];
        let e = &j.event;
        if e.cameo != COMMENT || !j.failed.contains(&DropReason::Statement) {
            return false;
        }
        let Some(sentence) = entities.sentences.get(e.sentence).map(|s| s.span) else {
            return false;
        };
        let Some(comma) = self.postposed(text, sentence, e.trigger) else {
            return false;
        };
        judged.iter().enumerate().any(|(k, other)| {
            k != i
                && other.event.sentence == e.sentence
                && other.event.trigger.end <= comma
                && asserted_act(other)
        })
    }

    /// The byte offset of the comma before a postposed speech verb ("…, the ministry said
    /// on Tuesday."): a short subject after the comma, and after the verb nothing but its
    /// day or manner up to the next comma or the sentence's end. `None` otherwise.
    fn postposed(&self, text: &str, sentence: Span, verb: Span) -> Option<usize> {
        let word = text.get(verb.start..verb.end)?.to_lowercase();
        if !self.speech.contains(&word) {
            return None;
        }
        let before = text.get(sentence.start..verb.start)?;
        let comma = before.rfind(',')?;
        let subject = words(&before[comma + 1..]);
        let opens_clause = subject.first().is_some_and(|w| self.joiner.contains(w));
        if subject.is_empty() || subject.len() > MAX_SUBJECT_WORDS || opens_clause {
            return None;
        }
        let after = text.get(verb.end..sentence.end)?;
        let tail = after.split([',', ';']).next().unwrap_or_default();
        words(tail)
            .iter()
            .all(|w| self.tail.contains(w))
            .then_some(sentence.start + comma)
    }
}

/// An act (not a comment or an appeal) the gate emitted or held back only for an actor it
/// could not resolve: an asserted act of the sentence.
fn asserted_act(j: &Judged) -> bool {
    let code = j.event.cameo.as_str();
    let actor_only = |r: &DropReason| {
        matches!(
            r,
            DropReason::SourceUnresolved
                | DropReason::TargetUnresolved
                | DropReason::PassiveNoAgent
                | DropReason::Duplicate
        )
    };
    !code.starts_with("01") && !code.starts_with("02") && j.failed.iter().all(actor_only)
}

/// The lower-cased words of a stretch of text (letters, digits, apostrophes, hyphens).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}
