//! "The European Commission pledged … Maria Ruiz, the commissioner for home affairs, urged
//! …": an unknown name with an organisation's office in apposition, the office owned by no
//! one in its words, right after the story named the organisation, is the organisation's.
//!
//! A reader takes an ownerless office ("the commissioner for trade", "the spokeswoman") for
//! an office of the body just named, as "Its secretary-general" after a sentence about the
//! body (`third_person`). The link is made only when the latest actor named before the
//! name, in its own sentence or the one before, is that organisation: a state named in
//! between may be the office's owner, and the name stays unresolved. Offices whose holder
//! may be a state's (president, head, leader, chief) are not read this way: the words are
//! `apposed-office` in `data/lexicon/mention_words.tsv`. A name the dictionaries know keeps
//! its own role.

use crate::nlp::lexicon::List;
use crate::nlp::{EntityType, Mention};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Lower-case words of a portfolio after "for" ("for home affairs", "for the interior").
const MAX_PORTFOLIO_WORDS: usize = 4;

pub(super) fn offices() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| List::MentionWords.set("apposed-office"))
}

/// Gives each unknown name with an ownerless office in apposition the organisation named
/// right before it (see the module comment).
pub(super) fn resolve(text: &str, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        if !open_name(text, &mentions[i]) || !apposed_office(text, mentions[i].span.end) {
            continue;
        }
        let Some(j) = only_actor_before(mentions, i) else {
            continue;
        };
        let body = mentions[j].actor.as_ref().filter(|a| a.organisation());
        if let Some(body) = body.cloned() {
            mentions[i].actor = Some(body);
            mentions[i].entity_type = EntityType::Person;
        }
    }
}

/// A name of two or more capitalised words that no dictionary placed.
pub(super) fn open_name(text: &str, m: &Mention) -> bool {
    let words: Vec<&str> = m.span.slice(text).split_whitespace().collect();
    let open = m
        .actor
        .as_ref()
        .is_none_or(|a| a.code.is_empty() || a.agent_only());
    let named = words.len() >= 2
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let kind = matches!(m.entity_type, EntityType::Person | EntityType::Location);
    open && named && kind
}

/// ", the OFFICE," or ", the OFFICE for lower-case words," right after byte `end`.
fn apposed_office(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(", the ")) else {
        return false;
    };
    let Some(close) = rest.find(',') else {
        return false;
    };
    let words: Vec<&str> = rest[..close].split_whitespace().collect();
    let Some((office, portfolio)) = words.split_first() else {
        return false;
    };
    if !offices().contains(office) {
        return false;
    }
    match portfolio.split_first() {
        None => true,
        Some((&"for", area)) => {
            !area.is_empty()
                && area.len() <= MAX_PORTFOLIO_WORDS
                && area
                    .iter()
                    .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        }
        Some(_) => false,
    }
}

/// The one actor named before mention `i`, in its sentence or the one before, that is a
/// state or an organisation (a country-less agent names neither): its latest mention, when
/// every such mention there names that one actor.
fn only_actor_before(mentions: &[Mention], i: usize) -> Option<usize> {
    let m = &mentions[i];
    let named: Vec<(usize, &Mention)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, o)| o.span.end <= m.span.start && o.sentence + 1 >= m.sentence)
        .filter(|(_, o)| {
            o.actor
                .as_ref()
                .is_some_and(|a| !a.country.is_empty() || a.organisation())
        })
        .collect();
    let code = |o: &Mention| o.actor.as_ref().map(|a| a.code.clone());
    let first = code(named.first()?.1);
    if named.iter().any(|(_, o)| code(o) != first) {
        return None;
    }
    named
        .iter()
        .max_by_key(|(_, o)| o.span.start)
        .map(|(j, _)| *j)
}
