//! "Guinean army spokesman Colonel Ali Diallo said …", "the Forum's secretary-general, Jane
//! Roe, urged …": an unknown name right after a placed body and one of its offices is the
//! body's office-holder.
//!
//! The mention finder reads the body ("Guinean army", "the Forum") as its own mention and
//! leaves the office word between it and the name, so the name stays open, and so does the
//! "He" of the next sentence that stands for it. A reader takes the office for the body's
//! and its holder for the body's voice. The link is made only when nothing but the office
//! word (after an optional "'s", before an optional comma) stands between the body and the
//! name, and the office is an `apposed-office` word of `data/lexicon/mention_words.tsv`
//! (spokesperson, commissioner, secretary-general, envoy): a president, head, leader or
//! chief may be a state's own even after an organisation's name. A state named alone
//! ("Ruritania's envoy, Jan Kowal") gives its government. A name the dictionaries know keeps
//! its own role (`apposed_office::open_name`).
use super::apposed_office::{offices, open_name};
use super::state_government;
use crate::nlp::{Actor, EntityType, Mention};
use std::cmp::Reverse;

/// Gives each open name that follows "BODY('s) OFFICE(,)" the body's actor (module comment).
pub(super) fn resolve(text: &str, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        if !open_name(text, &mentions[i]) {
            continue;
        }
        let start = mentions[i].span.start;
        let Some(j) = body_before(mentions, start) else {
            continue;
        };
        let Some(gap) = text.get(mentions[j].span.end..start) else {
            continue;
        };
        if !office_between(gap) {
            continue;
        }
        if let Some(actor) = mentions[j].actor.as_ref().and_then(voice_of) {
            mentions[i].actor = Some(actor);
            mentions[i].entity_type = EntityType::Person;
        }
    }
}

/// The mention that ends last before byte `start` (the longest of those ending there).
fn body_before(mentions: &[Mention], start: usize) -> Option<usize> {
    (0..mentions.len())
        .filter(|&j| mentions[j].span.end <= start)
        .max_by_key(|&j| (mentions[j].span.end, Reverse(mentions[j].span.start)))
}

/// The text between a body and a name is "('s) OFFICE(,) ".
fn office_between(gap: &str) -> bool {
    let gap = gap.strip_prefix("'s").unwrap_or(gap);
    let gap = gap.trim_end();
    let gap = gap.strip_suffix(',').unwrap_or(gap);
    let words: Vec<&str> = gap.split_whitespace().collect();
    matches!(words.as_slice(), [office] if offices().contains(office))
}

/// The actor an office-holder of body `a` speaks for: a placed agency or an organisation as
/// it is, a state as its government; a country-less agent or a group of states, none.
fn voice_of(a: &Actor) -> Option<Actor> {
    if a.organisation() {
        return Some(a.clone());
    }
    if a.country.is_empty() || a.code.contains('/') {
        return None;
    }
    state_government(a).or_else(|| Some(a.clone()))
}
