//! A description after a finished list read as one more conjunct: "A and B, C's largest
//! neighbours, offered help" parsed with "neighbours" as a third conjunct of A. A list is
//! finished at the conjunct that carries "and" / "or"; a plural common noun after it, set
//! off by a comma and with no conjunction of its own, describes the whole list (UD `appos`).
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no conjunct follows a finished list.
pub(super) fn appositive_list(words: &[Word]) -> Option<Vec<Word>> {
    let x = (1..words.len()).find(|&x| describes_list(words, x))?;
    let mut out = words.to_vec();
    out[x].deprel = "appos".into();
    Some(out)
}

/// Word `x` is a plural common-noun conjunct, right after a comma, with no `cc` of its own,
/// after an earlier conjunct of the same head that has one.
fn describes_list(words: &[Word], x: usize) -> bool {
    let w = &words[x];
    let (xn, head) = (x as u32 + 1, w.head);
    let has_cc = |k: u32| words.iter().any(|c| c.head == k && c.deprel == "cc");
    let starts_after_comma = (0..x)
        .rev()
        .find(|&k| !under(words, k, xn) || words[k].deprel == "punct")
        .is_some_and(|k| words[k].form == ",");
    let finished = words[..x]
        .iter()
        .enumerate()
        .any(|(k, c)| c.head == head && c.deprel == "conj" && has_cc(k as u32 + 1));
    w.deprel == "conj"
        && w.upos == "NOUN"
        && w.xpos == "NNS"
        && !has_cc(xn)
        && starts_after_comma
        && finished
}

/// Is word `k` (0-based) in the subtree of word number `top` (1-based)? Shared with
/// `counted_list`.
pub(super) fn under(words: &[Word], k: usize, top: u32) -> bool {
    let mut h = words[k].head;
    for _ in 0..words.len() {
        if h == top {
            return true;
        }
        match (h as usize).checked_sub(1) {
            Some(i) => h = words[i].head,
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Ruritania and Freedonia, Sylvania's nearest partners, have both offered aid."
    const DESCRIBED: [(&str, &str, &str, u32, &str); 14] = [
        ("Ruritania", "NNP", "PROPN", 12, "nsubj"),
        ("and", "CC", "CCONJ", 3, "cc"),
        ("Freedonia", "NNP", "PROPN", 1, "conj"),
        (",", ",", "PUNCT", 8, "punct"),
        ("Sylvania", "NNP", "PROPN", 8, "nmod:poss"),
        ("'s", "POS", "PART", 5, "case"),
        ("nearest", "JJS", "ADJ", 8, "amod"),
        ("partners", "NNS", "NOUN", 1, "conj"),
        (",", ",", "PUNCT", 1, "punct"),
        ("have", "VBP", "AUX", 12, "aux"),
        ("both", "RB", "ADV", 12, "advmod"),
        ("offered", "VBN", "VERB", 0, "root"),
        ("aid", "NN", "NOUN", 12, "obj"),
        (".", ".", "PUNCT", 12, "punct"),
    ];

    #[test]
    fn a_plural_noun_after_a_finished_list_describes_it() {
        let fixed = appositive_list(&words(&DESCRIBED)).expect("repaired");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (1, "appos"));
        assert_eq!(fixed[2].deprel, "conj");
    }

    #[test]
    fn a_last_conjunct_with_its_own_and_stays() {
        // "Ruritania, Freedonia and the partners offered aid."
        let rows = [
            ("Ruritania", "NNP", "PROPN", 6, "nsubj"),
            (",", ",", "PUNCT", 3, "punct"),
            ("Freedonia", "NNP", "PROPN", 1, "conj"),
            ("and", "CC", "CCONJ", 5, "cc"),
            ("partners", "NNS", "NOUN", 1, "conj"),
            ("offered", "VBD", "VERB", 0, "root"),
            ("aid", "NN", "NOUN", 6, "obj"),
        ];
        assert!(appositive_list(&words(&rows)).is_none());
    }
}
