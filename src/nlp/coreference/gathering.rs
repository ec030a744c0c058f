//! An institution's people named as those a gathering brings together ("a meeting of army
//! commanders in <capital>", "a conference of police chiefs in <city>") come from the states
//! the gathering joins: the place written after them is the gathering's venue, not their
//! state. Neither the seat rule (`located`) nor the sentence-place rule (`agents`) gives them
//! that place's country; a host that brings them together is not acting on the host state.
//!
//! The shape is read from the words before the mention: a gathering noun (`gathering-noun`
//! or `summit-noun` of `data/lexicon/mention_words.tsv`), "of", then at most a few
//! lower-case modifiers ("coast guard", "senior army"). Only the mentions the callers test
//! (a state institution's country-less agent) are concerned: protesters at "a gathering of
//! opposition supporters in <city>" are where they rally.
use crate::nlp::lexicon::List;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Sectors of a state's own institutions (codes of `data/actors/agents*.txt`), also those
/// `located` places at their seat.
pub(super) const INSTITUTION_SECTORS: &[&str] = &["GOV", "MIL", "COP", "LEG", "JUD", "SPY"];

/// Lower-case modifiers allowed between "of" and the mention ("of senior coast guard").
const MAX_MODIFIERS: usize = 3;

fn gathering_nouns() -> &'static HashSet<&'static str> {
    static G: OnceLock<HashSet<&'static str>> = OnceLock::new();
    G.get_or_init(|| {
        List::MentionWords
            .words_of(&["gathering-noun", "summit-noun"])
            .into_iter()
            .collect()
    })
}

/// A plain lower-case word: letters and inner hyphens, no punctuation that would end a
/// phrase or a sentence.
fn plain(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
}

/// The mention starting at byte `start` of `text` follows "<gathering noun> of" (past a
/// few modifiers).
pub(crate) fn attends_gathering(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let mut words = before.split_whitespace().rev();
    for _ in 0..=MAX_MODIFIERS {
        match words.next() {
            Some("of") => return words.next().is_some_and(|w| gathering_nouns().contains(w)),
            Some(w) if plain(w) => continue,
            _ => return false,
        }
    }
    false
}

/// An agent of a state institution (`agent_code`: "MIL", "GOV") whose mention starts at byte
/// `start` attends a gathering: the event coder does not compose it with the place after it.
pub(crate) fn institution_attendee(text: &str, start: usize, agent_code: &str) -> bool {
    INSTITUTION_SECTORS.contains(&agent_code) && attends_gathering(text, start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, word: &str) -> usize {
        text.find(word).unwrap_or(0)
    }

    #[test]
    fn the_people_a_gathering_brings_together_attend_it() {
        let t = "The bloc will hold a meeting of senior coast guard commanders in Lima.";
        assert!(attends_gathering(t, at(t, "commanders")));
        assert!(attends_gathering(t, at(t, "coast guard")));
        let t = "It hosted a conference of police chiefs in Accra.";
        assert!(attends_gathering(t, at(t, "police chiefs")));
    }

    #[test]
    fn other_nouns_or_a_broken_phrase_are_no_gathering() {
        let t = "They condemned the arrest of police officers in Accra.";
        assert!(!attends_gathering(t, at(t, "police officers")));
        let t = "After the meeting of the bloc, officials in Accra spoke.";
        assert!(!attends_gathering(t, at(t, "officials")));
        let t = "Police in Accra arrested two men.";
        assert!(!attends_gathering(t, at(t, "Police")));
    }
}
