//! The infinitive of "too"/"enough" read as a complement. "Too weak to win", "strong enough
//! to hold": in UD the infinitive that completes a degree word is an adverbial clause
//! (`advcl`) of the predicate the degree word modifies, not its `xcomp` (21 of 22 such
//! infinitives in the EWT train trees). An infinitive (with "to") labelled `xcomp` after a
//! predicate that has "too" or "enough" as an `advmod` is relabelled `advcl`. Only the
//! label changes.
use crate::nlp::syntax::Word;

/// The degree words whose infinitive is a clause of their predicate (closed class, as "it"
/// in `extraposed_subject`).
const DEGREE_WORDS: [&str; 2] = ["too", "enough"];

/// The repaired sentence, or `None` when no degree word's predicate has an infinitive.
pub(super) fn degree_clause(words: &[Word]) -> Option<Vec<Word>> {
    super::relabel(words, is_degree_infinitive, "advcl")
}

/// Word `i` is a "to" infinitive `xcomp` after a predicate modified by "too"/"enough".
fn is_degree_infinitive(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    let head = w.head as usize;
    w.deprel == "xcomp"
        && (1..=i).contains(&head)
        && has_dependent_word(words, i, "mark", &["to"])
        && has_dependent_word(words, head - 1, "advmod", &DEGREE_WORDS)
}

/// Word `v` (0-based) has a dependent labelled `rel` whose form is one of `forms`.
fn has_dependent_word(words: &[Word], v: usize, rel: &str, forms: &[&str]) -> bool {
    words.iter().any(|d| {
        d.head as usize == v + 1
            && d.deprel == rel
            && forms.contains(&d.form.to_lowercase().as_str())
    })
}
