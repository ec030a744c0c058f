//! A verb's particle labelled as an adverb, or an adverb as a particle. UD English-EWT
//! labels the particle of a phrasal verb `compound:prt` ("carried out", "set up") and a
//! directional adverb `advmod` ("came in"), and the same word can be either with another
//! verb. Where the train trees always label a (verb lemma, word) pair one way (the
//! `particle` rows of `data/syntax/label_conventions.tsv`), a dependent of that verb
//! labelled the other way takes the pair's label. Only the label changes.
use std::collections::HashMap;
use std::sync::OnceLock;

use super::convention_rows;
use crate::nlp::syntax::Word;

/// "lemma\tword" → the label the train trees give it.
fn pairs() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        convention_rows("particle")
            .filter_map(|row| row.rsplit_once('\t'))
            .collect()
    })
}

/// The repaired sentence, or `None` when every listed pair already has its label.
pub(super) fn particle_label(words: &[Word]) -> Option<Vec<Word>> {
    let found: Vec<(usize, &str)> = (0..words.len())
        .filter_map(|i| Some((i, relabel(words, i)?)))
        .collect();
    if found.is_empty() {
        return None;
    }
    let mut out = words.to_vec();
    for (i, label) in found {
        out[i].deprel = label.into();
    }
    Some(out)
}

/// The label word `i` should have, when it differs from the one it has.
fn relabel(words: &[Word], i: usize) -> Option<&'static str> {
    let w = &words[i];
    if !matches!(w.deprel.as_str(), "compound:prt" | "advmod") {
        return None;
    }
    let head = words.get((w.head as usize).checked_sub(1)?)?;
    if head.upos != "VERB" {
        return None;
    }
    let key = format!("{}\t{}", head.lemma.to_lowercase(), w.form.to_lowercase());
    pairs()
        .get(key.as_str())
        .copied()
        .filter(|&label| label != w.deprel)
}
