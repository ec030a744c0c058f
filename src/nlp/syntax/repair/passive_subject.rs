//! The subject of a passive verb labelled as an active one. In UD a verb with a passive
//! auxiliary (`aux:pass`: "was signed", "has been closed") has an `nsubj:pass`, never an
//! `nsubj` (all 1,150 such subjects in the EWT train trees); the parser sometimes labels
//! the auxiliary right and the subject wrong. Such an `nsubj` is relabelled `nsubj:pass`.
//! Only the label changes.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no verb with `aux:pass` has an `nsubj`.
pub(super) fn passive_subject(words: &[Word]) -> Option<Vec<Word>> {
    let found: Vec<usize> = (0..words.len())
        .filter(|&i| {
            let w = &words[i];
            w.deprel == "nsubj"
                && (w.head as usize)
                    .checked_sub(1)
                    .is_some_and(|h| super::has_dependent_exact(words, h, "aux:pass"))
        })
        .collect();
    if found.is_empty() {
        return None;
    }
    let mut out = words.to_vec();
    for i in found {
        out[i].deprel = "nsubj:pass".into();
    }
    Some(out)
}
