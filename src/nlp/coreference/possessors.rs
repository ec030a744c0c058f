//! An agent owned by a collective description: "the two countries' foreign ministers" are
//! each country's foreign minister, not the nearest state named in the sentence.
//!
//! The mention finder composes a possessor and its agent only when the possessor names its
//! state ("Ghana's defence ministry"); a collective possessor gets its states from
//! coreference (`collective`), so the agent after it is placed here, once they are known:
//! one agent code per state, joined by '/' as collective mentions are, which the event
//! coder splits into one party each.
//!
//! The same holds for an agent that a collective description follows as its "of" or "from"
//! phrase ("officials of the two governments", "delegations from both countries"): the
//! agents are each state's, though an earlier pass may have given the bare plural the
//! nearest state alone (branch pairs3).
use crate::nlp::mentions::make_actor;
use crate::nlp::{Actor, EntityType, Mention};

/// The sector an agent's code adds to a state's: the whole code of a bare agent ("GOV"),
/// the sector of one already placed ("MARGOV" → "GOV").
fn agent_sector(a: &Actor) -> &str {
    if bare_agent(a) {
        &a.code
    } else {
        &a.sector
    }
}

/// A possessive marker right after a possessor ("'s", "’s", or a bare apostrophe after a
/// plural), followed by one space: the byte where the owned phrase starts.
fn owned_start(text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?;
    ["'s ", "’s ", "' ", "’ "]
        .iter()
        .find(|p| rest.starts_with(*p))
        .map(|p| end + p.len())
}

/// The text before an owned phrase ends with "'s " or "’s ": the byte where the possessor
/// ends ("the Union's delegation" → after "Union").
pub(super) fn possessor_end(before: &str) -> Option<usize> {
    ["'s ", "’s "]
        .iter()
        .find_map(|p| before.strip_suffix(p))
        .map(str::len)
}

/// "COP", "GOV": an agent code with no country.
fn bare_agent(a: &Actor) -> bool {
    a.agent_only() && a.code.bytes().all(|b| b.is_ascii_uppercase())
}

/// The agent code for each state of a collective code ("KHM/THA" + GOV → "KHMGOV/THAGOV"),
/// or nothing when a member has no country.
pub(super) fn owned_codes(collective: &str, sector: &str) -> Option<String> {
    let parts: Option<Vec<String>> = collective
        .split('/')
        .map(|c| {
            let a = make_actor(c, "");
            (!a.country.is_empty()).then(|| format!("{}{sector}", a.country))
        })
        .collect();
    Some(parts?.join("/"))
}

/// "officials of the two governments": the agent mention (no person) ending right before
/// "of" or "from" and the collective phrase starting at `start`, when its code is an agent
/// alone or one member state's agent (a bare plural an earlier pass gave the nearest state).
/// Only a pair: "the governments of all three countries said" spread one speaker's act to
/// three (an added false event on rd).
fn owner_agent(text: &str, collective: &str, start: usize, mentions: &[Mention]) -> Option<usize> {
    if collective.matches('/').count() != 1 {
        return None;
    }
    let before = text.get(..start)?;
    let end = [" of ", " from "]
        .iter()
        .find_map(|p| before.strip_suffix(p))?
        .len();
    let member = |a: &Actor| {
        let placed = a.code == format!("{}{}", a.country, a.sector);
        let ours = collective
            .split('/')
            .any(|c| make_actor(c, "").country == a.country);
        bare_agent(a) || (placed && ours && !a.sector.is_empty())
    };
    mentions.iter().position(|m| {
        m.span.end == end
            && m.entity_type != EntityType::Person
            && m.actor.as_ref().is_some_and(member)
    })
}

/// Places each country-less agent owned by a collective mention of several states.
/// `mentions` are in any order; only actors change.
pub(super) fn resolve(text: &str, mentions: &mut [Mention]) {
    for p in 0..mentions.len() {
        let Some(code) = mentions[p].actor.as_ref().map(|a| a.code.clone()) else {
            continue;
        };
        if !code.contains('/') {
            continue;
        }
        let owned = owned_start(text, mentions[p].span.end).and_then(|start| {
            mentions
                .iter()
                .position(|m| m.span.start == start && m.actor.as_ref().is_some_and(bare_agent))
        });
        let Some(i) = owned.or_else(|| owner_agent(text, &code, mentions[p].span.start, mentions))
        else {
            continue;
        };
        let Some(agent) = mentions[i].actor.clone() else {
            continue;
        };
        if let Some(codes) = owned_codes(&code, agent_sector(&agent)) {
            mentions[i].actor = Some(Actor {
                code: codes,
                name: agent.name,
                country: String::new(),
                sector: String::new(),
            });
            mentions[i].antecedent = Some(p);
        }
    }
}
