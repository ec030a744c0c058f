//! "Kenya's rebels … accused the government of lying": a country-less government or army,
//! with no earlier office of the same sector to take a country from, is the state its
//! domestic opponents (rebels, opposition) were placed in. News about an internal conflict
//! names the rebels' country once and then says "the government" and "the army".

use crate::nlp::mentions::make_actor;
use crate::nlp::{Actor, Mention};

/// Sectors of a state that its domestic opponents fight or oppose.
const STATE_SECTORS: &[&str] = &["GOV", "MIL"];
/// Sector heads of domestic opponents.
const OPPONENT_SECTORS: &[&str] = &["REB", "OPP"];

/// The actor of country-less `actor` (mention `ci`) placed in the country of the latest
/// earlier mention of a domestic opponent, if any.
pub(super) fn placed_by_opponents(mentions: &[Mention], ci: usize, actor: &Actor) -> Option<Actor> {
    if !STATE_SECTORS.contains(&actor.sector.as_str()) {
        return None;
    }
    let start = mentions[ci].span.start;
    let opponent = |m: &&Mention| {
        m.span.end <= start
            && m.actor.as_ref().is_some_and(|a| {
                !a.country.is_empty() && OPPONENT_SECTORS.iter().any(|s| a.sector.starts_with(s))
            })
    };
    let latest = mentions
        .iter()
        .filter(opponent)
        .max_by_key(|m| m.span.start)?;
    let country = &latest.actor.as_ref()?.country;
    Some(make_actor(
        &format!("{country}{}", actor.sector),
        &actor.name,
    ))
}

/// Sectors of a state's own society: its opposition, rebels, legislature, unions, press,
/// civilians and courts. Such a group speaking of a bare "the government" speaks of its own
/// state's (a foreign government's organs would name it: "the government in Kyiv").
const DOMESTIC_SECTORS: &[&str] = &["OPP", "REB", "LEG", "LAB", "MED", "CVL", "JUD"];

/// "Iranian lawmakers called on the government …": the actor of country-less `actor`
/// (mention `ci`, a government or army) placed in the one state its sentence names before
/// it (from char `sentence_start`), when a domestic group of that state is among those
/// mentions. Two states named before it, or only state organs (a foreign minister may
/// speak of another state's government), give nothing.
pub(super) fn own_state_of_domestic_group(
    mentions: &[Mention],
    ci: usize,
    actor: &Actor,
    sentence_start: usize,
) -> Option<Actor> {
    if !STATE_SECTORS.contains(&actor.sector.as_str()) {
        return None;
    }
    let start = mentions[ci].span.start;
    let before: Vec<&Actor> = mentions
        .iter()
        .filter(|m| m.span.start >= sentence_start && m.span.end <= start)
        .filter_map(|m| m.actor.as_ref())
        .filter(|a| !a.country.is_empty() || a.code.contains('/'))
        .collect();
    let country = &before.first()?.country;
    let one_state = before
        .iter()
        .all(|a| !a.code.contains('/') && &a.country == country);
    let domestic = before
        .iter()
        .any(|a| DOMESTIC_SECTORS.iter().any(|s| a.sector.starts_with(s)));
    (one_state && domestic).then(|| make_actor(&format!("{country}{}", actor.sector), &actor.name))
}

/// How many words may stand between "and" and a joined opponent ("the government and a
/// coalition of holdout rebel groups").
const JOINED_GAP: usize = 4;

/// "Z's government and (a coalition of) rebel groups agreed …": a country-less domestic
/// opponent joined by "and" right after a placed government is that state's own opponent;
/// a state's talks or truce with rebels are told as a pair. Only plain words may stand
/// between (no comma, no other party: "the government and France fought rebels" is not).
pub(super) fn joined_to_government(text: &str, mentions: &mut [Mention]) {
    for ci in 0..mentions.len() {
        // tested before the actor is copied: few mentions are a country-less opponent
        let Some(actor) = mentions[ci].actor.as_ref() else {
            continue;
        };
        let opponent = OPPONENT_SECTORS.iter().any(|s| actor.code.starts_with(s));
        if !actor.country.is_empty() || !opponent {
            continue;
        }
        let actor = actor.clone();
        let government = (0..mentions.len()).rev().find(|&j| {
            mentions[j].span.end <= mentions[ci].span.start
                && mentions[j]
                    .actor
                    .as_ref()
                    .is_some_and(|a| !a.country.is_empty() && a.sector.starts_with("GOV"))
                && joined(text, mentions, j, ci)
        });
        let Some(j) = government else {
            continue;
        };
        let country = mentions[j].actor.as_ref().map(|a| a.country.clone());
        if let Some(country) = country {
            mentions[ci].actor = Some(make_actor(&format!("{country}{}", actor.code), &actor.name));
        }
    }
}

/// Mention `b` is joined to mention `a` by "and" and at most `JOINED_GAP` plain lower-case
/// words, with no other party named between them.
fn joined(text: &str, mentions: &[Mention], a: usize, b: usize) -> bool {
    let (end, start) = (mentions[a].span.end, mentions[b].span.start);
    let Some(between) = text.get(end..start) else {
        return false;
    };
    let mut words = between.split_whitespace();
    let plain = |w: &str| w.chars().all(|c| c.is_ascii_lowercase());
    // an actor-less head between ("a coalition" of rebel groups) is part of the phrase
    let others = || {
        mentions
            .iter()
            .any(|m| m.span.start >= end && m.span.end <= start && m.actor.is_some())
    };
    // The cheap tests first: the words are counted only up to the gap, and the mentions
    // scanned only for a pair the words join (a long article has many of both).
    words.next() == Some("and")
        && words.clone().take(JOINED_GAP + 1).count() <= JOINED_GAP
        && words.all(plain)
        && !others()
}

#[cfg(test)]
mod tests {
    use super::super::tests::actor_of_nth;

    #[test]
    fn a_bare_government_is_the_state_of_its_domestic_opponents() {
        let text = "Kenya's rebels and the government agreed to a truce on Monday. \
                    The rebels later accused the government of lying.";
        assert_eq!(
            actor_of_nth(text, "the government", 1).as_deref(),
            Some("KENGOV")
        );
        // no opponents placed anywhere: the government stays country-less
        let text = "The rebels accused the government of lying.";
        assert_eq!(
            actor_of_nth(text, "the government", 0).as_deref(),
            Some("GOV")
        );
    }

    #[test]
    fn a_domestic_group_addresses_its_own_government() {
        // the latest office named before is Mexico's; the lawmakers are Peruvian
        let text = "Peru thanked the Mexican government for its help on Monday. \
                    Peruvian lawmakers later called on the government to recall the envoy.";
        assert_eq!(
            actor_of_nth(text, "the government", 0).as_deref(),
            Some("PERGOV")
        );
        let text = "Chile praised the Bolivian government on Friday. \
                    Chile's main opposition party accused the government of weakness.";
        assert_eq!(
            actor_of_nth(text, "the government", 0).as_deref(),
            Some("CHLGOV")
        );
    }

    #[test]
    fn a_state_organ_or_two_states_leave_the_latest_office() {
        // a minister may speak of another state's government: the latest office stays
        let text = "Peru thanked the Mexican government for its help on Monday. \
                    Peru's foreign minister later urged the government to act.";
        assert_eq!(
            actor_of_nth(text, "the government", 0).as_deref(),
            Some("MEXGOV")
        );
        // two states named before it: whose government is unknown to this rule
        let text = "Peru thanked the Mexican government for its help on Monday. \
                    Peruvian and Chilean lawmakers urged the government to act.";
        assert_ne!(
            actor_of_nth(text, "the government", 0).as_deref(),
            Some("PERGOV")
        );
    }
}
