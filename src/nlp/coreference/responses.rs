//! "X rejected the accusations": the accusations are their maker's. A definite response
//! noun ("the accusations", "the criticism", "the allegations") with no actor of its own
//! stands for whoever made them: the actor named before the latest accusation verb
//! ("accused", "criticised", "blamed") in its sentence or the two before. The phrase gets
//! the maker's actor, so the coder's object of "rejected" is the accuser.
//!
//! Only when the response fits: the responder (the first actor of the phrase's sentence)
//! is not the maker's country, and when the accusation named a target with a country,
//! the responder is that target. Words are data: `response-noun` and `accusation-verb`
//! in `data/lexicon/mention_words.tsv`.

use crate::nlp::lexicon::List;
use crate::nlp::mentions::Ctx;
use crate::nlp::{Actor, EntityType, Mention, Span};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Sentences before the response its accusation may stand in.
const WINDOW: usize = 2;

struct Words {
    noun: HashSet<&'static str>,
    verb: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    let set = |u: &str| -> HashSet<&'static str> { List::MentionWords.set(u) };
    W.get_or_init(|| Words {
        noun: set("response-noun"),
        verb: set("accusation-verb"),
    })
}

/// Adds a mention carrying the maker's actor for each response phrase that resolves.
pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    let mut added = Vec::new();
    for (si, &(a, b)) in ranges.iter().enumerate() {
        for k in a + 1..b {
            if ctx.low(k - 1) != "the" || !words().noun.contains(ctx.low(k)) {
                continue;
            }
            let span = Span::new(ctx.tokens[k - 1].start, ctx.tokens[k].end);
            if mentions
                .iter()
                .any(|m| overlaps(m.span, span) && m.actor.is_some())
            {
                continue;
            }
            let lo = ranges[si.saturating_sub(WINDOW)].0;
            let Some(verb) = (lo..k - 1)
                .rev()
                .find(|&v| words().verb.contains(ctx.low(v)))
            else {
                continue;
            };
            let Some((maker, actor)) = fitting_maker(ctx, ranges, mentions, verb, (a, k)) else {
                continue;
            };
            added.push(Mention {
                span,
                entity_type: EntityType::Organisation,
                actor: Some(actor),
                sentence: si,
                antecedent: Some(maker),
                geo: None,
            });
        }
    }
    mentions.extend(added);
}

/// The maker of the accusation at token `verb`, when the responder of the phrase
/// (tokens `[a, k)` of its sentence) answers it: (mention, actor).
fn fitting_maker(
    ctx: &Ctx,
    ranges: &[(usize, usize)],
    mentions: &[Mention],
    verb: usize,
    (a, k): (usize, usize),
) -> Option<(usize, Actor)> {
    let &(va, vb) = ranges.iter().find(|&&(x, y)| x <= verb && verb < y)?;
    let byte = |t: usize| ctx.tokens[t].start;
    let maker = latest_actor(mentions, byte(va), byte(verb))?;
    let responder = first_actor(mentions, byte(a), byte(k))?;
    let country = |j: usize| mentions[j].actor.as_ref().map(|x| x.country.clone());
    let (mc, rc) = (country(maker)?, country(responder)?);
    if rc.is_empty() || mc == rc {
        return None;
    }
    let end = if vb > k {
        byte(k)
    } else {
        ctx.tokens[vb - 1].end
    };
    let targets: Vec<String> = outer_actors(mentions, byte(verb), end)
        .into_iter()
        .filter_map(country)
        .filter(|c| !c.is_empty())
        .collect();
    if !targets.is_empty() && !targets.contains(&rc) {
        return None;
    }
    Some((maker, mentions[maker].actor.clone()?))
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Outermost mentions with an actor inside the bytes `[lo, hi)`, in text order.
fn outer_actors(mentions: &[Mention], lo: usize, hi: usize) -> Vec<usize> {
    let with_actor = |m: &Mention| m.actor.as_ref().is_some_and(|x| !x.agent_only());
    let mut v: Vec<usize> = (0..mentions.len())
        .filter(|&j| mentions[j].span.start >= lo && mentions[j].span.end <= hi)
        .filter(|&j| with_actor(&mentions[j]))
        .filter(|&j| {
            !mentions.iter().any(|o| {
                o.span != mentions[j].span && o.span.contains(mentions[j].span) && with_actor(o)
            })
        })
        .collect();
    v.sort_by_key(|&j| mentions[j].span.start);
    v
}

fn latest_actor(mentions: &[Mention], lo: usize, hi: usize) -> Option<usize> {
    outer_actors(mentions, lo, hi).last().copied()
}

fn first_actor(mentions: &[Mention], lo: usize, hi: usize) -> Option<usize> {
    outer_actors(mentions, lo, hi).first().copied()
}

#[cfg(test)]
mod tests {
    use super::super::tests::{actor_of_nth, events};

    #[test]
    fn the_accusations_are_their_makers() {
        let text = "Poland accused Belarus of pushing migrants across the border. \
                    Minsk rejected the accusations on Friday.";
        assert_eq!(
            actor_of_nth(text, "the accusations", 0).as_deref(),
            Some("POL")
        );
        // criticism of a thing, not of a state: still its maker, and the target of the reply
        let text =
            "Russia's ambassador criticised the resolution. Washington rejected the criticism.";
        assert_eq!(
            actor_of_nth(text, "the criticism", 0).as_deref(),
            Some("RUSGOV")
        );
        let evs = events(text);
        assert!(
            evs.iter()
                .any(|(s, t, c)| s.starts_with("USA") && t == "RUSGOV" && c.starts_with("12")),
            "{evs:?}"
        );
    }

    #[test]
    fn a_response_by_someone_else_or_by_the_maker_stays_unresolved() {
        // the accusation targeted Belarus; Lithuania is not answering it
        let text = "Poland accused Belarus of pushing migrants across the border. \
                    Lithuania rejected the accusations on Friday.";
        assert_eq!(actor_of_nth(text, "the accusations", 0), None);
        // the maker repeating its own accusations
        let text = "Poland accused Belarus of lying. Warsaw repeated the accusations.";
        assert_eq!(actor_of_nth(text, "the accusations", 0), None);
        // no accusation before the phrase
        let text = "Belarus met Poland. Minsk rejected the accusations.";
        assert_eq!(actor_of_nth(text, "the accusations", 0), None);
    }
}
