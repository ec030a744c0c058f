//! A perfect or passive participle read as an adjective of its object. In "Ruritania has
//! imposed sanctions on …" a parser may read "imposed" as a modifier (`amod`) of
//! "sanctions" and make the noun the head of the sentence, so the clause has no verb. A
//! word with an auxiliary of its own is a verb, never a noun's modifier: the participle
//! takes the noun's place in the tree, the noun becomes its object, and what hung on the
//! noun as a part of the clause (subject, punctuation, adverbials) moves to the verb.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no modifier has an auxiliary.
pub(super) fn perfect_as_modifier(words: &[Word]) -> Option<Vec<Word>> {
    let (verb, noun) = (0..words.len()).find_map(|i| Some((i, misplaced(words, i)?)))?;
    let mut out = words.to_vec();
    out[verb].head = words[noun].head;
    out[verb].deprel = words[noun].deprel.clone();
    out[noun].head = verb as u32 + 1;
    out[noun].deprel = "obj".into();
    for (k, w) in out.iter_mut().enumerate() {
        if k != verb && w.head as usize == noun + 1 && clause_level(&w.deprel) {
            w.head = verb as u32 + 1;
        }
    }
    Some(out)
}

/// The noun participle `i` was hung on: `i` is an `amod` before its noun, with an
/// auxiliary ("has", "have", "had") of its own before it.
fn misplaced(words: &[Word], i: usize) -> Option<usize> {
    let w = &words[i];
    if w.deprel != "amod" || !matches!(w.xpos.as_str(), "VBN" | "VBD") {
        return None;
    }
    let noun = (w.head as usize).checked_sub(1)?;
    let perfect = words.iter().enumerate().any(|(k, a)| {
        k < i
            && a.head as usize == i + 1
            && a.deprel == "aux"
            && HAVE.contains(&a.form.to_lowercase().as_str())
    });
    (perfect && noun > i && matches!(words[noun].upos.as_str(), "NOUN" | "PROPN")).then_some(noun)
}

/// The forms of "have" as a perfect auxiliary (lemmas are not set when repairs run).
const HAVE: [&str; 5] = ["has", "have", "had", "'ve", "having"];

/// Relations of the clause, not of the noun phrase.
fn clause_level(rel: &str) -> bool {
    matches!(
        rel.split(':').next().unwrap_or(rel),
        "nsubj" | "aux" | "punct" | "advcl" | "advmod" | "obl" | "parataxis" | "ccomp" | "mark"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::test_words as words;

    // "Ruritania has imposed sanctions on Sylvania ." with "imposed" as a modifier of
    // "sanctions", the root
    const IMPOSED: [(&str, &str, &str, u32, &str); 7] = [
        ("Ruritania", "NNP", "PROPN", 4, "nsubj"),
        ("has", "VBZ", "AUX", 3, "aux"),
        ("imposed", "VBN", "VERB", 4, "amod"),
        ("sanctions", "NNS", "NOUN", 0, "root"),
        ("on", "IN", "ADP", 6, "case"),
        ("Sylvania", "NNP", "PROPN", 4, "nmod"),
        (".", ".", "PUNCT", 4, "punct"),
    ];

    #[test]
    fn a_participle_with_its_auxiliary_becomes_the_verb() {
        let fixed = perfect_as_modifier(&words(&IMPOSED)).expect("repaired");
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (0, "root"));
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (3, "obj"));
        assert_eq!(fixed[0].head, 3, "the subject goes to the verb");
        assert_eq!(fixed[6].head, 3, "so does the full stop");
        assert_eq!(fixed[5].head, 4, "the noun keeps its own modifier");
    }

    #[test]
    fn a_modifier_without_an_auxiliary_is_left() {
        // "the imposed sanctions"
        let mut rows = IMPOSED.to_vec();
        rows[1] = ("the", "DT", "DET", 4, "det");
        assert!(perfect_as_modifier(&words(&rows)).is_none());
    }
}
