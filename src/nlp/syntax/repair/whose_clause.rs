//! A "whose" relative clause hung on a verb. In "demanded that Y free the men whose boat
//! was seized by …" the parser may make the relative clause's verb an adverbial clause of
//! the main (or a complement) verb, so the relative clause describes no one. A clause
//! opened by "whose" right after a noun (or a noun and a comma) modifies that noun: its
//! verb is moved there as `acl:relcl`.
use super::{ancestors, rehang};
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when every "whose" clause hangs on its noun already.
pub(super) fn whose_clause(words: &[Word]) -> Option<Vec<Word>> {
    let moves: Vec<(usize, usize)> = (1..words.len())
        .filter_map(|i| misplaced(words, i))
        .collect();
    rehang(words, &moves, "acl:relcl")
}

/// (verb, noun): word `i` is "whose" after the noun `noun`, inside a clause whose verb
/// hangs on another verb under a relation a relative clause would not have.
fn misplaced(words: &[Word], i: usize) -> Option<(usize, usize)> {
    if words[i].xpos != "WP$" {
        return None;
    }
    let noun = if words[i - 1].upos == "PUNCT" && words[i - 1].form == "," && i >= 2 {
        i - 2
    } else {
        i - 1
    };
    if !matches!(words[noun].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    // "whose" belongs to the noun it possesses, which belongs to the clause's verb
    let possessed = (words[i].head as usize).checked_sub(1)?;
    let verb = (words[possessed].head as usize).checked_sub(1)?;
    let w = &words[verb];
    let verbal = matches!(w.upos.as_str(), "VERB" | "AUX" | "ADJ");
    let wrong = matches!(w.deprel.as_str(), "advcl" | "ccomp" | "parataxis" | "conj");
    let head = (w.head as usize).checked_sub(1)?;
    let under_verb = matches!(words[head].upos.as_str(), "VERB" | "AUX");
    (verbal && wrong && under_verb && verb > i && !dominates(words, verb, noun))
        .then_some((verb, noun))
}

/// Word `top` is `w` or one of its ancestors (moving `top` under `w` would close a cycle).
fn dominates(words: &[Word], top: usize, w: usize) -> bool {
    w == top || ancestors(words, w).any(|at| at == top)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::test_words as words;

    // "Ruritania demanded that Sylvania free the men whose boat was seized ." with the
    // relative clause read as an adverbial clause of "free"
    const BOAT: [(&str, &str, &str, u32, &str); 12] = [
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        ("demanded", "VBD", "VERB", 0, "root"),
        ("that", "IN", "SCONJ", 5, "mark"),
        ("Sylvania", "NNP", "PROPN", 5, "nsubj"),
        ("free", "VB", "VERB", 2, "ccomp"),
        ("the", "DT", "DET", 7, "det"),
        ("men", "NNS", "NOUN", 5, "obj"),
        ("whose", "WP$", "PRON", 9, "nmod:poss"),
        ("boat", "NN", "NOUN", 11, "nsubj:pass"),
        ("was", "VBD", "AUX", 11, "aux:pass"),
        ("seized", "VBN", "VERB", 5, "advcl"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_whose_clause_hung_on_a_verb_moves_to_its_noun() {
        let fixed = whose_clause(&words(&BOAT)).expect("repaired");
        assert_eq!(
            (fixed[10].head, fixed[10].deprel.as_str()),
            (7, "acl:relcl")
        );
        // after a comma the noun before the comma is the one described
        let mut rows = BOAT.to_vec();
        rows.insert(7, (",", ",", "PUNCT", 7, "punct"));
        for r in rows.iter_mut() {
            if r.3 >= 8 {
                r.3 += 1;
            }
        }
        let fixed = whose_clause(&words(&rows)).expect("repaired");
        assert_eq!(
            (fixed[11].head, fixed[11].deprel.as_str()),
            (7, "acl:relcl")
        );
    }

    #[test]
    fn a_right_whose_clause_or_one_over_its_noun_is_left() {
        let mut rows = BOAT.to_vec();
        rows[10] = ("seized", "VBN", "VERB", 7, "acl:relcl");
        assert!(whose_clause(&words(&rows)).is_none());
        // the noun under the clause's verb: moving the verb would close a cycle
        let mut rows = BOAT.to_vec();
        rows[6] = ("men", "NNS", "NOUN", 11, "obl");
        rows[10] = ("seized", "VBN", "VERB", 5, "advcl");
        assert!(whose_clause(&words(&rows)).is_none());
        // "whose" after no noun (a question) is left
        let mut rows = BOAT.to_vec();
        rows[6] = ("them", "PRP", "PRON", 5, "obj");
        assert!(whose_clause(&words(&rows)).is_none());
    }
}
