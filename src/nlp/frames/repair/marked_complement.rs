//! A clause opened by "after", "before", "since", "until" or "once" is an adverbial, never
//! a verb's complement: "Ruritania protested after two patrol boats blocked a survey ship"
//! is often parsed with "blocked" as the complement (`ccomp`) of "protested" and "after"
//! as its mark. The frames then read the act as what was protested, and code no act of
//! its own; as an adverbial it is coded in its own right, with its own subject (branch
//! after2). "because" is left out: "said it was because …" takes a clause as complement.
use crate::nlp::syntax::Word;

/// Conjunctions that open a time clause.
const TIME_MARKS: [&str; 5] = ["after", "before", "since", "until", "once"];

/// The repaired sentence, or `None` when no complement carries such a mark.
pub(super) fn marked_complement(words: &[Word]) -> Option<Vec<Word>> {
    let clauses: Vec<usize> = (0..words.len())
        .filter(|&v| time_marked(words, v))
        .collect();
    if clauses.is_empty() {
        return None;
    }
    let mut out = words.to_vec();
    for v in clauses {
        out[v].deprel = "advcl".into();
    }
    Some(out)
}

/// Is word `v` (0-based) a verb's complement clause whose own mark is a time conjunction
/// that stands first in the clause (before its subject)?
fn time_marked(words: &[Word], v: usize) -> bool {
    let w = &words[v];
    if w.deprel != "ccomp" || w.upos != "VERB" {
        return false;
    }
    let head_is_verb = (w.head as usize)
        .checked_sub(1)
        .and_then(|h| words.get(h))
        .is_some_and(|h| h.upos == "VERB");
    let kids = || {
        words
            .iter()
            .enumerate()
            .filter(|(_, k)| k.head as usize == v + 1)
    };
    let mark = kids().find(|(_, k)| k.deprel == "mark");
    let first = kids().map(|(i, _)| i).min();
    head_is_verb
        && mark.is_some_and(|(i, k)| {
            Some(i) == first && TIME_MARKS.iter().any(|m| k.form.eq_ignore_ascii_case(m))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Ruritania protested after two patrol boats blocked a survey ship." with "blocked" the
    // complement of "protested"
    const MISREAD: [(&str, &str, &str, u32, &str); 11] = [
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        ("protested", "VBD", "VERB", 0, "root"),
        ("after", "IN", "SCONJ", 7, "mark"),
        ("two", "CD", "NUM", 6, "nummod"),
        ("patrol", "NN", "NOUN", 6, "compound"),
        ("boats", "NNS", "NOUN", 7, "nsubj"),
        ("blocked", "VBD", "VERB", 2, "ccomp"),
        ("a", "DT", "DET", 10, "det"),
        ("survey", "NN", "NOUN", 10, "compound"),
        ("ship", "NN", "NOUN", 7, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_time_clause_is_an_adverbial() {
        let fixed = marked_complement(&words(&MISREAD)).expect("repaired");
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (2, "advcl"));
    }

    #[test]
    fn a_that_clause_stays_a_complement() {
        let mut rows = MISREAD.to_vec();
        rows[2].0 = "that";
        assert!(marked_complement(&words(&rows)).is_none());
    }
}
