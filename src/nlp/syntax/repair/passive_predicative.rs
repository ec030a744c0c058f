//! A predicative complement of a passive read as an object. "He was named envoy", "the
//! plan is considered a threat": the noun after the passive of a naming or judging verb
//! is its `xcomp` in UD English-EWT (the object of the active became the subject), but the
//! parser labels it `obj`. A bare nominal or adjective labelled `obj` after a verb with an
//! `aux:pass` whose lemma the EWT train trees always complete this way (the
//! `passive_predicative` rows of `data/syntax/label_conventions.tsv`: "call", "name",
//! "consider"…) is relabelled `xcomp`. Verbs with two objects ("was given a medal") keep
//! theirs: train shows them with `obj`, so they are not listed. Only the label changes.
use std::collections::HashSet;
use std::sync::OnceLock;

use super::convention_keys;
use crate::nlp::syntax::Word;

/// The verb lemmas whose passive takes a predicative complement.
fn passive_lemmas() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| convention_keys("passive_predicative"))
}

/// The repaired sentence, or `None` when no listed passive has an object.
pub(super) fn passive_predicative(words: &[Word]) -> Option<Vec<Word>> {
    super::relabel(words, is_passive_object, "xcomp")
}

/// Word `i` is a nominal or adjective `obj` after a listed verb with a passive auxiliary.
fn is_passive_object(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    let head = w.head as usize;
    w.deprel == "obj"
        && (1..=i).contains(&head)
        && matches!(w.upos.as_str(), "NOUN" | "PROPN" | "PRON" | "NUM" | "ADJ")
        && words[head - 1].upos == "VERB"
        && passive_lemmas().contains(words[head - 1].lemma.as_str())
        && super::has_dependent_exact(words, head - 1, "aux:pass")
}
