//! "the NOUN" whose owner the article named when it first spoke of it: "Freedonia's
//! commerce ministry called the Sylvanian decision a provocation. … Ruritania welcomed the
//! decision." A judgement (praise 05, criticism 11, rejection 12) of a thing with no party of
//! its own and no act found for it by the reaction passes (`reactions.rs`, `act_noun.rs`) is
//! of the thing the article introduced with its owner: a possessor ("Sylvania's decision"),
//! a nationality or name before the noun ("the Sylvanian decision", "a U.S. offer"), or a
//! "by" / "from" phrase after it ("the offer from Sylvania"). That owner made it, so the
//! judgement answers it. Every earlier owned mention of the noun must name one side, and not
//! the judging side; a noun whose possessor is whom the act fell on ("Lisowski's release",
//! `patient-of` in `reaction_nouns.txt`) names no author and is left alone.
use super::reactions::{placed, praise_read_as_criticism};
use super::*;

/// Path note of a target found through the noun's owned mention.
const NOTE: &str = "; target: the owner the article named with the earlier '";

/// The judgement roots: praise or support (05), criticism (11), rejection (12).
fn judgement(code: &str) -> bool {
    matches!(crate::nlp::cameo::root(code), Some(5 | 11 | 12))
}

/// Gives each target-less judgement of "the NOUN" the one owner the article named with an
/// earlier mention of that noun.
pub(super) fn fill_owned_nouns(text: &str, ents: &EntityAnalysis, out: &mut [CodedEvent]) {
    // the text lower-cased once, at the first candidate: ASCII case keeps every byte offset
    let mut lower: Option<String> = None;
    for e in out.iter_mut() {
        let open = e.target.as_ref().is_none_or(|t| !placed(t));
        if !open || !judgement(&e.cameo) || !placed(&e.source) || praise_read_as_criticism(text, e)
        {
            continue;
        }
        let Some(noun) = super::act_noun::family_noun(text, e.trigger) else {
            continue;
        };
        if super::reactions::patient_noun(&noun) {
            continue;
        }
        let lower = lower.get_or_insert_with(|| text.to_ascii_lowercase());
        let Some(owner) = sole_owner(text, lower, ents, &noun, e.trigger.start) else {
            continue;
        };
        if owner.side() == e.source.actor.side() {
            continue;
        }
        e.path.push_str(&format!("{NOTE}{noun}'"));
        e.target = Some(Participant {
            actor: owner,
            mention: None,
            text: String::new(),
        });
    }
}

/// The one side every owned mention of `noun` before `before` names, if there is one
/// (`lower`: `text` in ASCII lower case).
fn sole_owner(
    text: &str,
    lower: &str,
    ents: &EntityAnalysis,
    noun: &str,
    before: usize,
) -> Option<Actor> {
    let head = lower.get(..before)?;
    let mut owners = noun_spans(head, noun).filter_map(|(s, e)| owner_at(text, ents, s, e));
    let first = owners.next()?;
    owners.all(|o| o.side() == first.side()).then_some(first)
}

/// The spans of `noun` (or its plural / singular) as a whole word in `head` (lower case):
/// only where the noun's stem starts a word, not at every word of the text.
fn noun_spans<'a>(head: &'a str, noun: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
    let stem = noun.strip_suffix('s').unwrap_or(noun);
    head.match_indices(stem)
        .map(|(i, _)| i)
        .filter(move |&i| !head[..i].chars().next_back().is_some_and(word_char))
        .filter_map(move |i| {
            let len = head[i..]
                .find(|c: char| !word_char(c))
                .unwrap_or(head.len() - i);
            same_noun(&head[i..i + len], noun).then_some((i, i + len))
        })
}

/// A character of a word: hyphenated compounds are one word ("decisions-based").
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// `word` is `noun`, or its plural or singular with "s".
fn same_noun(word: &str, noun: &str) -> bool {
    word == noun || word.strip_suffix('s') == Some(noun) || noun.strip_suffix('s') == Some(word)
}

/// The placed actor that owns the noun at `start..end`: a mention right before it (with
/// "'s" or one lowercase modifier between), or the mention after "by" / "from" right after.
fn owner_at(text: &str, ents: &EntityAnalysis, start: usize, end: usize) -> Option<Actor> {
    // Mentions are sorted by start: the owner is among the few that start just before.
    let hi = ents.mentions.partition_point(|m| m.span.start < start);
    let before = ents.mentions[..hi]
        .iter()
        .rev()
        .take(NEAR)
        .find(|m| m.span.end <= start && text.get(m.span.end..start).is_some_and(owner_gap));
    let after = || {
        let rest = text.get(end..)?;
        let gap = ["by ", "from "]
            .iter()
            .find_map(|p| rest.strip_prefix(' ')?.strip_prefix(p))?;
        let at = end + rest.len() - gap.len();
        let at = at + if gap.starts_with("the ") { 4 } else { 0 };
        let k = ents.mentions.partition_point(|m| m.span.start < at);
        ents.mentions.get(k).filter(|m| m.span.start == at)
    };
    let m = before.or_else(after)?;
    let actor = m.actor.as_ref()?;
    let p = Participant {
        actor: actor.clone(),
        mention: None,
        text: String::new(),
    };
    placed(&p).then(|| actor.clone())
}

/// How many mentions before the noun may be its owner (nested mentions: "The Sylvanian
/// government" and "Sylvanian" end near each other).
const NEAR: usize = 4;

/// Words that join or open phrases: no modifier of the noun ("Sylvania and decisions").
const NO_MODIFIER: [&str; 12] = [
    "and", "or", "but", "nor", "the", "a", "an", "of", "to", "in", "on", "for",
];

/// What may stand between an owner and its noun: a space, a possessive ending, and at most
/// one lowercase modifier ("Sylvania's latest decision", "the Sylvanian trade offer").
fn owner_gap(gap: &str) -> bool {
    let rest = ["'s ", "’s ", "' ", "’ ", " "]
        .iter()
        .find_map(|p| gap.strip_prefix(p));
    let Some(rest) = rest else {
        return false;
    };
    let rest = rest.trim_end();
    rest.is_empty()
        || (rest.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !NO_MODIFIER.contains(&rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_between_owner_and_noun() {
        assert!(owner_gap(" "));
        assert!(owner_gap("'s "));
        assert!(owner_gap("’s latest "));
        assert!(owner_gap(" trade "));
        assert!(!owner_gap(" and the "));
        assert!(!owner_gap(" and "));
        assert!(!owner_gap(", "));
        assert!(!owner_gap(" Trade "));
    }

    #[test]
    fn nouns_match_whole_words_and_number() {
        let head = "The Decision and decisions; indecision, a decisions-based".to_ascii_lowercase();
        let found: Vec<_> = noun_spans(&head, "decision").collect();
        assert_eq!(found, [(4, 12), (17, 26)]);
    }
}
