//! "Israel said its aircraft struck …": the forces and weapons a speaker calls its own.
//!
//! News reports an armed act through its instrument ("its drones", "its forces", "their
//! warships") right after the state or group that claims it: "X said (that) its N …". The
//! owner is the speaker, the actor named just before the speech verb; the instrument stands
//! for the owner's armed force: a state's military (`ISRMIL`), an armed group itself
//! (`YEMREB`). Only the speech frame is read: elsewhere "its" may be any earlier actor
//! ("Russia attacked Ukraine and its allies"), so the owner is not guessed.
//!
//! "Its drones hit …" opening a sentence after one about the owner is read by
//! `third_person` (the previous subject), which places the instrument here too.
//!
//! Instrument heads are data: `instrument-head` in `data/lexicon/mention_words.tsv`.

use crate::nlp::lexicon::List;
use crate::nlp::mentions::{make_actor, Ctx};
use crate::nlp::{Actor, EntityType, Mention, Span};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Words allowed between the speech verb and "its" ("said on Monday that its").
const MAX_GAP: usize = 4;
/// Words a relative clause between the speaker and its speech verb may span.
const MAX_RELATIVE: usize = 20;
/// Sectors of a state's own institutions: their instrument is the state's military.
const STATE_SECTORS: &[&str] = &["", "GOV", "MIL", "GOVMIL", "COP", "SPY"];

struct Words {
    speech: HashSet<&'static str>,
    instrument: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| Words {
        speech: List::ClosedWords.set("speech"),
        instrument: List::MentionWords.set("instrument-head"),
    })
}

pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    for (si, &(a, b)) in ranges.iter().enumerate() {
        for k in a + 1..b.saturating_sub(1) {
            if !matches!(ctx.low(k), "its" | "their") {
                continue;
            }
            let Some(verb) = speech_before(ctx, a, k) else {
                continue;
            };
            let Some(owner) = speaker(ctx, mentions, si, verb) else {
                continue;
            };
            let Some(actor) = armed_force_of(&owner, ctx.low(k) == "their") else {
                continue;
            };
            own(ctx, mentions, si, k, b, actor);
        }
    }
}

/// The speech verb before "its" at `k`: right before it, or before "that" and a few words
/// of time ("said on Monday that its").
pub(super) fn speech_before(ctx: &Ctx, a: usize, k: usize) -> Option<usize> {
    let w = words();
    if w.speech.contains(ctx.low(k - 1)) {
        return Some(k - 1);
    }
    if ctx.low(k - 1) != "that" {
        return None;
    }
    (a..k - 1)
        .rev()
        .take(MAX_GAP)
        .find(|&j| w.speech.contains(ctx.low(j)))
}

/// The actor of the mention that ends right before the speech verb, or right before a
/// relative clause set off by commas between them ("Oman, which mediates between the two,
/// said its …": the relative clause tells about the speaker, the speech verb is still its);
/// not a person (a person's instrument is "his" or "her"), its only actor.
pub(super) fn speaker(ctx: &Ctx, mentions: &[Mention], si: usize, verb: usize) -> Option<Actor> {
    let at = ctx.tokens[verb].start;
    let end = relative_open(ctx, verb).unwrap_or(verb);
    let before = ctx.tokens.get(end.checked_sub(1)?)?.end;
    let m = mentions
        .iter()
        .filter(|m| m.sentence == si && m.span.end == before && m.span.end <= at)
        .filter(|m| m.actor.is_some())
        .max_by_key(|m| m.span.end - m.span.start)?;
    if m.entity_type == EntityType::Person {
        return None;
    }
    let a = m.actor.clone()?;
    (!a.code.contains('/')).then_some(a)
}

/// The comma that opens a relative clause closed by the comma right before the speech verb
/// `verb` (", which … ," / ", who … ,"), when no other comma stands between: the speaker's
/// mention ends before it.
fn relative_open(ctx: &Ctx, verb: usize) -> Option<usize> {
    let close = verb.checked_sub(1).filter(|&c| ctx.low(c) == ",")?;
    let open = (close.saturating_sub(MAX_RELATIVE)..close)
        .rev()
        .find(|&j| ctx.low(j) == ",")?;
    matches!(ctx.low(open + 1), "which" | "who" | "whose").then_some(open)
}

/// The owner's armed force: a state's military, an armed group itself. Nothing for an
/// owner with no country that is not an armed group (an IGO, a company), and "their" only
/// for a group (a state is "its").
pub(super) fn armed_force_of(owner: &Actor, plural: bool) -> Option<Actor> {
    if owner.country.is_empty() {
        return None;
    }
    if STATE_SECTORS.contains(&owner.sector.as_str()) {
        return (!plural).then(|| {
            make_actor(
                &format!("{}MIL", owner.country),
                &format!("{} military", owner.name),
            )
        });
    }
    matches!(owner.sector.as_str(), "REB" | "UAF").then(|| owner.clone())
}

/// Places `actor` on the instrument after "its" at `k`: an agent mention with no country
/// starting there ("its forces"), else a new mention over an instrument head ("its
/// drones", "its fighter jets").
pub(super) fn own(
    ctx: &Ctx,
    mentions: &mut Vec<Mention>,
    si: usize,
    k: usize,
    b: usize,
    actor: Actor,
) {
    let after = ctx.tokens[k].end;
    let next_start = ctx.tokens[k + 1].start;
    // a government agent ("its foreign minister") is an office, not a force (own_office.rs)
    let existing = mentions.iter().position(|m| {
        m.span.start > after
            && m.span.start <= next_start
            && m.actor
                .as_ref()
                .is_some_and(|a| a.agent_only() && a.code.as_str() != "GOV")
    });
    if let Some(i) = existing {
        mentions[i].actor = Some(actor);
        return;
    }
    // the head is the next word, or the one after a modifier ("its fighter jets")
    let Some(h) = (k + 1..(k + 3).min(b)).find(|&j| words().instrument.contains(ctx.low(j))) else {
        return;
    };
    let span = Span::new(next_start, ctx.tokens[h].end);
    if mentions
        .iter()
        .any(|m| m.span.start < span.end && span.start < m.span.end)
    {
        return;
    }
    mentions.push(Mention {
        span,
        entity_type: EntityType::Organisation,
        actor: Some(actor),
        sentence: si,
        antecedent: None,
        geo: None,
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{actor_of_nth, events};

    #[test]
    fn a_states_instrument_after_its_speech_verb_is_its_military() {
        let text = "Norway said its aircraft had intercepted a bomber over the Barents Sea.";
        assert_eq!(actor_of_nth(text, "aircraft", 0).as_deref(), Some("NORMIL"));
        let text = "Chile said on Friday that its forces had cleared the border crossing.";
        assert_eq!(actor_of_nth(text, "forces", 0).as_deref(), Some("CHLMIL"));
    }

    #[test]
    fn an_armed_groups_instrument_is_the_group() {
        let text = "The Houthis said their drones had struck a freighter near the port.";
        let evs = events(text);
        assert!(evs.iter().any(|(s, _, _)| s == "YEMREB"), "{evs:?}");
    }

    #[test]
    fn its_instrument_opening_a_sentence_is_the_previous_subjects_military() {
        let text = "Norway stepped up patrols in the Arctic on Monday. \
                    Its aircraft shadowed a bomber over the sea.";
        assert_eq!(actor_of_nth(text, "aircraft", 0).as_deref(), Some("NORMIL"));
    }

    #[test]
    fn its_outside_a_speech_frame_or_after_a_person_is_not_read() {
        // "its" after another verb may be any earlier actor
        let text = "Chile thanked Peru for its forces' help at the border.";
        assert_ne!(actor_of_nth(text, "forces", 0).as_deref(), Some("CHLMIL"));
        let text = "The minister said its drones were obsolete.";
        assert_eq!(actor_of_nth(text, "drones", 0), None);
    }
}
