//! A predicative complement read as an object. "She became a minister", "the border
//! remained calm": after a linking verb the noun or adjective is the verb's `xcomp` in UD
//! English-EWT, not its object, but the parser often labels it `obj`. A bare nominal or
//! adjective labelled `obj` after a verb form that the EWT train trees always complete
//! this way (the `predicative` rows of `data/syntax/label_conventions.tsv`: "become",
//! "remained", "seems"…) is relabelled `xcomp`. Only the label changes.
use std::collections::HashSet;
use std::sync::OnceLock;

use super::convention_keys;
use crate::nlp::syntax::Word;

/// The linking verb forms, lower case.
fn linking_forms() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| convention_keys("predicative"))
}

/// The repaired sentence, or `None` when no linking verb has an object.
pub(super) fn predicative_complement(words: &[Word]) -> Option<Vec<Word>> {
    super::relabel(words, is_predicative_object, "xcomp")
}

/// Word `i` is a nominal or adjective `obj` after a listed linking verb form.
fn is_predicative_object(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    let head = w.head as usize;
    w.deprel == "obj"
        && (1..=i).contains(&head)
        && matches!(w.upos.as_str(), "NOUN" | "PROPN" | "PRON" | "NUM" | "ADJ")
        && matches!(words[head - 1].upos.as_str(), "VERB" | "AUX")
        && linking_forms().contains(words[head - 1].form.to_lowercase().as_str())
}
