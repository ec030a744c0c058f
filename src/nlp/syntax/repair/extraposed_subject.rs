//! "It" before an extraposed clausal subject. In "it is hard to say" or "it was clear
//! that talks had failed" the clause is the subject (`csubj`) and "it" a placeholder,
//! `expl` in UD (all 135 such "it" in the EWT train trees whose copular predicate has a
//! `csubj`). When the parser finds the `csubj` but labels "it" `nsubj`, "it" is
//! relabelled `expl`. Only the label changes.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no "it" shares its predicate with a `csubj`.
pub(super) fn extraposed_subject(words: &[Word]) -> Option<Vec<Word>> {
    super::relabel(words, is_placeholder, "expl")
}

/// Word `i` is "it", `nsubj` of a predicate with a copula and a clausal subject.
fn is_placeholder(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    let Some(h) = (w.head as usize).checked_sub(1) else {
        return false;
    };
    w.deprel == "nsubj"
        && w.form.eq_ignore_ascii_case("it")
        && super::has_dependent_exact(words, h, "cop")
        && super::has_dependent_exact(words, h, "csubj")
}
