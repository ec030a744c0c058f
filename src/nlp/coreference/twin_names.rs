//! A bare name two states share, read by the article (issue 8).
//!
//! "Congo" is the Republic of the Congo in the dictionary, but most news that says "Congo"
//! is about the Democratic Republic: a story that also names Kinshasa, the Congolese army or
//! another actor of the DRC, and nothing of Brazzaville's state, means the DRC by its bare
//! "Congo". The pairs live in `data/actors/twin_names.tsv`; the test is document-level: every
//! other mention with a country votes, and only an article whose votes name the other state
//! and never the dictionary's one is read the other way. A mention that took its country from
//! the bare name ("Congo's trade ministry", a pronoun standing for it, "the two countries"
//! formed with it) is the bare name's reading, not a vote, and is recoded with it.
//!
//! A lead that names one state in full by a longer name built on the bare one ("the
//! Democratic Republic of Congo", "DR Congo") settles the reading too, when the article never
//! so names the other ("Republic of Congo", "Congo-Brazzaville"): wire copy names the state in
//! full once, then shortens it, and a passing place of the other state (refugees crossing to
//! Brazzaville) must not keep the bare name on the dictionary's side.
//!
//! A shared demonym is read the same way: "Dominican" is the Dominican Republic in the
//! dictionary, but "Dominican officials" in a story datelined Roseau that names Dominica and
//! nothing of the Republic are Dominica's. A phrase the demonym opens ("Dominican
//! officials", marked with the demonym as a mention of its own at the same start) reads
//! the demonym; "Dominican Republic", one name with no such mention inside, is a vote.

use crate::nlp::lexicon::triple_rows;
use crate::nlp::{Actor, Mention};
use std::sync::OnceLock;

const LIST: &str = include_str!("../../../data/actors/twin_names.tsv");

/// A bare name, its dictionary country and the other state that shares it.
struct Twin {
    name: &'static str,
    listed: &'static str,
    other: &'static str,
}

fn twins() -> &'static [Twin] {
    static TWINS: OnceLock<Vec<Twin>> = OnceLock::new();
    TWINS.get_or_init(|| {
        triple_rows(LIST)
            .map(|(name, listed, other)| Twin {
                name,
                listed,
                other,
            })
            .collect()
    })
}

/// Recodes each bare twin name to the other state where the rest of the article names only
/// that one; `name` gives a country code's readable name.
pub(crate) fn read_twin_names(name: impl Fn(&str) -> String, text: &str, mentions: &mut [Mention]) {
    for twin in twins() {
        let derived = derived_from(twin, text, mentions);
        let votes = |country: &str| {
            mentions
                .iter()
                .zip(&derived)
                .any(|(m, &d)| !d && m.actor.as_ref().is_some_and(|a| a.country == country))
        };
        let full = |country: &str| named_in_full(twin.name, text, mentions, &derived, country);
        let by_votes = votes(twin.other) && !votes(twin.listed);
        // A lead that names one of the two states in full ("DR Congo") settles what the bare
        // name shortens, whatever a place of the other state (its capital) says in passing;
        // an article naming both in full keeps the dictionary's reading.
        let by_full_name = full(twin.other) && !full(twin.listed);
        if !by_votes && !by_full_name {
            continue;
        }
        let readable = name(twin.other);
        for (m, _) in mentions.iter_mut().zip(&derived).filter(|(_, &d)| d) {
            if let Some(actor) = m.actor.as_mut() {
                recode(twin, &readable, actor);
            }
        }
    }
}

/// Some mention not read from the bare name names `country` by a longer name built on it:
/// "the Democratic Republic of Congo", "DR Congo", "Congo-Brazzaville", "Republic of Congo".
fn named_in_full(
    bare: &str,
    text: &str,
    mentions: &[Mention],
    derived: &[bool],
    country: &str,
) -> bool {
    mentions.iter().zip(derived).any(|(m, &d)| {
        let span = m.span.slice(text).trim();
        !d && m.actor.as_ref().is_some_and(|a| a.country == country)
            && !span.eq_ignore_ascii_case(bare)
            && has_word(span, bare)
    })
}

/// `span` holds `word` as a word of its own (case aside; a hyphen or space bounds it).
fn has_word(span: &str, word: &str) -> bool {
    span.split(|c: char| !c.is_alphanumeric() && c != '.')
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// Which mentions read the bare twin name: the name itself, a mention it directly precedes
/// ("Congo's trade ministry", "Congo trade minister"), one whose antecedent reads it, and a
/// group with the listed state among its members (groups take their members from earlier
/// mentions; an article that names the listed state elsewhere is never recoded anyway).
fn derived_from(twin: &Twin, text: &str, mentions: &[Mention]) -> Vec<bool> {
    let mut derived = vec![false; mentions.len()];
    // antecedents usually point back; a second pass catches one that points forward
    for _ in 0..2 {
        for (i, m) in mentions.iter().enumerate() {
            let Some(actor) = m.actor.as_ref() else {
                continue;
            };
            derived[i] = derived[i]
                || m.span.slice(text).trim().eq_ignore_ascii_case(twin.name)
                || (actor.country == twin.listed && after_bare_name(twin.name, text, m))
                || (actor.country == twin.listed
                    && opened_by_bare_name(twin.name, text, m, mentions))
                || m.antecedent.is_some_and(|a| derived.get(a) == Some(&true))
                || is_group_with(actor, twin.listed);
        }
    }
    derived
}

/// The mention follows the bare name in one noun phrase: "Congo's ", "Congo’s " or "Congo ".
fn after_bare_name(bare: &str, text: &str, m: &Mention) -> bool {
    ends_with_bare_name(bare, text.get(..m.span.start).unwrap_or(""))
}

/// The mention opens with the bare name ("Dominican officials") and the bare name is a
/// mention of its own at the same start: the phrase is built on it. A longer name that
/// merely begins with it ("Dominican Republic") has no such inner mention.
fn opened_by_bare_name(bare: &str, text: &str, m: &Mention, mentions: &[Mention]) -> bool {
    mentions.iter().any(|o| {
        o.span.start == m.span.start
            && o.span.end < m.span.end
            && o.span.slice(text).eq_ignore_ascii_case(bare)
    })
}

/// `before` ends in the bare name as a word of its own, then "'s " / "’s " or " ". The cut
/// is taken with `get`: the bytes before it may be any text (a name with "ü" in it).
fn ends_with_bare_name(bare: &str, before: &str) -> bool {
    let before = before
        .strip_suffix(' ')
        .map(|b| {
            b.strip_suffix("'s")
                .or_else(|| b.strip_suffix("’s"))
                .unwrap_or(b)
        })
        .unwrap_or("");
    let Some(head) = before.len().checked_sub(bare.len()) else {
        return false;
    };
    let (Some(lead), Some(name)) = (before.get(..head), before.get(head..)) else {
        return false;
    };
    let word_start = lead
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    name.eq_ignore_ascii_case(bare) && word_start
}

/// A multi-state group actor ("ZMB/COG") with `country` among its members.
fn is_group_with(actor: &Actor, country: &str) -> bool {
    actor.code.contains('/') && actor.code.split('/').any(|c| c.get(..3) == Some(country))
}

/// The actor as the other state: its code (each member of a group), country and name.
fn recode(twin: &Twin, readable: &str, actor: &mut Actor) {
    if actor.code.contains('/') {
        let parts: Vec<String> = actor
            .code
            .split('/')
            .map(|c| match c.strip_prefix(twin.listed) {
                Some(rest) => format!("{}{rest}", twin.other),
                None => c.to_string(),
            })
            .collect();
        actor.code = parts.join("/");
        return;
    }
    let Some(sector) = actor.code.strip_prefix(twin.listed) else {
        return;
    };
    actor.code = format!("{}{sector}", twin.other);
    actor.country = twin.other.to_string();
    actor.name = readable.to_string();
}

#[cfg(test)]
mod tests {
    use super::ends_with_bare_name;

    #[test]
    fn the_bare_name_is_found_before_a_mention_as_a_word_of_its_own() {
        assert!(ends_with_bare_name("Congo", "Yesterday Congo's "));
        assert!(ends_with_bare_name("Congo", "Congo’s "));
        assert!(ends_with_bare_name("Congo", "the Congo "));
        assert!(!ends_with_bare_name("Congo", "Kongo Congo"));
        assert!(!ends_with_bare_name("Congo", "BelgoCongo "));
    }

    #[test]
    fn a_cut_inside_a_letter_of_several_bytes_is_no_match_and_no_panic() {
        // "Müller " less the space is 7 bytes; five back falls inside "ü"
        assert!(!ends_with_bare_name("Congo", "Herr Müller "));
        assert!(!ends_with_bare_name("Congo", "Über "));
    }
}
