//! Derived adjectives and participles read as nouns before a noun. "A hostile crowd", "an
//! unconfirmed report", "the Demented World": the tagger reads an adjective it has not seen
//! as NOUN or PROPN and the parser then labels it `compound`. A word of five letters or more
//! that ends in an adjective suffix the EWT train trees confirm (the `adjective_suffix` rows
//! of `data/syntax/label_conventions.tsv`: "-ous", "-ive", "-ed"…, but not the listed
//! non-adjectival endings such as "-eed") and modifies a following noun is `amod` there in
//! 95% or more of uses; such a `compound` is relabelled `amod`. Only the label changes (the
//! tag is left to the tagger, so the readers of tags see what they saw).
use std::collections::HashSet;
use std::sync::OnceLock;

use super::convention_keys;
use crate::nlp::syntax::Word;

/// Shortest word the suffixes are read on (as in the derivation).
const MIN_LENGTH: usize = 5;

/// The adjective suffixes and the longer endings excluded from them.
fn suffixes() -> &'static (HashSet<&'static str>, HashSet<&'static str>) {
    static SETS: OnceLock<(HashSet<&'static str>, HashSet<&'static str>)> = OnceLock::new();
    SETS.get_or_init(|| {
        (
            convention_keys("adjective_suffix"),
            convention_keys("adjective_suffix_not"),
        )
    })
}

/// The repaired sentence, or `None` when no suffixed word is a `compound` before its noun.
pub(super) fn derived_adjective(words: &[Word]) -> Option<Vec<Word>> {
    super::relabel(words, is_suffixed_modifier, "amod")
}

/// Word `i` is a `compound` of a following noun with an adjective suffix.
fn is_suffixed_modifier(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    let head = w.head as usize;
    w.deprel == "compound"
        && head > i + 1
        && matches!(words[head - 1].upos.as_str(), "NOUN" | "PROPN")
        && has_adjective_suffix(&w.form.to_lowercase())
}

/// The word ends in a kept suffix and not in an excluded longer ending.
fn has_adjective_suffix(lower: &str) -> bool {
    let (keep, not) = suffixes();
    let ending = |n: usize| {
        lower
            .char_indices()
            .rev()
            .nth(n - 1)
            .map(|(at, _)| &lower[at..])
    };
    lower.chars().count() >= MIN_LENGTH
        && (2..=5).any(|n| ending(n).is_some_and(|e| keep.contains(e)))
        && !(3..=6).any(|n| ending(n).is_some_and(|e| not.contains(e)))
}
