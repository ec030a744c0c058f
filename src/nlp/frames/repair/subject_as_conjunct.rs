//! The subject of a second clause read as a conjunct of the first clause's object: "A
//! welcomed the accord, and the UN mission said it stood ready …" parsed with "mission" as a
//! conjunct of "accord", "said" as the root with no subject and "welcomed" as its `ccomp`.
//! A speech root with no subject of its own after ", and NOUN …" is that noun's verb: the
//! first clause is the root, the second its conjunct with the noun as subject.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no clause subject is read as an object's conjunct.
pub(super) fn subject_as_conjunct(words: &[Word]) -> Option<Vec<Word>> {
    let r = words.iter().position(|w| w.head == 0)?;
    let kid = |h: usize, rel: &str| (0..words.len()).find(|&k| under(words, k, h, rel));
    if words[r].upos != "VERB" || kid(r, "nsubj").is_some() || kid(r, "nsubj:pass").is_some() {
        return None;
    }
    let c = kid(r, "ccomp").filter(|&c| c < r && words[c].upos == "VERB")?;
    kid(c, "nsubj")?;
    let n = (c + 1..r).find(|&n| second_subject(words, n, c, r))?;
    let mut out = words.to_vec();
    out[c].head = 0;
    out[c].deprel = "root".into();
    out[r].head = c as u32 + 1;
    out[r].deprel = "conj".into();
    out[n].head = r as u32 + 1;
    out[n].deprel = "nsubj".into();
    for (k, w) in out.iter_mut().enumerate().take(n).skip(c + 1) {
        if under(words, k, n, "cc") || under(words, k, n, "punct") {
            w.head = r as u32 + 1;
        }
    }
    Some(out)
}

/// Word `k` hangs on word `h` (0-based) by relation `rel`.
fn under(words: &[Word], k: usize, h: usize, rel: &str) -> bool {
    words[k].head as usize == h + 1 && words[k].deprel == rel
}

/// Word `n` is a noun conjunct inside clause `c`, opened by ", and", and every word between
/// it and the root `r` is one of its own modifiers (hangs between `n` and `r`).
fn second_subject(words: &[Word], n: usize, c: usize, r: usize) -> bool {
    let w = &words[n];
    let opened = (c + 2..n).any(|k| {
        under(words, k, n, "cc")
            && words[k].form.eq_ignore_ascii_case("and")
            && words[k - 1].form == ","
    });
    let head = w.head as usize;
    let own_phrase = (n + 1..r).all(|k| {
        let h = words[k].head as usize;
        h > n && h <= r
    });
    matches!(w.upos.as_str(), "NOUN" | "PROPN")
        && w.deprel == "conj"
        && head > c + 1
        && head <= n
        && opened
        && own_phrase
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "A welcomed the deal, and the mission said it agreed."
    const READ_AS_OBJECT: [(&str, &str, &str, u32, &str); 12] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("welcomed", "VBD", "VERB", 9, "ccomp"),
        ("the", "DT", "DET", 4, "det"),
        ("deal", "NN", "NOUN", 2, "obj"),
        (",", ",", "PUNCT", 8, "punct"),
        ("and", "CC", "CCONJ", 8, "cc"),
        ("the", "DT", "DET", 8, "det"),
        ("mission", "NN", "NOUN", 4, "conj"),
        ("said", "VBD", "VERB", 0, "root"),
        ("it", "PRP", "PRON", 11, "nsubj"),
        ("agreed", "VBD", "VERB", 9, "ccomp"),
        (".", ".", "PUNCT", 9, "punct"),
    ];

    #[test]
    fn the_second_clauses_subject_leaves_the_first_clauses_object() {
        let fixed = subject_as_conjunct(&words(&READ_AS_OBJECT)).expect("repaired");
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (0, "root"));
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (2, "conj"));
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (9, "nsubj"));
        assert_eq!(fixed[5].head, 9, "the conjunction moves to the second verb");
    }

    #[test]
    fn a_root_with_its_own_subject_is_left() {
        let mut rows = READ_AS_OBJECT;
        rows[9] = ("it", "PRP", "PRON", 9, "nsubj");
        assert!(subject_as_conjunct(&words(&rows)).is_none());
    }
}
