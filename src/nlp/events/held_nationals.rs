//! The nationality of people arrested, given in a partitive apposition after them:
//! "arrested seven crew members, five of them Brazilian and two from Montenegro",
//! "detained eleven fishermen, six of whom were Mexican nationals".
//!
//! `own_side::own_population` leaves such an arrest unresolved: the sentence ties the people
//! to another country, but the object itself ("crew members", "men") names none, and the
//! gate drops it. The apposition says whose nationals they are: each state it names (a
//! nationality adjective, a demonym or "from <state>") is a party the measure fell on, one
//! event per state. Only the apposition right after the trigger's object counts (a comma, one
//! quantifier word, "of them" / "of whom"), and only up to its closing comma: a state named
//! elsewhere in the sentence (where the boat was flagged, who reported it) is not the
//! people's.
use super::actors::ActorMap;
use super::{CodedEvent, Tok};
use crate::nlp::lexicon::List;
use crate::nlp::mentions::{make_actor, unplaced_code};
use crate::nlp::Participant;
use std::sync::OnceLock;

/// How many tokens after the trigger the apposition's comma may come ("arrested its seven
/// crew members ,").
const REACH: usize = 8;

/// Path note of a target read from the apposition.
const NOTE: &str = "; target: the nationals a partitive apposition names (\"N of them X\")";

/// The pronouns of a partitive apposition ("them", "whom"; `data/lexicon/closed_words.tsv`).
fn partitive_pronouns() -> &'static [&'static str] {
    static P: OnceLock<Vec<&'static str>> = OnceLock::new();
    P.get_or_init(|| List::ClosedWords.words("partitive"))
}

/// Gives each arrest or seizure of people of `events` left unresolved for their foreign
/// nationality (`own_side::foreign_party_unresolved`) the states its partitive apposition
/// names: the first state to the event, a copy of the event for each other one.
pub(super) fn partitive_nationals(
    events: &mut Vec<CodedEvent>,
    first: usize,
    text: &str,
    toks: &[Tok],
    actors: &ActorMap,
) {
    let mut extra = Vec::new();
    for e in events[first..].iter_mut() {
        if !super::own_side::held_abroad_unresolved(e) {
            continue;
        }
        let own = e.source.actor.country.clone();
        let states = apposed_states(text, toks, actors, e.trigger.end, &own);
        let Some((one, rest)) = states.split_first() else {
            continue;
        };
        e.path = e.path.replace(super::own_side::FOREIGN_PARTY, NOTE);
        for state in rest {
            let mut copy = e.clone();
            copy.target = Some(state_party(state));
            extra.push(copy);
        }
        e.target = Some(state_party(one));
    }
    events.extend(extra);
}

/// A state as the party an event falls on.
fn state_party(code: &str) -> Participant {
    Participant {
        actor: make_actor(code, code),
        mention: None,
        text: String::new(),
    }
}

/// The states (other than `own`) named inside the partitive apposition that opens within
/// `REACH` tokens after byte `from`: ", <one word> of them|whom … ," up to the next comma
/// or the sentence's end. Empty when there is no such apposition.
fn apposed_states(
    text: &str,
    toks: &[Tok],
    actors: &ActorMap,
    from: usize,
    own: &str,
) -> Vec<String> {
    let word = |i: usize| {
        toks.get(i)
            .and_then(|t| text.get(t.span.start..t.span.end))
            .unwrap_or("")
            .to_lowercase()
    };
    let Some(after) = toks.iter().position(|t| t.span.start >= from) else {
        return Vec::new();
    };
    let opens = (after..(after + REACH).min(toks.len())).find(|&i| {
        word(i) == ","
            && word(i + 2) == "of"
            && partitive_pronouns().contains(&word(i + 3).as_str())
    });
    let Some(open) = opens else {
        return Vec::new();
    };
    let body = open + 4;
    let close = (body..toks.len())
        .find(|&i| word(i) == ",")
        .unwrap_or(toks.len());
    let mut states: Vec<String> = Vec::new();
    for t in &toks[body..close] {
        let Some(found) = t.mention.and_then(|m| actors.get(&m)) else {
            continue;
        };
        for a in found {
            let state = !a.country.is_empty() && !unplaced_code(&a.code);
            if state && a.country != own && !states.contains(&a.country) {
                states.push(a.country.clone());
            }
        }
    }
    states
}
