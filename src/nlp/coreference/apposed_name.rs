//! "The Tongan government said its foreign minister, Ana Vake, would travel …": a name the
//! dictionaries do not know, set off by commas right after an office whose state the passes
//! above resolved ("its foreign minister" → the government of the subject's state), is the
//! office's holder and takes the office's actor. Without it the name kept a country-less
//! sector, and a later "Vake said" had no side. Only an office written in lower-case words
//! (a title, not a name: "its foreign minister", "the country's president") whose actor is a
//! state's sector lends its actor; a name the dictionaries know keeps its own role.
use super::apposed_office::open_name;
use crate::nlp::{EntityType, Mention};

/// Gives each open name in a closed apposition after a state's office that office's actor.
pub(super) fn resolve(text: &str, mentions: &mut [Mention]) {
    for i in 1..mentions.len() {
        if !open_name(text, &mentions[i]) || !closed_after(text, &mentions[i]) {
            continue;
        }
        let Some(j) = office_before(text, mentions, i) else {
            continue;
        };
        mentions[i].actor = mentions[j].actor.clone();
        mentions[i].entity_type = EntityType::Person;
    }
}

/// The apposition closes after the name: a comma follows it.
fn closed_after(text: &str, m: &Mention) -> bool {
    text.get(m.span.end..).is_some_and(|r| r.starts_with(','))
}

/// The mention right before name `i`, separated from it by ", " only, when it is an office
/// in lower-case words held for a state (country and sector both known).
fn office_before(text: &str, mentions: &[Mention], i: usize) -> Option<usize> {
    let start = mentions[i].span.start;
    let j = (0..i).rev().find(|&j| mentions[j].span.end <= start)?;
    let office = &mentions[j];
    if text.get(office.span.end..start) != Some(", ") {
        return None;
    }
    let actor = office.actor.as_ref()?;
    let state_role = !actor.country.is_empty() && !actor.sector.is_empty();
    let last = office.span.slice(text).split_whitespace().last()?;
    let title = last.chars().next().is_some_and(char::is_lowercase);
    (state_role && title).then_some(j)
}
