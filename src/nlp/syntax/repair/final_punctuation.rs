//! The sentence's closing mark hung under a word inside it. In UD the full stop, "!" or
//! "?" that ends a sentence belongs to its root (9,464 of 9,599 in the EWT train trees,
//! 98.6%); the parser sometimes hangs it under the last clause or noun before it. A
//! sentence-final mark (tagged `.`, after a word that is not punctuation) of a tree with
//! one root is moved under that root. Only that mark's head changes.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when the closing mark is already the root's.
pub(super) fn final_punctuation(words: &[Word]) -> Option<Vec<Word>> {
    let [.., before, last] = words else {
        return None;
    };
    let mut roots = words.iter().enumerate().filter(|(_, w)| w.head == 0);
    let (Some((root, _)), None) = (roots.next(), roots.next()) else {
        return None;
    };
    let at = words.len() - 1;
    if last.xpos != "." || before.upos == "PUNCT" || root == at || last.head as usize == root + 1 {
        return None;
    }
    super::rehang(words, &[(at, root)], "punct")
}
