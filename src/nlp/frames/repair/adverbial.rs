//! A clause opened by "after", "before", "since", "until", "while", "because" or "once"
//! hung on a noun: "demanded an investigation after a patrol shot a herder" is parsed
//! with "shot" as an `acl` of "investigation", so the clause reads as a description of the
//! noun and the act in it is never coded as asserted. A finite clause with its own subject
//! and one of these conjunctions says when or why the verb's act happened: it becomes an
//! `advcl` of the verb that governs the noun. A noun of time keeps it ("the day after the
//! talks failed", "in the weeks since the border closed").
use super::FINITE;
use crate::nlp::syntax::Word;

/// Conjunctions that open an adverbial clause (not "when", "where": those also open
/// relative clauses on nouns, "the day when …").
const CONJUNCTIONS: [&str; 7] = [
    "after", "before", "since", "until", "while", "because", "once",
];

/// Nouns a temporal clause may describe.
const TIME_NOUNS: [&str; 16] = [
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "time",
    "moment", "minutes", "period", "morning", "night",
];

/// The repaired sentence, or `None` when no such clause hangs on a noun.
pub(super) fn clause_on_noun(words: &[Word]) -> Option<Vec<Word>> {
    let (clause, verb) = (0..words.len()).find_map(|v| misplaced(words, v))?;
    Some(super::reattached(words, clause, verb, "advcl"))
}

/// (clause verb, verb that governs its noun), 0-based, when `v` is such a clause.
fn misplaced(words: &[Word], v: usize) -> Option<(usize, usize)> {
    let w = &words[v];
    if w.deprel != "acl" || !FINITE.contains(&w.xpos.as_str()) {
        return None;
    }
    let kid = |rel: &str| {
        words
            .iter()
            .position(|k| k.head as usize == v + 1 && k.deprel.split(':').next() == Some(rel))
    };
    let opened =
        kid("mark").is_some_and(|m| CONJUNCTIONS.contains(&words[m].form.to_lowercase().as_str()));
    if !opened || kid("nsubj").is_none() {
        return None;
    }
    let noun = (w.head as usize).checked_sub(1)?;
    let lower = words[noun].form.to_lowercase();
    if !matches!(words[noun].upos.as_str(), "NOUN" | "PROPN")
        || TIME_NOUNS.contains(&lower.as_str())
    {
        return None;
    }
    // up from the noun (through a preposition's noun or two) to its verb
    let mut h = noun;
    for _ in 0..3 {
        h = (words[h].head as usize).checked_sub(1)?;
        if words[h].upos == "VERB" {
            return Some((v, h));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Freedonia demanded an inquiry after a guard shot a herder." with "shot" on "inquiry"
    const ON_NOUN: [(&str, &str, &str, u32, &str); 11] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("demanded", "VBD", "VERB", 0, "root"),
        ("an", "DT", "DET", 4, "det"),
        ("inquiry", "NN", "NOUN", 2, "obj"),
        ("after", "IN", "SCONJ", 8, "mark"),
        ("a", "DT", "DET", 7, "det"),
        ("guard", "NN", "NOUN", 8, "nsubj"),
        ("shot", "VBD", "VERB", 4, "acl"),
        ("a", "DT", "DET", 10, "det"),
        ("herder", "NN", "NOUN", 8, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn an_after_clause_on_a_noun_modifies_the_verb() {
        let fixed = clause_on_noun(&words(&ON_NOUN)).expect("repaired");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "advcl"));
    }

    #[test]
    fn a_time_noun_keeps_its_clause() {
        // "… demanded a day after a guard shot a herder": the clause dates the day
        let mut rows = ON_NOUN.to_vec();
        rows[3].0 = "day";
        assert!(clause_on_noun(&words(&rows)).is_none());
    }

    #[test]
    fn a_clause_without_its_own_subject_stays() {
        let mut rows = ON_NOUN.to_vec();
        rows[6].4 = "obj";
        assert!(clause_on_noun(&words(&rows)).is_none());
    }
}
