//! "them" / "they" right after a collective phrase of the same sentence: "called both
//! governments and urged them to …", "asked the two countries whether they would …". A
//! plural pronoun whose nearest earlier actor in its sentence is a collective phrase
//! ("both governments", resolved by `collective` to one multi-code actor) names the same
//! parties: news copy does not switch to a new group of parties without naming it.
//!
//! Only when the collective is the latest actor before the pronoun (no other name stands
//! between them) and in the same sentence; a pronoun already covered by a mention is left
//! alone. Anything else stays unresolved, as before.

use super::index::MentionIndex;
use crate::nlp::mentions::Ctx;
use crate::nlp::{EntityType, Mention, Span};

/// Plural pronouns that may refer back to a group of parties.
fn plural_pronoun(word: &str) -> bool {
    matches!(word, "them" | "they")
}

/// Adds a mention with the collective's actor for each plural pronoun that follows one.
pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    let mut added: Vec<Mention> = Vec::new();
    let mut index: Option<MentionIndex> = None;
    for (si, &(a, b)) in ranges.iter().enumerate() {
        for k in a..b {
            if !plural_pronoun(ctx.low(k)) {
                continue;
            }
            let index = index.get_or_insert_with(|| MentionIndex::new(mentions, ranges.len()));
            let span = Span::new(ctx.tokens[k].start, ctx.tokens[k].end);
            if index.covered(span) {
                continue;
            }
            let Some(i) = latest_actor(mentions, index.of(si), span.start) else {
                continue;
            };
            if !is_collective(&mentions[i]) {
                continue;
            }
            added.push(Mention {
                span,
                entity_type: EntityType::Organisation,
                actor: mentions[i].actor.clone(),
                sentence: si,
                antecedent: Some(i),
                geo: None,
            });
        }
    }
    mentions.extend(added);
}

/// The outermost mention with an actor that ends last before byte `start` among `of` (a
/// sentence's mentions, by index in mention order).
fn latest_actor(mentions: &[Mention], of: &[usize], start: usize) -> Option<usize> {
    let has_actor = |m: &Mention| m.actor.as_ref().is_some_and(|a| !a.code.is_empty());
    of.iter()
        .copied()
        .filter(|&i| {
            let m = &mentions[i];
            m.span.end <= start && has_actor(m)
        })
        // the latest end; among mentions ending there, the widest (the phrase, not a
        // name nested in it)
        .max_by_key(|&i| (mentions[i].span.end, usize::MAX - mentions[i].span.start))
}

/// A collective phrase's mention: one actor of several codes and no single country.
fn is_collective(m: &Mention) -> bool {
    m.actor
        .as_ref()
        .is_some_and(|a| a.code.contains('/') && a.country.is_empty())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{actor_of_nth, events};

    const STORY: &str = "Serbia and Kosovo traded accusations on Sunday over the arrest of a \
        border guard. The EU envoy telephoned both governments on Monday and urged them to \
        avoid any escalation.";

    #[test]
    fn them_after_a_collective_phrase_is_the_same_parties() {
        assert_eq!(
            actor_of_nth(STORY, "them", 0).as_deref(),
            Some("SRBGOV/KSVGOV")
        );
        let ev = events(STORY);
        for tgt in ["SRBGOV", "KSVGOV"] {
            assert!(
                ev.iter()
                    .any(|e| e.0.starts_with("IGOEUR") && e.1 == tgt && e.2.starts_with("02")),
                "{tgt}: {ev:?}"
            );
        }
    }

    #[test]
    fn them_after_another_name_or_without_a_collective_stays_unresolved() {
        // a name between the phrase and the pronoun
        let text = "Serbia and Kosovo traded accusations on Sunday. The EU envoy telephoned \
            both governments, met Albania and urged them to stay calm.";
        assert_eq!(actor_of_nth(text, "them", 0), None);
        // no collective phrase in the sentence
        let text = "Serbian forces detained three officers and freed them two weeks later.";
        assert_eq!(actor_of_nth(text, "them", 0), None);
    }
}
