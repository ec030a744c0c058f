//! An acronym the story defines names the body it was defined for (issue 8).
//!
//! Many short acronyms ("NAF", "DSS", "LDF") are shared by unrelated bodies, so they cannot
//! be dictionary rows; news defines them on first use instead: "the Nigerian Air Force (NAF)",
//! or names the body in full and uses its initials later. An organisation with an actor followed
//! by "(ACRONYM)", or one whose capitalised words' initials spell the acronym,
//! gives that actor to every later bare use of the acronym in the same article. A definition
//! in parentheses is the article's own word and replaces a dictionary reading; initials only
//! fill an acronym that has no actor.

use crate::nlp::{Actor, EntityType, Mention};

/// Shortest and longest acronym taken (letters and digits, at least two capitals).
const MIN_LEN: usize = 2;
const MAX_LEN: usize = 8;

/// One acronym the article defined: where, for which mention, and how firmly.
struct Definition {
    acronym: String,
    mention: usize,
    actor: Actor,
    /// Defined in parentheses (overrides other readings), not only by initials.
    explicit: bool,
}

/// "NAF", "M23", "DSS": an all-capital token of letters and digits.
fn is_acronym(s: &str) -> bool {
    let caps = s.chars().filter(|c| c.is_ascii_uppercase()).count();
    (MIN_LEN..=MAX_LEN).contains(&s.len())
        && caps >= MIN_LEN
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// The acronym in "( NAF )" right after byte `end`, if any.
fn parenthesised_after(text: &str, end: usize) -> Option<&str> {
    let rest = text.get(end..)?.trim_start();
    let inner = rest.strip_prefix('(')?;
    let close = inner.find(')')?;
    let acr = inner[..close].trim();
    is_acronym(acr).then_some(acr)
}

/// Initials of a name's capitalised words ("the Department of State Services" → "DSS");
/// `None` for fewer than two such words.
fn initials(surface: &str) -> Option<String> {
    let caps: String = surface
        .split_whitespace()
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_ascii_uppercase())
        .collect();
    (caps.len() >= MIN_LEN).then_some(caps)
}

/// The acronyms `mentions` define, in text order.
fn definitions(text: &str, mentions: &[Mention]) -> Vec<Definition> {
    let mut out = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        let Some(actor) = m.actor.as_ref().filter(|a| !a.agent_only()) else {
            continue;
        };
        // only a body defines an acronym: "BRUSSELS (AGC)" is a dateline and its agency
        if m.entity_type != EntityType::Organisation {
            continue;
        }
        let Some(surface) = text.get(m.span.start..m.span.end) else {
            continue;
        };
        let explicit = parenthesised_after(text, m.span.end);
        let acronym = match explicit {
            Some(a) => a.to_string(),
            None => match initials(surface) {
                Some(a) if surface.split_whitespace().count() >= 2 => a,
                _ => continue,
            },
        };
        if acronym == surface {
            continue;
        }
        out.push(Definition {
            acronym,
            mention: k,
            actor: actor.clone(),
            explicit: explicit.is_some(),
        });
    }
    out
}

/// Gives later bare uses of a defined acronym the defining mention's actor (see the module
/// comment). `mentions` are sorted by start.
pub(crate) fn defined_acronyms(text: &str, mentions: &mut [Mention]) {
    let defs = definitions(text, mentions);
    if defs.is_empty() {
        return;
    }
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let Some(surface) = text.get(m.span.start..m.span.end) else {
            continue;
        };
        if !is_acronym(surface) {
            continue;
        }
        // the latest definition before this use wins
        let def = defs.iter().rev().find(|d| {
            d.acronym == surface
                && mentions[d.mention].span.end <= m.span.start
                && (d.explicit || m.actor.is_none())
        });
        if let Some(d) = def {
            let m = &mut mentions[k];
            m.actor = Some(d.actor.clone());
            m.antecedent = Some(d.mention);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronym_shapes() {
        assert!(is_acronym("NAF") && is_acronym("RX7"));
        assert!(!is_acronym("Naf") && !is_acronym("A") && !is_acronym("23"));
        assert_eq!(
            parenthesised_after("the Sea Guard (SG) said", 13),
            Some("SG")
        );
        assert_eq!(
            initials("the Office of Border Works").as_deref(),
            Some("OBW")
        );
    }
}
