//! An act on a vessel's crew after an act on the vessel: "coast guard officers boarded a Y
//! fishing boat, beat several of its crew members and seized their catch". The crew names no
//! country, and the possessive points at the boat; the act on the boat before it, by the same
//! source in the same sentence, has the vessel's party (its nationality adjective, "a boat
//! from Y", "a Y-flagged ship"). A use of force or coercion (17x–19x) whose object is the
//! crew and that found no placed target takes that party (branch seas3).
use super::{CodedEvent, Tok, COMMA, CONJ, PUNCT};
use crate::nlp::lexicon::List;
use crate::nlp::Participant;
use std::sync::OnceLock;

/// How many words after the trigger the crew noun may come ("beat several of its 12 crew").
const REACH: usize = 6;

/// CAMEO roots of acts of force on people: coercion, assault, fighting.
const FORCE: [&str; 3] = ["17", "18", "19"];

/// Path note of a target taken from the act on the vessel.
const NOTE: &str = "; target: the vessel's party, of the source's act on it before (\"its crew\")";

/// Nouns naming a vessel's crew (`crew-head` in `data/lexicon/mention_words.tsv`).
fn crew_words() -> &'static [&'static str] {
    static W: OnceLock<Vec<&'static str>> = OnceLock::new();
    W.get_or_init(|| List::MentionWords.words("crew-head"))
}

/// A placed party: a country, not a bare sector (`reactions::placed`).
fn placed(p: &Option<Participant>) -> bool {
    p.as_ref().is_some_and(super::reactions::placed)
}

/// Gives each act of force on a crew among `events[first..]` (this sentence's) the foreign
/// target of the same source's latest act before it in the sentence.
pub(super) fn crew_of_vessel(events: &mut [CodedEvent], first: usize, text: &str, toks: &[Tok]) {
    for i in first..events.len() {
        let e = &events[i];
        let force = FORCE.iter().any(|c| e.cameo.starts_with(c));
        if !force || placed(&e.target) || !crew_object(text, toks, e.trigger.end) {
            continue;
        }
        let before = events[first..i].iter().rev().find(|d| {
            d.source.actor.code == e.source.actor.code
                && d.trigger.end <= e.trigger.start
                && placed(&d.target)
                && d.target
                    .as_ref()
                    .is_some_and(|t| t.actor.country != e.source.actor.country)
        });
        if let Some(target) = before.and_then(|d| d.target.clone()) {
            events[i].target = Some(target);
            events[i].path.push_str(NOTE);
        }
    }
}

/// Does a crew noun stand in the object after byte `from`, before the clause's next comma or
/// conjunction?
fn crew_object(text: &str, toks: &[Tok], from: usize) -> bool {
    let Some(after) = toks.iter().position(|t| t.span.start >= from) else {
        return false;
    };
    toks[after..]
        .iter()
        .take(REACH)
        .take_while(|t| !t.is(PUNCT | COMMA | CONJ))
        .filter_map(|t| text.get(t.span.start..t.span.end))
        .any(|w| crew_words().contains(&w.to_lowercase().as_str()))
}
