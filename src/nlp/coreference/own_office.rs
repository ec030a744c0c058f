//! "Brazil's foreign ministry said its embassy had asked …", "Portugal's foreign minister
//! said his government had …": the office a speaker calls its own is its state's.
//!
//! News names the office that acted through a possessive right after the speech verb of
//! the state's own spokesperson or ministry. Before this rule "his government" and "its
//! embassy" stayed a government of no country (or no mention at all), so the reported act
//! lost its source. The owner is read only in the speech frame ("X said (that) its …", as
//! `owned` reads a speaker's instrument): elsewhere "its" may be any earlier actor. When no
//! mention ends right before the speech verb ("Oman, which …, said its foreign minister …")
//! the speech verb's subject in the parse is the owner (branch titles2). When no speech verb
//! stands within a few words ("X told the visiting minister on Friday that his government
//! …", "X warned that its embassy …": an addressee between, or a verb form the word list
//! lacks), the parse may still give one: the office is the subject of the content clause of
//! a speech verb, whose own subject is the owner (branch owngov2).
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
/// How many links back from a pronoun or surname to the mention that introduced the person.
const CHAIN_STEPS: usize = 4;

/// The offices (`owned-office-head`) and the state itself (`owned-state-noun`: "his country
/// would take the case to …"): a person speaking for a state named in its own phrase calls the
/// state "his country", and the state acts through its government, as through its ministry.
fn heads() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| {
        List::MentionWords
            .words_of(&["owned-office-head", "owned-state-noun"])
            .into_iter()
            .collect()
    })
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
            let owner = match speech_before(ctx, a, k) {
                Some(verb) => if word == "its" {
                    speaker(ctx, mentions, si, verb).map(|owner| (owner, None))
                } else {
                    placed_person(ctx, mentions, si, a, verb)
                }
                .or_else(|| parsed_speaker(ctx, mentions, si, (a, b), verb, word == "its")),
                // the lexical window found no speech verb: the parse's, if a state's office is
                // the subject of its content clause; the owner is then its subject by the parse
                None => state_head
                    .and_then(|h| governing_speech(ctx, (a, b), k, h))
                    .and_then(|verb| {
                        parsed_speaker(ctx, mentions, si, (a, b), verb, word == "its")
                    }),
            };
            let Some((owner, owner_at)) = owner else {
                continue;
            };
            let placed = match (owner.organisation(), state_head, body_head) {
                (true, _, Some(h)) => Some((h, owner)),
                (false, Some(h), _) => government_of(&owner).map(|g| (h, g)),
                _ => None,
            };
            if let Some((h, actor)) = placed {
                place(ctx, mentions, si, (k, h), actor, owner_at);
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
) -> Option<(Actor, Option<usize>)> {
    let from = ctx.tokens[a].start;
    let to = ctx.tokens[verb].start;
    let person = (0..mentions.len())
        .filter(|&i| {
            let m = &mentions[i];
            m.sentence == si && m.span.start >= from && m.span.end <= to
        })
        .filter(|&i| mentions[i].entity_type == EntityType::Person)
        .max_by_key(|&i| mentions[i].span.start)?;
    let actor = mentions[person].actor.as_ref()?;
    if actor.country.is_empty() || actor.code.contains('/') {
        return None;
    }
    named_in_chain(ctx, mentions, person, &actor.country).then(|| (actor.clone(), Some(person)))
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
) -> Option<(Actor, Option<usize>)> {
    let parse = super::sentence_parse(ctx, (a, b))?;
    let (start, end) = speech_subject(&parse, ctx.tokens[verb].start)?;
    let i = (0..mentions.len())
        .filter(|&i| {
            let m = &mentions[i];
            m.sentence == si && m.span.start <= start && end <= m.span.end
        })
        .filter(|&i| {
            mentions[i]
                .actor
                .as_ref()
                .is_some_and(|a| !a.country.is_empty() || body && a.organisation())
        })
        .max_by_key(|&i| mentions[i].span.end - mentions[i].span.start)?;
    let actor = mentions[i].actor.as_ref()?;
    let person = mentions[i].entity_type == EntityType::Person;
    if actor.code.contains('/') || person == body {
        return None;
    }
    (!person || named_in_chain(ctx, mentions, i, &actor.country)).then(|| (actor.clone(), Some(i)))
}

/// `named_in_phrase` for person mention `i` or the mention it refers back to: "He said
/// his government …" and "Mensah said her government …" after "Ghana's foreign minister,
/// Ama Mensah," take the state the first mention named in its own phrase (branch refs3).
/// The pronoun or surname already carries that mention's actor; the state must still be
/// named where the person was introduced, never inferred.
fn named_in_chain(ctx: &Ctx, mentions: &[Mention], i: usize, country: &str) -> bool {
    let mut at = Some(i);
    for _ in 0..CHAIN_STEPS {
        let Some(j) = at.filter(|&j| j < mentions.len()) else {
            return false;
        };
        let apposed = apposed_person(ctx.text, mentions, j);
        if std::iter::once(j)
            .chain(apposed)
            .any(|m| named_in_phrase(ctx, mentions, m, country))
        {
            return true;
        }
        at = mentions[j].antecedent.filter(|&p| p != j);
    }
    false
}

/// The state is named inside person mention `i` ("a senior Ethiopian official") or as its
/// possessor right before it ("Ghana's foreign minister").
fn named_in_phrase(ctx: &Ctx, mentions: &[Mention], i: usize, country: &str) -> bool {
    let p = &mentions[i];
    mentions.iter().any(|m| {
        m.sentence == p.sentence
            && m.entity_type != EntityType::Person
            && m.actor.as_ref().is_some_and(|a| a.country == country)
            && (p.span.contains(m.span) || possessor_of(ctx.text, m.span, p.span))
    })
}

/// The speech verb whose content clause has the possessed office (possessive at `k`, head
/// at `h`) as its subject, by the parse: "X told the visiting minister last month that his
/// government …", "X warned that its embassy …" — an addressee or a verb form the lexical
/// window of `speech_before` does not span. A clause coordinated onto the content ("said
/// … and that his government …") counts; an office in any other role does not ("X warned
/// that Y would shell his embassy": "his" may be Y's).
fn governing_speech(ctx: &Ctx, range: (usize, usize), k: usize, h: usize) -> Option<usize> {
    let parse = super::sentence_parse(ctx, range)?;
    let words = &parse.words;
    let up = |i: usize| {
        (words[i].head as usize)
            .checked_sub(1)
            .filter(|&j| j < words.len())
    };
    let poss = words.iter().position(|w| w.start == ctx.tokens[k].start)?;
    let office = up(poss).filter(|&o| words[o].start == ctx.tokens[h].start)?;
    if words[poss].deprel != "nmod:poss" || !words[office].deprel.starts_with("nsubj") {
        return None;
    }
    let mut clause = up(office)?;
    if words[clause].deprel == "conj" {
        clause = up(clause)?;
    }
    let verb = up(clause).filter(|_| words[clause].deprel == "ccomp")?;
    if !speech_lemmas().contains(&words[verb].lemma.to_lowercase()) {
        return None;
    }
    ctx.tokens.iter().position(|t| t.start == words[verb].start)
}

/// Lemmas of the verbs that report speech or thought (`speech` in `data/lexicon/frames.txt`).
fn speech_lemmas() -> &'static HashSet<String> {
    static W: OnceLock<HashSet<String>> = OnceLock::new();
    const FRAMES: &str = include_str!("../../../data/lexicon/frames.txt");
    W.get_or_init(|| {
        crate::nlp::lexicon::cue_line(FRAMES, "speech")
            .unwrap_or_default()
            .into_iter()
            .collect()
    })
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

/// The person mention set off by a comma from person mention `i` in its sentence: the
/// title of "Ghana's foreign minister, Kofi Asante," or of "Kofi Asante, Ghana's foreign
/// minister,".
fn apposed_person(text: &str, mentions: &[Mention], i: usize) -> Option<usize> {
    let p = &mentions[i];
    let comma = |a: Span, b: Span| text.get(a.end..b.start).is_some_and(|t| t.trim() == ",");
    (0..mentions.len()).find(|&j| {
        let m = &mentions[j];
        j != i
            && m.sentence == p.sentence
            && m.entity_type == EntityType::Person
            && (comma(m.span, p.span) || comma(p.span, m.span))
    })
}

/// `owner` is "X's" right before `person` ("Ghana's foreign minister").
fn possessor_of(text: &str, owner: Span, person: Span) -> bool {
    let Some(between) = text.get(owner.end..person.start) else {
        return false;
    };
    between.len() <= POSSESSOR_GAP && matches!(between.trim(), "'s" | "’s" | "'" | "’")
}

/// Places `actor` on the office after the possessive at `k` (head at `h`): an agent
/// mention with no country over it, else a new mention of the office words. The office
/// refers back to its owner's mention (`owner`), as "the ministry" to the one named before
/// (`offices`): a reading of the owner's name ("Congo's minister … his government") is then
/// re-read with it (`twin_names`), not counted as a vote of its own.
fn place(
    ctx: &Ctx,
    mentions: &mut Vec<Mention>,
    si: usize,
    (k, h): (usize, usize),
    actor: Actor,
    owner: Option<usize>,
) {
    let span = Span::new(ctx.tokens[k + 1].start, ctx.tokens[h].end);
    let overlapping: Vec<usize> = (0..mentions.len())
        .filter(|&i| mentions[i].span.start < span.end && span.start < mentions[i].span.end)
        .collect();
    if overlapping.is_empty() {
        // an organisation mention of one actor, as a resolved collective phrase adds
        let mut office = collective_mention(span, si, actor);
        office.antecedent = owner;
        mentions.push(office);
        return;
    }
    for i in overlapping {
        if mentions[i].actor.as_ref().is_none_or(|a| a.agent_only()) {
            mentions[i].actor = Some(actor.clone());
            mentions[i].antecedent = mentions[i].antecedent.or(owner);
        }
    }
}
