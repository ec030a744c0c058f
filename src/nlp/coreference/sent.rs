//! "ECOWAS sent an envoy, …. The envoy urged both sides …": a person a body sends is its.
//!
//! News introduces a mediator or emissary by the act of sending ("X sent an envoy",
//! "Y dispatched a special representative") and then names the person by the title alone.
//! The indefinite title had no actor, so `titled` had no bearer to link "the envoy" to and
//! the envoy's acts lost their source. The sender is the actor named right before the
//! sending verb: a state (the person is its government's) or an organisation (its own).
//! Runs before `titled`. Sending verbs are data: `send-verb` in
//! `data/lexicon/mention_words.tsv`.

use super::state_government;
use crate::nlp::lexicon::List;
use crate::nlp::mentions::{Cand, Ctx};
use crate::nlp::{Actor, EntityType, Mention};
use std::collections::HashSet;
use std::sync::OnceLock;

fn send_verbs() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| List::MentionWords.set("send-verb"))
}

/// Gives each indefinite person sent by a named actor that actor's side.
pub(super) fn resolve(ctx: &Ctx, cands: &[Cand], mentions: &mut [Mention]) {
    for ci in 0..cands.len() {
        let c = &cands[ci];
        let open = mentions[ci].actor.as_ref().is_none_or(|a| a.agent_only());
        let indefinite = matches!(ctx.low(c.start_tok), "a" | "an");
        if c.etype != EntityType::Person || c.pronoun || !open || !indefinite || c.start_tok < 2 {
            continue;
        }
        let verb = c.start_tok - 1;
        if !send_verbs().contains(ctx.low(verb)) {
            continue;
        }
        let Some(actor) = sender(ctx, mentions, c.sentence, verb) else {
            continue;
        };
        mentions[ci].actor = Some(actor);
    }
}

/// The side of the actor whose mention ends right before the sending verb: a state's
/// government, or an organisation with no country itself.
fn sender(ctx: &Ctx, mentions: &[Mention], si: usize, verb: usize) -> Option<Actor> {
    let before = ctx.tokens.get(verb.checked_sub(1)?)?.end;
    let m = mentions
        .iter()
        .filter(|m| m.sentence == si && m.span.end == before)
        .filter(|m| m.entity_type != EntityType::Person)
        .max_by_key(|m| m.span.end - m.span.start)?;
    let a = m.actor.as_ref().filter(|a| !a.code.contains('/'))?;
    if a.organisation() {
        return Some(a.clone());
    }
    state_government(a)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{actor_of_nth, events};

    #[test]
    fn the_envoy_a_body_sent_is_its() {
        let text = "The African Union sent an envoy, a former Kenyan minister, to Accra on \
                    Monday. The envoy urged Ghana to reopen the border.";
        assert_eq!(
            actor_of_nth(text, "an envoy", 0).as_deref(),
            Some("IGOAFRAU")
        );
        let evs = events(text);
        assert!(
            evs.iter()
                .any(|(s, t, c)| s == "IGOAFRAU" && t.starts_with("GHA") && c.starts_with("02")),
            "{evs:?}"
        );
    }

    #[test]
    fn a_person_not_sent_by_the_actor_before_the_verb_stays_open() {
        // the verb is not one of sending
        let text = "The African Union thanked an envoy for his work in Accra.";
        assert_eq!(actor_of_nth(text, "an envoy", 0), None);
        // a person before the verb: the envoy is not a person's own
        let text = "Kwame Mensah sent an envoy to Accra on Monday.";
        assert_eq!(actor_of_nth(text, "an envoy", 0), None);
    }
}
