//! An object read as a second subject: "A urged the United States on Monday to …", "A
//! criticised the United Nations", parsed with the name after the verb as another `nsubj` of
//! that verb. An active verb has one subject, and in a declarative clause it comes first; a
//! noun phrase that starts right after the verb, while the verb already has a subject before
//! it, is the verb's object. Not when the noun opens a clause of its own ("said New Delhi
//! had …": an auxiliary or a verb follows the phrase), and not when the verb already has an
//! object.
use crate::nlp::syntax::Word;

use super::has_dependent;

/// The repaired sentence, or `None` when no subject follows its verb so.
pub(super) fn object_as_subject(words: &[Word]) -> Option<Vec<Word>> {
    let nouns: Vec<usize> = (0..words.len()).filter(|&n| misread(words, n)).collect();
    if nouns.is_empty() {
        return None;
    }
    let mut out = words.to_vec();
    for n in nouns {
        out[n].deprel = "obj".into();
    }
    Some(out)
}

/// Word `n` is a nominal `nsubj` after its verb, the first word of its phrase right after the
/// verb, the verb has a subject before it and no object, and no verb follows the phrase.
fn misread(words: &[Word], n: usize) -> bool {
    let w = &words[n];
    if w.deprel != "nsubj" || !matches!(w.upos.as_str(), "NOUN" | "PROPN") {
        return false;
    }
    let Some(v) = (w.head as usize).checked_sub(1) else {
        return false;
    };
    if v >= n || words[v].upos != "VERB" || has_dependent(words, v, "obj") {
        return false;
    }
    let earlier_subject =
        (0..v).any(|s| words[s].head as usize == v + 1 && words[s].deprel == "nsubj");
    let phrase_follows_verb = (v + 1..n).all(|k| descends_from(words, k, n));
    let opens_clause = words
        .get(n + 1)
        .is_some_and(|x| matches!(x.upos.as_str(), "AUX" | "VERB"));
    earlier_subject && phrase_follows_verb && !opens_clause
}

/// Word `k` hangs, directly or through a few heads, on word `n` (all 0-based).
pub(super) fn descends_from(words: &[Word], k: usize, n: usize) -> bool {
    let mut h = words[k].head as usize;
    // a noun phrase is shallow: a determiner, modifiers, a compound
    for _ in 0..4 {
        if h == n + 1 {
            return true;
        }
        match h.checked_sub(1) {
            Some(i) => h = words[i].head as usize,
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::nlp::frames::repair::repaired;
    use crate::nlp::frames::repair::test_words as words;

    // "Ruritania urged the United Federation on Monday to leave ."
    const URGED: [(&str, &str, &str, u32, &str); 11] = [
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        ("urged", "VBD", "VERB", 0, "root"),
        ("the", "DT", "DET", 5, "det"),
        ("United", "JJ", "ADJ", 5, "amod"),
        ("Federation", "NNP", "PROPN", 2, "nsubj"),
        ("on", "IN", "ADP", 7, "case"),
        ("Monday", "NNP", "PROPN", 2, "obl"),
        ("to", "TO", "PART", 9, "mark"),
        ("leave", "VB", "VERB", 2, "advcl"),
        ("soon", "RB", "ADV", 9, "advmod"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_subject_right_after_the_verb_that_has_one_is_its_object() {
        let out = repaired(&words(&URGED)).into_owned();
        assert_eq!((out[4].head, out[4].deprel.as_str()), (2, "obj"));
        assert_eq!(out[0].deprel, "nsubj");
    }

    #[test]
    fn a_subject_that_opens_a_clause_or_an_inverted_one_stays() {
        // "Ruritania said the United Federation would leave": a clause's subject
        let mut rows = URGED;
        rows[1] = ("said", "VBD", "VERB", 0, "root");
        rows[5] = ("would", "MD", "AUX", 9, "aux");
        let out = repaired(&words(&rows)).into_owned();
        assert_eq!(out[4].deprel, "nsubj");
        // "… , said the United Federation": no subject before the verb
        let mut rows = URGED;
        rows[0] = ("Ruritania", "NNP", "PROPN", 2, "dep");
        let out = repaired(&words(&rows)).into_owned();
        assert_eq!(out[4].deprel, "nsubj");
        // the verb has an object already
        let mut rows = URGED;
        rows[9] = ("peace", "NN", "NOUN", 2, "obj");
        let out = repaired(&words(&rows)).into_owned();
        assert_eq!(out[4].deprel, "nsubj");
    }
}
