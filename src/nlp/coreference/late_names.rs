//! "The interior minister, Luis Barreto, said … Barreto later accused Y": the surname (or
//! "he") was linked to the full name by the name pass, which runs first, and copied the
//! name's actor as it was then: a country-less office. The passes after it (the dateline's
//! or the previous sentence's state for "the interior minister") placed the title only.
//! This last pass, run once every other pass has placed what it could, first gives an
//! open name apposed to a now-placed office that office's actor (`apposed_name`), then
//! hands a placed person's actor down its chain of re-mentions, in order of start, to each
//! re-mention by the person's own surname that is still unplaced. A re-mention the
//! dictionaries or a pass placed keeps its own actor: only a country-less sector or no
//! actor is filled. Pronouns are left to their own passes: "he" after a title placed late
//! is more often a quoted speaker's background than a new event of that state.
use super::apposed_name;
use crate::nlp::{EntityType, Mention};

/// Places apposed names, then gives each unplaced person re-mention the actor of its
/// placed antecedent.
pub(crate) fn resolve(text: &str, mentions: &mut [Mention]) {
    apposed_name::resolve(text, mentions);
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| mentions[i].span.start);
    for i in order {
        let Some(ante) = mentions[i].antecedent else {
            continue;
        };
        let linked = ante != i && same_surname(text, &mentions[i], &mentions[ante]);
        if !linked || !unplaced_person(&mentions[i]) || !placed_person(mentions, ante, i) {
            continue;
        }
        mentions[i].actor = mentions[ante].actor.clone();
    }
}

/// Re-mention `m` ends in the last word of its antecedent's name ("Barreto" for "Luis
/// Barreto"): a name, not a pronoun or a title.
fn same_surname(text: &str, m: &Mention, ante: &Mention) -> bool {
    let last = |x: &Mention| {
        x.span
            .slice(text)
            .split_whitespace()
            .last()
            .map(str::to_string)
    };
    let surname = last(ante);
    let capital = surname
        .as_deref()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    capital && surname == last(m)
}

/// A person mention with no actor or a sector the text must still place.
fn unplaced_person(m: &Mention) -> bool {
    m.entity_type == EntityType::Person && m.actor.as_ref().is_none_or(|a| a.agent_only())
}

/// Antecedent `ante` is an earlier person mention placed in a state.
fn placed_person(mentions: &[Mention], ante: usize, i: usize) -> bool {
    let a = &mentions[ante];
    let placed = a
        .actor
        .as_ref()
        .is_some_and(|x| !x.country.is_empty() && !x.agent_only());
    a.entity_type == EntityType::Person && a.span.end <= mentions[i].span.start && placed
}
