//! "Brazil's foreign ministry said its embassy had asked …", "Portugal's foreign minister
//! said his government had …": the office a speaker calls its own is its state's.
//!
//! News names the office that acted through a possessive right after the speech verb of
//! the state's own spokesperson or ministry. Before this rule "his government" and "its
//! embassy" stayed a government of no country (or no mention at all), so the reported act
//! lost its source. The owner is read only in the speech frame ("X said (that) its …", as
//! `owned` reads a speaker's instrument): elsewhere "its" may be any earlier actor. When no
//! mention ends right before the speech verb ("Oman, which …, said its foreign minister …")
//! the speech verb's subject in the parse is the owner (branch titles2).
//!
//! A person speaker counts only when the person's state is named in the person's own phrase
//! ("Ghana's foreign minister", "a senior Ethiopian official"): a person placed only by
//! inference elsewhere in the story is not trusted to give "his government" a state (branch
//! recall46 measured the looser reading and reverted it). Office heads are data:
//! `owned-office-head` in `data/lexicon/mention_words.tsv`.
//!
//! An organisation speaks the same way of its officers ("the bloc said its secretary-general
//! had spoken to …"): the office then stands for the organisation itself. Only a singular
//! office counts (`igo-office-head`): "its foreign ministers" are the member states' own
//! ministers, and a chair acts for the state that holds the chair in rotation (branch
//! igoheads2).

use super::collective::collective_mention;
use super::owned::{speaker, speech_before};
use crate::nlp::lexicon::List;
use crate::nlp::mentions::{make_actor, Ctx};
use crate::nlp::syntax::Analysis;
use crate::nlp::{Actor, EntityType, Mention, Span};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Sectors of a state's own institutions: their office is the state's government.
const STATE_SECTORS: &[&str] = &["", "GOV", "GOVMIL", "MIL"];
/// Bytes between a state's name and the person it places ("Ghana's foreign minister").
const POSSESSOR_GAP: usize = 3;

fn heads() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| List::MentionWords.set("owned-office-head"))
}

/// The singular offices of an organisation (`igo-office-head`).
pub(super) fn organisation_heads() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| List::MentionWords.set("igo-office-head"))
}

pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    for (si, &(a, b)) in ranges.iter().enumerate() {
        for k in a + 1..b.saturating_sub(1) {
            let word = ctx.low(k);
            if !matches!(word, "its" | "his" | "her") {
                continue;
            }
            let state_head = office_head(ctx, k, b, heads());
            let body_head = (word == "its")
                .then(|| office_head(ctx, k, b, organisation_heads()))
                .flatten();
            if state_head.is_none() && body_head.is_none() {
                continue;
            }
            let Some(verb) = speech_before(ctx, a, k) else {
                continue;
            };
            let owner = if word == "its" {
                speaker(ctx, mentions, si, verb)
            } else {
                placed_person(ctx, mentions, si, a, verb)
            }
            .or_else(|| parsed_speaker(ctx, mentions, si, (a, b), verb, word == "its"));
            let Some(owner) = owner else {
                continue;
            };
            let placed = match (owner.organisation(), state_head, body_head) {
                (true, _, Some(h)) => Some((h, owner)),
                (false, Some(h), _) => government_of(&owner).map(|g| (h, g)),
                _ => None,
            };
            if let Some((h, actor)) = placed {
                place(ctx, mentions, si, k, h, actor);
            }
        }
    }
}

/// The office head after the possessive at `k`: the next word, or the one after a
/// lower-case modifier ("its foreign ministry", "its executive secretary").
fn office_head(ctx: &Ctx, k: usize, b: usize, words: &HashSet<&str>) -> Option<usize> {
    (k + 1..(k + 3).min(b))
        .take_while(|&j| !ctx.tokens[j].cap)
        .find(|&j| words.contains(ctx.low(j)))
}

/// The state's government of an owner that is a state or one of its institutions.
fn government_of(owner: &Actor) -> Option<Actor> {
    if owner.country.is_empty() || !STATE_SECTORS.contains(&owner.sector.as_str()) {
        return None;
    }
    let code = format!("{}GOV", owner.country);
    Some(make_actor(&code, &format!("{} government", owner.name)))
}

/// The person who speaks: the latest person mention of the sentence before the speech
/// verb, with no other person between, whose state is named inside its phrase or as its
/// possessor right before it.
fn placed_person(
    ctx: &Ctx,
    mentions: &[Mention],
    si: usize,
    a: usize,
    verb: usize,
) -> Option<Actor> {
    let from = ctx.tokens[a].start;
    let to = ctx.tokens[verb].start;
    let person = mentions
        .iter()
        .filter(|m| m.sentence == si && m.span.start >= from && m.span.end <= to)
        .filter(|m| m.entity_type == EntityType::Person)
        .max_by_key(|m| m.span.start)?;
    let actor = person.actor.as_ref()?;
    if actor.country.is_empty() || actor.code.contains('/') {
        return None;
    }
    let placed = mentions.iter().any(|m| {
        m.sentence == si
            && m.entity_type != EntityType::Person
            && m.actor.as_ref().is_some_and(|o| o.country == actor.country)
            && (person.span.contains(m.span) || possessor_of(ctx.text, m.span, person.span))
    });
    placed.then(|| actor.clone())
}

/// The speaker by the parse, when no mention stands right before the speech verb ("Oman,
/// which keeps ties with both sides, said its …") or a pronoun stands between the placed
/// person and a second speech verb ("X's prime minister said he was … and said his
/// government …"): the subject of the speech verb, or of the verb it is coordinated with.
/// "its" takes a state or body, "his" / "her" a person whose state is named in its own
/// phrase, as `placed_person` demands.
fn parsed_speaker(
    ctx: &Ctx,
    mentions: &[Mention],
    si: usize,
    (a, b): (usize, usize),
    verb: usize,
    body: bool,
) -> Option<Actor> {
    let parse = super::sentence_parse(ctx, (a, b))?;
    let (start, end) = speech_subject(&parse, ctx.tokens[verb].start)?;
    let m = mentions
        .iter()
        .filter(|m| m.sentence == si && m.span.start <= start && end <= m.span.end)
        .filter(|m| {
            m.actor
                .as_ref()
                .is_some_and(|a| !a.country.is_empty() || body && a.organisation())
        })
        .max_by_key(|m| m.span.end - m.span.start)?;
    let actor = m.actor.as_ref()?;
    let person = m.entity_type == EntityType::Person;
    if actor.code.contains('/') || person == body {
        return None;
    }
    let placed = !person
        || mentions.iter().any(|o| {
            o.sentence == si
                && o.entity_type != EntityType::Person
                && o.actor.as_ref().is_some_and(|x| x.country == actor.country)
                && (m.span.contains(o.span) || possessor_of(ctx.text, o.span, m.span))
        });
    placed.then(|| actor.clone())
}

/// Byte span of the subject of the speech verb starting at byte `at`: its own, else that
/// of the verb it is a conjunct of ("X rejected … and said …").
fn speech_subject(parse: &Analysis, at: usize) -> Option<(usize, usize)> {
    let words = &parse.words;
    let mut v = words.iter().position(|w| w.start == at)?;
    for _ in 0..3 {
        let subject = words
            .iter()
            .find(|w| w.head as usize == v + 1 && w.deprel == "nsubj");
        if let Some(s) = subject {
            return Some((s.start, s.end));
        }
        if words[v].deprel != "conj" || words[v].head == 0 {
            return None;
        }
        v = words[v].head as usize - 1;
    }
    None
}

/// `owner` is "X's" right before `person` ("Ghana's foreign minister").
fn possessor_of(text: &str, owner: Span, person: Span) -> bool {
    let Some(between) = text.get(owner.end..person.start) else {
        return false;
    };
    between.len() <= POSSESSOR_GAP && matches!(between.trim(), "'s" | "’s" | "'" | "’")
}

/// Places `actor` on the office after the possessive at `k` (head at `h`): an agent
/// mention with no country over it, else a new mention of the office words.
fn place(ctx: &Ctx, mentions: &mut Vec<Mention>, si: usize, k: usize, h: usize, actor: Actor) {
    let span = Span::new(ctx.tokens[k + 1].start, ctx.tokens[h].end);
    let overlapping: Vec<usize> = (0..mentions.len())
        .filter(|&i| mentions[i].span.start < span.end && span.start < mentions[i].span.end)
        .collect();
    if overlapping.is_empty() {
        // an organisation mention of one actor, as a resolved collective phrase adds
        mentions.push(collective_mention(span, si, actor));
        return;
    }
    for i in overlapping {
        if mentions[i].actor.as_ref().is_none_or(|a| a.agent_only()) {
            mentions[i].actor = Some(actor.clone());
        }
    }
}
