//! "The Fund … urged the government to …": "the government" / "the authorities" that an
//! international organisation or another state addresses is the government of the state
//! the story is about, not the latest government named before it.
//!
//! An organisation has no government of its own, and a state that urges, praises or
//! accuses "the government" does not mean its own: wire copy leaves the country word out
//! because the reader knows which state the story is set in. The mention (a definite
//! government or police agent with no country word, the object of a verb) is placed when the
//! verb's subject, by the parse, is an organisation or a state:
//! - in the story's host state (the dateline country the body keeps to, `focus`) when its
//!   sentence names no state but the addressor's, or names the host;
//! - else in the one state other than the addressor's that its sentence names ("… a review
//!   of Moldova's programme, and urged the government …").
//!
//! Otherwise it is left to the later rules (the latest government named, `host`). It runs
//! before them: "Russia's embassy welcomed the vote. The EU's delegation urged the
//! government …" in a story set in São Tomé is São Tomé's government, not Russia's.
use super::host::definite_institution;
use crate::nlp::mentions::{make_actor, Ctx};
use crate::nlp::syntax::Word;
use crate::nlp::{Actor, EntityType, Mention, Span};

/// How many clause links (conjunct, adverbial, complement) the subject search climbs.
const MAX_CLIMB: usize = 3;

/// Places each addressed definite government reference (see the module comment).
pub(super) fn resolve(
    ctx: &Ctx,
    country_name: impl Fn(&str) -> String,
    ranges: &[(usize, usize)],
    mentions: &mut [Mention],
) {
    let host = super::focus::focus_country(ctx.text, mentions).map(|f| f.country);
    for i in 0..mentions.len() {
        if definite_institution(ctx.text, &mentions[i]).is_none() {
            continue;
        }
        let si = mentions[i].sentence;
        let Some(&(a, b)) = ranges.get(si) else {
            continue;
        };
        let Some(parse) = super::sentence_parse(ctx, (a, b)) else {
            continue;
        };
        let Some(addressor) = addressor(&parse.words, mentions, i) else {
            continue;
        };
        let Some(country) = addressed_state(mentions, i, &addressor, host.as_deref()) else {
            continue;
        };
        if let Some(agent) = mentions[i].actor.as_mut() {
            let code = format!("{country}{}", agent.code);
            *agent = make_actor(&code, &format!("{} {}", country_name(&country), agent.name));
        }
    }
}

/// The actor of the subject of the verb mention `i` is the object of, when that subject is
/// an organisation or names a state (a person of a state counts as the state).
fn addressor(words: &[Word], mentions: &[Mention], i: usize) -> Option<Actor> {
    let head = phrase_head(words, mentions[i].span)?;
    let rel = words[head].deprel.as_str();
    if !matches!(rel, "obj" | "iobj") && !rel.starts_with("obl") {
        return None;
    }
    let mut verb = (words[head].head as usize).checked_sub(1)?;
    if words[verb].upos != "VERB" {
        return None;
    }
    for _ in 0..=MAX_CLIMB {
        // a subject that names no actor ("the loan carried … but urged") is a parse
        // that hung the verb too low: the speaker above it is the addressor
        if let Some(subject) = subject_naming_actor(words, mentions, verb) {
            return subject_actor(words, mentions, subject);
        }
        let linked = matches!(
            words[verb].deprel.as_str(),
            "conj" | "advcl" | "xcomp" | "ccomp"
        );
        verb = (words[verb].head as usize)
            .checked_sub(1)
            .filter(|_| linked)?;
    }
    None
}

/// The subject of `verb` when a mention with an actor stands in its phrase.
fn subject_naming_actor(words: &[Word], mentions: &[Mention], verb: usize) -> Option<usize> {
    let subject = words
        .iter()
        .position(|w| w.head as usize == verb + 1 && w.deprel == "nsubj")?;
    let span = subtree_span(words, subject);
    mentions
        .iter()
        .any(|m| span.start <= m.span.start && m.span.end <= span.end && m.actor.is_some())
        .then_some(subject)
}

/// The word of `span` whose head lies outside it: the phrase's head.
fn phrase_head(words: &[Word], span: Span) -> Option<usize> {
    let inside = |w: &Word| span.start <= w.start && w.end <= span.end;
    words.iter().position(|w| {
        inside(w)
            && (w.head as usize)
                .checked_sub(1)
                .and_then(|h| words.get(h))
                .is_none_or(|h| !inside(h))
    })
}

/// The addressor: the actor of the mention over the head of the subject, when that
/// is an organisation or a state or its government (a state's lawmakers or opposition
/// urging "the government" mean their own); else, when the head names no actor ("the
/// IMF's deputy director", "the EU's delegation"), an organisation that owns it.
fn subject_actor(words: &[Word], mentions: &[Mention], subject: usize) -> Option<Actor> {
    let head = &words[subject];
    let over_head = mentions
        .iter()
        .filter(|m| m.span.start <= head.start && head.end <= m.span.end)
        .find_map(|m| m.actor.as_ref().filter(|a| !a.code.is_empty()));
    if let Some(a) = over_head.filter(|a| !a.agent_only()) {
        let state = !a.country.is_empty() && matches!(a.sector.as_str(), "" | "GOV");
        return (state || a.organisation()).then(|| a.clone());
    }
    if over_head.is_some_and(|a| a.code != "GOV") {
        return None;
    }
    let span = subtree_span(words, subject);
    mentions
        .iter()
        .filter(|m| span.start <= m.span.start && m.span.end <= span.end)
        .min_by_key(|m| m.span.start)
        .and_then(|m| m.actor.as_ref())
        .filter(|a| a.organisation())
        .cloned()
}

/// Byte span of word `i` and every word under it.
fn subtree_span(words: &[Word], i: usize) -> Span {
    let under = |mut j: usize| {
        for _ in 0..words.len() {
            if j == i {
                return true;
            }
            match (words[j].head as usize).checked_sub(1) {
                Some(h) => j = h,
                None => return false,
            }
        }
        false
    };
    let (lo, hi) = (0..words.len())
        .filter(|&j| under(j))
        .fold((usize::MAX, 0), |(lo, hi), j| {
            (lo.min(words[j].start), hi.max(words[j].end))
        });
    Span::new(lo, hi.max(lo))
}

/// The state mention `i` belongs to (see the module comment), never the addressor's own.
/// A state addresses "the government" of the host only: when it is the host, or no host
/// is known, "the government" may be its own ("the president ordered the government …").
fn addressed_state(
    mentions: &[Mention],
    i: usize,
    addressor: &Actor,
    host: Option<&str>,
) -> Option<String> {
    let own = addressor.country.as_str();
    let mut named: Vec<&str> = mentions
        .iter()
        .filter(|m| m.sentence == mentions[i].sentence)
        // a person's or a nationality word's state describes someone, not the setting
        .filter(|m| !matches!(m.entity_type, EntityType::Person | EntityType::Nationality))
        .filter_map(|m| m.actor.as_ref())
        .map(|a| a.country.as_str())
        .filter(|c| !c.is_empty() && *c != own)
        .collect();
    named.sort_unstable();
    named.dedup();
    if host == Some(own) {
        return None;
    }
    if let Some(h) = host {
        if named.is_empty() || named.contains(&h) {
            return Some(h.to_string());
        }
    }
    (addressor.organisation() && named.len() == 1).then(|| named[0].to_string())
}
