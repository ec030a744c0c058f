//! The subject of "there is" read as an object. "There have been talks", "there is a
//! painting on the wall": in UD the noun after existential "be" is its `nsubj` and "there"
//! its `expl`; the EWT train trees never give "be" an `obj` (344 nominals after such a
//! "be" are `nsubj`). The parser, seeing a noun after a verb, sometimes labels it `obj`. A
//! nominal `obj` of a verb "be" that has an `expl` is relabelled `nsubj`. Only the label
//! changes.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no existential "be" has an object.
pub(super) fn existential_subject(words: &[Word]) -> Option<Vec<Word>> {
    super::relabel(words, is_existential_object, "nsubj")
}

/// Word `i` is a nominal `obj` of a verb "be" with an `expl` dependent.
fn is_existential_object(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    let Some(h) = (w.head as usize).checked_sub(1) else {
        return false;
    };
    w.deprel == "obj"
        && matches!(w.upos.as_str(), "NOUN" | "PROPN" | "PRON" | "NUM")
        && words[h].upos == "VERB"
        && words[h].lemma == "be"
        && super::has_dependent_exact(words, h, "expl")
}
