//! A participle clause hung on a comma. After "the minister thanked X on Monday, thanking
//! Y for …" the parser may make the comma the participle's head, which no reader of the
//! tree follows (a punctuation mark heads nothing in UD). The participle (an `-ing` or
//! `-ed` verb under `acl` or `advcl`) belongs to the nearest verb above the comma, as an
//! adverbial clause.
use super::{ancestors, rehang};
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no participle hangs on a punctuation mark.
pub(super) fn participle_on_comma(words: &[Word]) -> Option<Vec<Word>> {
    let moves: Vec<(usize, usize)> = (0..words.len())
        .filter_map(|i| Some((i, misplaced(words, i)?)))
        .collect();
    rehang(words, &moves, "advcl")
}

/// The verb word `i` should hang on: `i` is a participle clause headed by a punctuation
/// mark, and the verb is the nearest verb ancestor of that mark.
fn misplaced(words: &[Word], i: usize) -> Option<usize> {
    let w = &words[i];
    let participle = matches!(w.xpos.as_str(), "VBG" | "VBN") && w.upos == "VERB";
    if !participle || !matches!(w.deprel.as_str(), "acl" | "advcl") {
        return None;
    }
    let mark = (w.head as usize).checked_sub(1)?;
    if words[mark].upos != "PUNCT" {
        return None;
    }
    // the participle itself above the mark: a cycle, no verb to move to
    ancestors(words, mark)
        .take_while(|&at| at != i)
        .find(|&at| matches!(words[at].upos.as_str(), "VERB" | "AUX") && words[at].xpos != "VBG")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::test_words as words;

    // "The minister thanked Ruritania on Monday , thanking its king ." with the
    // participle under the comma, the comma under the day
    const THANKS: [(&str, &str, &str, u32, &str); 11] = [
        ("The", "DT", "DET", 2, "det"),
        ("minister", "NN", "NOUN", 3, "nsubj"),
        ("thanked", "VBD", "VERB", 0, "root"),
        ("Ruritania", "NNP", "PROPN", 3, "obj"),
        ("on", "IN", "ADP", 6, "case"),
        ("Monday", "NNP", "PROPN", 3, "obl"),
        (",", ",", "PUNCT", 6, "punct"),
        ("thanking", "VBG", "VERB", 7, "acl"),
        ("its", "PRP$", "PRON", 10, "nmod:poss"),
        ("king", "NN", "NOUN", 8, "obj"),
        (".", ".", "PUNCT", 3, "punct"),
    ];

    #[test]
    fn a_participle_under_a_comma_moves_to_the_verb_above_it() {
        let fixed = participle_on_comma(&words(&THANKS)).expect("repaired");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (3, "advcl"));
        assert_eq!(fixed[9].head, 8, "its object stays with it");
    }

    #[test]
    fn a_participle_on_a_word_or_a_noun_under_a_comma_is_left() {
        let mut rows = THANKS.to_vec();
        rows[7] = ("thanking", "VBG", "VERB", 3, "advcl");
        assert!(participle_on_comma(&words(&rows)).is_none());
        let mut rows = THANKS.to_vec();
        rows[7] = ("thanks", "NNS", "NOUN", 7, "appos");
        assert!(participle_on_comma(&words(&rows)).is_none());
    }
}
