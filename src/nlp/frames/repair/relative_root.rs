//! A subject with a describing relative clause, read with the relative clause's verb as
//! the sentence's root: "X, which lost three members when …, condemned the attack" is
//! parsed with "lost" as the root, X hung on it as a vocative (or `dep`, `appos`) and the
//! main verb "condemned" as a `conj` of "lost". The main verb then takes "which" for its
//! subject. Such a tree is given the shape the parser more often builds for it (X the root,
//! the relative clause on X) and is kept only when [`super::main_verb_after_relative`]
//! then finds the main verb, which it re-hangs with X as its subject.
use super::{describing_opener, has_dependent, main_verb_after_relative};
use crate::nlp::syntax::Word;
use std::borrow::Cow;

/// The repaired sentence, or `None` when the root is no such relative clause.
pub(super) fn relative_as_root(words: &[Word]) -> Option<Vec<Word>> {
    let root = words.iter().position(|w| w.head == 0)?;
    let opener = (1..root)
        .filter(|&p| words[p].head as usize == root + 1)
        .find_map(|p| describing_opener(words, p))?;
    // the noun before the comma, or the head of its name ("Bank of X" → "Bank")
    let comma = opener - 1;
    let mut noun = comma.checked_sub(1)?;
    while matches!(words[noun].deprel.as_str(), "flat" | "compound" | "nmod") {
        match (words[noun].head as usize).checked_sub(1) {
            Some(h) if h < comma => noun = h,
            _ => break,
        }
    }
    // hung on the root as an address or loose dependent, or read as the relative verb's
    // own subject or oblique when the noun's phrase is all that stands before the comma
    let loose = matches!(words[noun].deprel.as_str(), "vocative" | "dep" | "appos");
    let taken = matches!(words[noun].deprel.as_str(), "nsubj" | "nsubj:pass" | "obl")
        && !has_dependent(words, noun, "case")
        && opens_sentence(words, noun, comma);
    let hung = words[noun].head as usize == root + 1 && (loose || taken);
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

/// Every word before the comma is the noun or hangs on it (within a few heads): the noun's
/// phrase opens the sentence ("The Dominican Republic, whose …").
fn opens_sentence(words: &[Word], noun: usize, comma: usize) -> bool {
    (0..comma).all(|k| {
        let mut h = k;
        for _ in 0..3 {
            if h == noun {
                return true;
            }
            match (words[h].head as usize).checked_sub(1) {
                Some(up) if up < comma => h = up,
                _ => return false,
            }
        }
        h == noun
    })
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

    // "Freedonia, whose port was shelled, asked Sylvania for talks." with "shelled" as the
    // root, the noun read as a second passive subject and the main verb as parataxis
    const WHOSE: [(&str, &str, &str, u32, &str); 12] = [
        ("Freedonia", "NNP", "PROPN", 6, "nsubj:pass"),
        (",", ",", "PUNCT", 1, "punct"),
        ("whose", "WP$", "PRON", 4, "nmod:poss"),
        ("port", "NN", "NOUN", 6, "nsubj:pass"),
        ("was", "VBD", "AUX", 6, "aux:pass"),
        ("shelled", "VBN", "VERB", 0, "root"),
        (",", ",", "PUNCT", 8, "punct"),
        ("asked", "VBD", "VERB", 6, "parataxis"),
        ("Sylvania", "NNP", "PROPN", 8, "obj"),
        ("for", "IN", "ADP", 11, "case"),
        ("talks", "NNS", "NOUN", 8, "obl"),
        (".", ".", "PUNCT", 6, "punct"),
    ];

    #[test]
    fn the_verb_after_a_rooted_whose_clause_is_the_main_verb() {
        let fixed = relative_as_root(&words(&WHOSE)).expect("repaired");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (0, "root"));
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (8, "nsubj"));
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (1, "acl:relcl"));
    }

    #[test]
    fn a_whose_clause_after_a_fronted_phrase_stays() {
        // "In Freedonia, whose port was shelled, …": a true oblique, with its preposition
        let mut rows = vec![("In", "IN", "ADP", 2, "case")];
        rows.extend(WHOSE.iter().map(|&(f, x, u, h, d)| {
            let h = if h == 0 { 0 } else { h + 1 };
            (f, x, u, h, if f == "Freedonia" { "obl" } else { d })
        }));
        assert!(relative_as_root(&words(&rows)).is_none());
    }

    #[test]
    fn a_relative_clause_with_no_verb_after_it_stays() {
        // "Freedonia, which lost two ports, and Sylvania …": no finite verb after a comma
        let mut rows = ROOTED.to_vec();
        rows[7].1 = "VBG";
        assert!(relative_as_root(&words(&rows)).is_none());
    }
}
