//! A subject hung on an auxiliary. In "Ruritania has refused to join" a parser may make
//! "Ruritania" the subject of "has", which is itself only an auxiliary of "refused"; a
//! reader that looks for the subject of the verb finds none. An auxiliary or copula
//! heads nothing of the clause: its subject belongs to the word it is the auxiliary of.
use super::rehang;
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no subject hangs on an auxiliary.
pub(super) fn subject_on_auxiliary(words: &[Word]) -> Option<Vec<Word>> {
    let moved: Vec<(usize, usize, String)> = (0..words.len())
        .filter_map(|i| Some((i, misplaced(words, i)?, words[i].deprel.clone())))
        .collect();
    let moves: Vec<(usize, usize)> = moved.iter().map(|&(i, h, _)| (i, h)).collect();
    let mut out = rehang(words, &moves, "nsubj")?;
    for (i, _, rel) in moved {
        out[i].deprel = rel; // "nsubj:pass" stays passive
    }
    Some(out)
}

/// The word subject `i` belongs to: the head of the auxiliary it hangs on.
fn misplaced(words: &[Word], i: usize) -> Option<usize> {
    if words[i].deprel.split(':').next() != Some("nsubj") {
        return None;
    }
    let aux = (words[i].head as usize).checked_sub(1)?;
    let function = matches!(words[aux].deprel.as_str(), "aux" | "aux:pass" | "cop");
    let verb = (words[aux].head as usize).checked_sub(1)?;
    (function && verb != i).then_some(verb)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::test_words as words;

    // "Ruritania has refused talks ." with the subject on "has"
    const REFUSED: [(&str, &str, &str, u32, &str); 5] = [
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        ("has", "VBZ", "AUX", 3, "aux"),
        ("refused", "VBN", "VERB", 0, "root"),
        ("talks", "NNS", "NOUN", 3, "obj"),
        (".", ".", "PUNCT", 3, "punct"),
    ];

    #[test]
    fn a_subject_on_an_auxiliary_moves_to_its_verb() {
        let fixed = subject_on_auxiliary(&words(&REFUSED)).expect("repaired");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (3, "nsubj"));
        let mut rows = REFUSED.to_vec();
        rows[0].4 = "nsubj:pass";
        rows[1] = ("was", "VBD", "AUX", 3, "aux:pass");
        let fixed = subject_on_auxiliary(&words(&rows)).expect("repaired");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (3, "nsubj:pass"));
    }

    #[test]
    fn a_subject_of_a_verb_or_of_a_main_have_is_left() {
        let mut rows = REFUSED.to_vec();
        rows[0].3 = 3;
        assert!(subject_on_auxiliary(&words(&rows)).is_none());
        // "has" as the main verb ("Ruritania has talks")
        let rows = [
            ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
            ("has", "VBZ", "VERB", 0, "root"),
            ("talks", "NNS", "NOUN", 2, "obj"),
        ];
        assert!(subject_on_auxiliary(&words(&rows)).is_none());
    }
}
