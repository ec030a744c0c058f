//! Adjectives read as nouns before a noun. The tagger often reads an adjective that
//! modifies a noun ("a public hearing", "the Muslim community") as NOUN or PROPN, and the
//! parser then labels it `compound`, as it would a noun modifier. A word the UD English-EWT
//! train trees label `amod` in nearly all of their modifier uses before a noun
//! (`data/syntax/adjective_modifiers.txt`, derived by `scripts/derive_adjective_modifiers.py`)
//! is relabelled `amod` and tagged ADJ/JJ there. Only its label and tag change: no head moves.
use std::collections::HashSet;
use std::sync::OnceLock;

use crate::nlp::syntax::Word;

const LIST: &str = include_str!("../../../../data/syntax/adjective_modifiers.txt");

/// The listed forms (lower case), read once.
fn adjectives() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| crate::nlp::syntax::tagger::word_list(LIST))
}

/// The repaired sentence, or `None` when no listed word is a `compound` before its noun.
pub(super) fn adjective_modifier(words: &[Word]) -> Option<Vec<Word>> {
    let found: Vec<usize> = (0..words.len())
        .filter(|&i| is_misread_adjective(words, i))
        .collect();
    if found.is_empty() {
        return None;
    }
    let mut out = words.to_vec();
    for i in found {
        let w = &mut out[i];
        w.deprel = "amod".into();
        w.upos = "ADJ".into();
        w.xpos = "JJ".into();
    }
    Some(out)
}

/// Word `i` is a listed form, labelled `compound` under a noun that follows it.
fn is_misread_adjective(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    let head = w.head as usize;
    w.deprel == "compound"
        && head > i + 1
        && matches!(words[head - 1].upos.as_str(), "NOUN" | "PROPN")
        && adjectives().contains(w.form.to_lowercase().as_str())
}
