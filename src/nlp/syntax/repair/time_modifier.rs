//! A bare time word read as an object. "The talks resumed Tuesday", "they met last week":
//! a day or a time noun with no preposition that dates a predicate is `obl:unmarked` in UD
//! (EWT's `obl:tmod`), but the parser often takes it for the verb's object. A news day
//! (the `news_day` list of `data/lexicon/frames.txt`) or a time noun after one of the
//! determiners of `data/syntax/label_conventions.tsv` ("this", "last", "every"…), labelled
//! `obj` or `obl` under a verb or adjective and with no `case` of its own, is relabelled.
//! So is such a time labelled `nsubj` beside another subject of the same predicate ("this
//! time the crew was safe"): a predicate has one subject, and the EWT train trees label
//! 191 of 192 time words beside a subject `obl:unmarked`, none `nsubj`.
//! Only the label changes.
use std::collections::HashSet;
use std::sync::OnceLock;

use super::convention_keys;
use crate::nlp::syntax::Word;

/// The news days, lower case (shared with `day_as_subject`'s list).
fn news_days() -> &'static HashSet<String> {
    static DAYS: OnceLock<HashSet<String>> = OnceLock::new();
    DAYS.get_or_init(|| {
        crate::nlp::lexicon::cue_line(super::LISTS, "news_day")
            .unwrap_or_default()
            .into_iter()
            .map(|d| d.to_lowercase())
            .collect()
    })
}

/// The time nouns and the determiners that make them a time ("last week").
fn time_words() -> &'static (HashSet<&'static str>, HashSet<&'static str>) {
    static SETS: OnceLock<(HashSet<&'static str>, HashSet<&'static str>)> = OnceLock::new();
    SETS.get_or_init(|| (convention_keys("time_noun"), convention_keys("time_det")))
}

/// The repaired sentence, or `None` when no bare time word is read as an object.
pub(super) fn time_modifier(words: &[Word]) -> Option<Vec<Word>> {
    super::relabel(words, is_bare_time, "obl:unmarked")
}

/// Word `i` is a day or a determined time noun, `obj`/`obl` of a predicate, with no `case`.
fn is_bare_time(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    let Some(head) = (w.head as usize).checked_sub(1).and_then(|h| words.get(h)) else {
        return false;
    };
    if !(matches!(w.deprel.as_str(), "obj" | "obl") || is_second_subject(words, i))
        || !matches!(head.upos.as_str(), "VERB" | "ADJ" | "AUX")
        || super::has_dependent(words, i, "case")
    {
        return false;
    }
    let lower = w.form.to_lowercase();
    news_days().contains(&lower) || is_determined_time(words, i, &lower)
}

/// A listed time noun with a listed determiner among its dependents ("every time").
fn is_determined_time(words: &[Word], i: usize, lower: &str) -> bool {
    let (nouns, dets) = time_words();
    words[i].upos == "NOUN"
        && nouns.contains(lower)
        && words
            .iter()
            .any(|d| d.head as usize == i + 1 && dets.contains(d.form.to_lowercase().as_str()))
}

/// Word `i` is an `nsubj` whose predicate has another subject (or an expletive).
fn is_second_subject(words: &[Word], i: usize) -> bool {
    let head = words[i].head;
    words[i].deprel == "nsubj"
        && words.iter().enumerate().any(|(j, d)| {
            j != i
                && d.head == head
                && matches!(d.deprel.as_str(), "nsubj" | "nsubj:pass" | "csubj" | "expl")
        })
}
