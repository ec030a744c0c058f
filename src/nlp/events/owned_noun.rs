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
        let Some(owner) = sole_owner(text, ents, &noun, e.trigger.start) else {
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

/// The one side every owned mention of `noun` before `before` names, if there is one.
fn sole_owner(text: &str, ents: &EntityAnalysis, noun: &str, before: usize) -> Option<Actor> {
    let head = text.get(..before)?;
    let mut owners = noun_spans(head, noun).filter_map(|(s, e)| owner_at(text, ents, s, e));
    let first = owners.next()?;
    owners.all(|o| o.side() == first.side()).then_some(first)
}

/// The spans of `noun` (or its plural / singular) as a whole word in `head`, any case.
fn noun_spans<'a>(head: &'a str, noun: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
    head.match_indices(word_char)
        .filter(move |(i, _)| *i == 0 || !head[..*i].chars().next_back().is_some_and(word_char))
        .filter_map(move |(i, _)| {
            let len = head[i..]
                .find(|c: char| !word_char(c))
                .unwrap_or(head.len() - i);
            let word = head[i..i + len].to_lowercase();
            same_noun(&word, noun).then_some((i, i + len))
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
        ents.mentions.iter().find(|m| m.span.start == at)
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
        let head = "The Decision and decisions; indecision, a decisions-based";
        let found: Vec<_> = noun_spans(head, "decision").collect();
        assert_eq!(found, [(4, 12), (17, 26)]);
    }
}
