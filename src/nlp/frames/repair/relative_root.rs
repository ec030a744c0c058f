//! A subject with a describing relative clause, read with the relative clause's verb as
//! the sentence's root: "X, which lost three members when …, condemned the attack" is
//! parsed with "lost" as the root, X hung on it as a vocative (or `dep`, `appos`) and the
//! main verb "condemned" as a `conj` of "lost". The main verb then takes "which" for its
//! subject. Such a tree is given the shape the parser more often builds for it (X the root,
//! the relative clause on X) and is kept only when [`super::main_verb_after_relative`]
//! then finds the main verb, which it re-hangs with X as its subject.
use super::{main_verb_after_relative, DESCRIBING};
use crate::nlp::syntax::Word;
use std::borrow::Cow;

/// The repaired sentence, or `None` when the root is no such relative clause.
pub(super) fn relative_as_root(words: &[Word]) -> Option<Vec<Word>> {
    let root = words.iter().position(|w| w.head == 0)?;
    let pronoun = (1..root).find(|&p| {
        words[p].head as usize == root + 1
            && words[p].deprel == "nsubj"
            && words[p - 1].form == ","
            && DESCRIBING.contains(&words[p].form.to_lowercase().as_str())
    })?;
    // the noun before the comma, or the head of its name ("Bank of X" → "Bank")
    let mut noun = pronoun.checked_sub(2)?;
    while matches!(words[noun].deprel.as_str(), "flat" | "compound" | "nmod") {
        match (words[noun].head as usize).checked_sub(1) {
            Some(h) if h < pronoun => noun = h,
            _ => break,
        }
    }
    let hung = words[noun].head as usize == root + 1
        && matches!(words[noun].deprel.as_str(), "vocative" | "dep" | "appos");
    if !hung || !matches!(words[noun].upos.as_str(), "PROPN" | "NOUN") {
        return None;
    }
    let mut shaped = words.to_vec();
    shaped[noun].head = 0;
    shaped[noun].deprel = "root".into();
    shaped[root].head = noun as u32 + 1;
    shaped[root].deprel = "acl:relcl".into();
    match main_verb_after_relative(&shaped) {
        Cow::Owned(fixed) => Some(fixed),
        Cow::Borrowed(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Freedonia, which lost two ports, condemned the raid." with "lost" as the root
    const ROOTED: [(&str, &str, &str, u32, &str); 11] = [
        ("Freedonia", "NNP", "PROPN", 4, "vocative"),
        (",", ",", "PUNCT", 1, "punct"),
        ("which", "WDT", "PRON", 4, "nsubj"),
        ("lost", "VBD", "VERB", 0, "root"),
        ("two", "CD", "NUM", 6, "nummod"),
        ("ports", "NNS", "NOUN", 4, "obj"),
        (",", ",", "PUNCT", 8, "punct"),
        ("condemned", "VBD", "VERB", 4, "conj"),
        ("the", "DT", "DET", 10, "det"),
        ("raid", "NN", "NOUN", 8, "obj"),
        (".", ".", "PUNCT", 4, "punct"),
    ];

    #[test]
    fn the_verb_after_a_rooted_relative_clause_is_the_main_verb() {
        let fixed = relative_as_root(&words(&ROOTED)).expect("repaired");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (0, "root"));
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (8, "nsubj"));
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (1, "acl:relcl"));
    }

    #[test]
    fn a_relative_clause_with_no_verb_after_it_stays() {
        // "Freedonia, which lost two ports, and Sylvania …": no finite verb after a comma
        let mut rows = ROOTED.to_vec();
        rows[7].1 = "VBG";
        assert!(relative_as_root(&words(&rows)).is_none());
    }
}
