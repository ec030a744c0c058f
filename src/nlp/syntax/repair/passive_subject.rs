//! The subject of a passive verb labelled as an active one. In UD a verb with a passive
//! auxiliary (`aux:pass`: "was signed", "has been closed") has an `nsubj:pass`, never an
//! `nsubj` (all 1,150 such subjects in the EWT train trees); the parser sometimes labels
//! the auxiliary right and the subject wrong. Such an `nsubj` is relabelled `nsubj:pass`.
//! Only the label changes.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no verb with `aux:pass` has an `nsubj`.
pub(super) fn passive_subject(words: &[Word]) -> Option<Vec<Word>> {
    super::relabel(words, is_active_subject_of_passive, "nsubj:pass")
}

/// Word `i` is an `nsubj` whose head has a passive auxiliary.
fn is_active_subject_of_passive(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    w.deprel == "nsubj"
        && (w.head as usize)
            .checked_sub(1)
            .is_some_and(|h| super::has_dependent_exact(words, h, "aux:pass"))
}
