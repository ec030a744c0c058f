//! "Oman freed the sailors, a move Iran welcomed as a goodwill gesture": a reaction in a
//! relative clause whose head noun sums up the clause before it (an appositive after a
//! comma: "a move", "a decision", "a step") reacts to that clause's act, so the act's source
//! is the reaction's target. The relative clause has no object of its own (its object is
//! the noun), and the noun names no earlier sentence's act: it is the act just told.
//!
//! Only praise (05) and criticism (11) judge the act so summed: a rejection ("a step X
//! declined to take") refuses a step asked of X, not the act the clause told.
//!
//! The noun must be one of the event nouns of `data/lexicon/reaction_nouns.txt`, the
//! relative's subject must be the reaction's source (a short phrase between the noun and the
//! trigger), and the act summed up is the latest act of the same sentence before the comma
//! that the gate could pass and whose source is placed: an act of an unplaced agent in a
//! clause inside it ("Y freed the crew, held since its coast guard stopped their boat, a move
//! X welcomed") is a detail of the act summed, not the act. When the act's source is on the
//! reacting side, nothing is filled.

use super::reactions::{counts, event_noun, placed, praise_read_as_criticism};
use super::*;

/// Determiners of an appositive noun that sums up a clause.
const DETS: [&str; 2] = ["a", "an"];
/// Words between the determiner and the noun ("a bold move").
const MAX_MODIFIERS: usize = 1;
/// Words of the relative clause's subject ("Qatar", "the Kenyan government").
const MAX_SUBJECT_WORDS: usize = 4;

/// Praise or support (05) and criticism (11): the reactions that judge an act already done.
pub(super) fn judges_an_act(code: &str) -> bool {
    matches!(crate::nlp::cameo::root(code), Some(5 | 11))
}

/// The byte of the comma before ", a NOUN SUBJECT TRIGGER" when the words between the comma
/// and the trigger of `e` are a determiner, at most one modifier, an event noun and a short
/// subject holding the reaction's source.
fn summing_comma(text: &str, e: &CodedEvent, is_noun: &dyn Fn(&str) -> bool) -> Option<usize> {
    let before = text.get(..e.trigger.start)?;
    let comma = before.rfind([',', '.', ';', ':', '!', '?', '\n'])?;
    if before.as_bytes()[comma] != b',' {
        return None;
    }
    let segment = &before[comma + 1..];
    let words: Vec<&str> = segment.split_whitespace().collect();
    let det = words.first()?.to_lowercase();
    if !DETS.contains(&det.as_str()) {
        return None;
    }
    let noun_at = (1..=1 + MAX_MODIFIERS)
        .find(|&k| words.get(k).is_some_and(|w| is_noun(&w.to_lowercase())))?;
    let subject = &words[noun_at + 1..];
    let source = e.source.text.as_str();
    let holds_source = !source.is_empty() && subject.join(" ").contains(source);
    (!subject.is_empty() && subject.len() <= MAX_SUBJECT_WORDS && holds_source).then_some(comma)
}

/// Fills the target of each praise or criticism with no target of its own from the act its
/// summing noun names (module comment). Runs after `reactions`, which fills reactions to a
/// noun in their object.
pub(super) fn resolve_summed(text: &str, out: &mut [CodedEvent]) {
    for i in 0..out.len() {
        let e = &out[i];
        let open = e.target.as_ref().is_none_or(|t| t.actor.code.is_empty());
        if !open || !judges_an_act(&e.cameo) || praise_read_as_criticism(text, e) {
            continue;
        }
        let Some(comma) = summing_comma(text, e, &event_noun) else {
            continue;
        };
        let act = out[..i]
            .iter()
            .rev()
            .filter(|a| a.sentence == e.sentence && a.trigger.end <= comma)
            .filter(|a| placed(&a.source))
            .find(|a| counts(a));
        let Some(act) = act else {
            continue;
        };
        if act.source.actor.side() == e.source.actor.side() || e.source.actor.code.is_empty() {
            continue;
        }
        let author = act.source.clone();
        let e = &mut out[i];
        e.path
            .push_str("; target: source of the act its appositive noun sums up");
        e.target = Some(author);
    }
}
