//! A month read as a compound of its day. "On October 4th", "November 22nd": in UD
//! English-EWT the ordinal day heads the date and the month before it is its
//! `nmod:unmarked` (27 of 27 such months in the train trees), while the parser labels it
//! `compound` like a noun modifier. A month (the `month` list of
//! `data/lexicon/frames.txt`) labelled `compound` of the ordinal right after it
//! ("4th", "22nd") is relabelled. Only the label changes.
use std::collections::HashSet;
use std::sync::OnceLock;

use crate::nlp::syntax::Word;

/// The month names, lower case.
fn months() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        crate::nlp::lexicon::cue_line(super::LISTS, "month")
            .unwrap_or_default()
            .into_iter()
            .map(|m| m.to_lowercase())
            .collect()
    })
}

/// The repaired sentence, or `None` when no month is a compound of its day.
pub(super) fn month_day(words: &[Word]) -> Option<Vec<Word>> {
    super::relabel(words, is_month_of_day, "nmod:unmarked")
}

/// Word `i` is a month, `compound` of the ordinal that follows it.
fn is_month_of_day(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    w.deprel == "compound"
        && w.head as usize == i + 2
        && words.get(i + 1).is_some_and(|day| is_ordinal(&day.form))
        && months().contains(&w.form.to_lowercase())
}

/// A day written as digits and an ordinal ending: "4th", "22nd", "1st", "3rd".
fn is_ordinal(form: &str) -> bool {
    let lower = form.to_lowercase();
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let ending = &lower[digits.len()..];
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(ending, "st" | "nd" | "rd" | "th")
}
