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
}
