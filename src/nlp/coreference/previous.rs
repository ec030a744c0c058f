//! A definite title nobody in the story bears ("the defence minister said …") right after a
//! sentence about one state: the title is that state's office-holder.
//!
//! News copy moves from an act to its author's official without naming the state again:
//! "Ugandan troops crossed into the border district on Monday. The defence minister said the
//! operation would last a week." When the previous sentence's actors all belong to one state,
//! and the title's own sentence names no other, the reader takes the title for that state's.
//! A previous sentence with two states ("Uganda's army shelled a Kenyan village") leaves the
//! title open. Runs after coreference and the dateline focus, so it only fills what they left.

use crate::nlp::lexicon::List;
use crate::nlp::mentions::{make_actor, unplaced_code};
use crate::nlp::{EntityType, Mention};
use std::collections::HashSet;

/// Words allowed between "the" and the title head ("the defence minister").
const MAX_MODIFIERS: usize = 2;

struct Words {
    title: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static W: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    W.get_or_init(|| Words {
        title: List::Titles.set("title"),
    })
}

/// "the (MOD …) TITLE" with a government title head, and no country: the sector code to
/// place (the agent's own, else GOV).
fn open_title(text: &str, m: &Mention) -> Option<String> {
    if m.entity_type != EntityType::Person {
        return None;
    }
    let sector = match &m.actor {
        None => "GOV".to_string(),
        Some(a) if a.country.is_empty() && unplaced_code(&a.code) && !a.code.starts_with('-') => {
            a.code.clone()
        }
        Some(_) => return None,
    };
    let surface = text.get(m.span.start..m.span.end)?;
    let mut ws = surface.split_whitespace();
    if !ws.next()?.eq_ignore_ascii_case("the") {
        return None;
    }
    let rest: Vec<&str> = ws.collect();
    let head = *rest.last()?;
    // "the president-elect": a hyphenated title is still lower-case
    let lower = rest
        .iter()
        .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    // "the prime minister-designate": a hyphenated home title is a title word too
    let titled = rest
        .iter()
        .all(|w| words().title.contains(w) || super::focus::is_home_title(w));
    (lower && titled && rest.len() <= MAX_MODIFIERS + 1 && super::focus::is_home_title(head))
        .then_some(sector)
}

/// The one country of a sentence's actors (`None` for none or several).
fn one_country(mentions: &[Mention], si: usize) -> Option<String> {
    let countries: HashSet<&str> = mentions
        .iter()
        .filter(|m| m.sentence == si)
        .filter_map(|m| m.actor.as_ref())
        .map(|a| a.country.as_str())
        .filter(|c| !c.is_empty())
        .collect();
    (countries.len() == 1)
        .then(|| countries.iter().next().map(|c| c.to_string()))
        .flatten()
}

/// Places the open definite titles (see the module comment). `mentions` are sorted by start.
pub(crate) fn previous_country_titles(
    country_name: impl Fn(&str) -> String,
    text: &str,
    mentions: &mut [Mention],
) {
    let mut changed = vec![false; mentions.len()];
    for i in 0..mentions.len() {
        let si = mentions[i].sentence;
        let Some(sector) = open_title(text, &mentions[i]) else {
            continue;
        };
        let Some(prev) = si.checked_sub(1).and_then(|p| one_country(mentions, p)) else {
            continue;
        };
        let own_other = mentions
            .iter()
            .filter(|m| m.sentence == si)
            .filter_map(|m| m.actor.as_ref())
            .any(|a| !a.country.is_empty() && a.country != *prev);
        if own_other {
            continue;
        }
        let title = text
            .get(mentions[i].span.start..mentions[i].span.end)
            .unwrap_or("");
        let name = format!("{} {}", country_name(&prev), title.to_lowercase());
        mentions[i].actor = Some(make_actor(&format!("{prev}{sector}"), &name));
        changed[i] = true;
    }
    // "She", a later "the minister": mentions linked to a placed one take its actor
    for i in 0..mentions.len() {
        let Some(p) = mentions[i].antecedent.filter(|&p| p < i && changed[p]) else {
            continue;
        };
        if mentions[i]
            .actor
            .as_ref()
            .is_none_or(|a| a.country.is_empty())
        {
            mentions[i].actor = mentions[p].actor.clone();
            changed[i] = true;
        }
    }
}
