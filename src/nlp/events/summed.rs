//! "Oman freed the sailors, a move Iran welcomed as a goodwill gesture": a reaction in a
//! relative clause whose head noun sums up the clause before it (an appositive after a
//! comma: "a move", "a decision", "a step") reacts to that clause's act, so the act's source
//! is the reaction's target. The relative clause has no object of its own (its object is
//! the noun), and the noun names no earlier sentence's act: it is the act just told.
//!
//! Praise (05) and criticism (11) judge the act so summed. A rejection ("a step X declined
//! to take") refuses a step asked of X, not the act the clause told, except when the noun
//! names an act put to the rejecting side (an `addressed` noun: "Y accused X of …, a charge X
//! rejects", "Y called on X to …, a call X dismissed"): then the act summed must have been
//! aimed at the rejecting side, and its authors are whom the rejection answers ("A and B
//! accuse X of …, a charge X rejects" answers both, as `reactions` answers co-authors).
//!
//! The noun must be one of the event nouns of `data/lexicon/reaction_nouns.txt`, the
//! relative's subject must be the reaction's source (a short phrase between the noun and the
//! trigger), and the act summed up is the latest act of the same sentence before the comma
//! that the gate could pass and whose source is placed: an act of an unplaced agent in a
//! clause inside it ("Y freed the crew, held since its coast guard stopped their boat, a move
//! X welcomed") is a detail of the act summed, not the act. When the act's source is on the
//! reacting side, nothing is filled.

use super::reactions::{
    addressed_noun, aimed_at_reactor, co_authors, counts, event_noun, placed,
    praise_read_as_criticism,
};
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

/// A rejection (12): answers a summing noun only when it names an act put to the rejecting
/// side (module comment).
fn rejection(code: &str) -> bool {
    crate::nlp::cameo::root(code) == Some(REJECTION)
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
pub(super) fn resolve_summed(text: &str, out: &mut Vec<CodedEvent>) {
    let mut i = 0;
    while i < out.len() {
        let authors = summed_authors(text, out, i);
        let note = "; target: source of the act its appositive noun sums up";
        i += 1 + super::reactions::fan_out(out, i, authors, note);
    }
}

/// The authors the reaction `out[i]` answers through its summing noun: the act's source, and
/// for a rejection each co-author of the act too; empty when the rule does not apply.
fn summed_authors(text: &str, out: &[CodedEvent], i: usize) -> Vec<Participant> {
    let e = &out[i];
    let open = e.target.as_ref().is_none_or(|t| t.actor.code.is_empty());
    let rejects = rejection(&e.cameo);
    if !open || !(judges_an_act(&e.cameo) || rejects) || praise_read_as_criticism(text, e) {
        return Vec::new();
    }
    let noun: &dyn Fn(&str) -> bool = if rejects {
        &addressed_noun
    } else {
        &event_noun
    };
    let Some(comma) = summing_comma(text, e, noun) else {
        return Vec::new();
    };
    let act = out[..i]
        .iter()
        .rev()
        .filter(|a| a.sentence == e.sentence && a.trigger.end <= comma)
        .filter(|a| placed(&a.source))
        .find(|a| counts(a));
    // what a rejection answers was put to the rejecting side
    let act = act.filter(|a| !rejects || aimed_at_reactor(a, e) == Some(true));
    let Some(act) = act else {
        return Vec::new();
    };
    if act.source.actor.side() == e.source.actor.side() || e.source.actor.code.is_empty() {
        return Vec::new();
    }
    if rejects {
        co_authors(&out[..i], act, e)
    } else {
        vec![act.source.clone()]
    }
}
