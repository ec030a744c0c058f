//! Two clauses joined by a semicolon, read as one: "A condemned the strikes; B, which …,
//! made no comment" is parsed with "condemned" as a complement of "made", so A's act reads
//! as what B said or did. A semicolon joins independent clauses (English punctuation does
//! not let a clause run across it into a verb's complement), so a verb before it that has a
//! subject of its own and hangs on the root after it becomes the sentence's root, and the
//! later clause a `parataxis` of it. The noun right after the semicolon, when the parse
//! hung it on the first clause (an apposition of its object), is the later verb's subject.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no clause hangs across a semicolon.
pub(super) fn clause_across_semicolon(words: &[Word]) -> Option<Vec<Word>> {
    let semi = words.iter().position(|w| w.form == ";")?;
    let has_subject = |v: usize| {
        words
            .iter()
            .any(|w| w.head as usize == v + 1 && w.deprel.starts_with("nsubj"))
    };
    let first = (0..semi).find(|&v| {
        let h = words[v].head as usize;
        words[v].upos == "VERB" && h > semi + 1 && has_subject(v)
    })?;
    let second = words[first].head as usize - 1;
    // only when the later verb is the root: else the semicolon sits in a larger clause
    if words[second].head != 0 {
        return None;
    }
    let mut out = words.to_vec();
    out[first].head = 0;
    out[first].deprel = "root".into();
    out[second].head = first as u32 + 1;
    out[second].deprel = "parataxis".into();
    let noun = words
        .get(semi + 1)
        .filter(|w| matches!(w.upos.as_str(), "PROPN" | "NOUN") && (w.head as usize) <= semi);
    if noun.is_some() && !has_subject(second) {
        out[semi + 1].head = second as u32 + 1;
        out[semi + 1].deprel = "nsubj".into();
    }
    // the semicolon itself and the full stop follow the root
    for w in out.iter_mut() {
        if w.head as usize == second + 1 && w.deprel == "punct" && w.form == ";" {
            w.head = first as u32 + 1;
        }
    }
    Some(out)
}

/// The other reading of the same error: the clause before the semicolon is the root and the
/// later verb its `conj` with no conjunction ("A condemned the strikes; B, which …, made no
/// comment" with "made" joined to "condemned" and B an apposition of "strikes"). A conjunct
/// with no "and" across a semicolon is a clause of its own: it becomes a `parataxis`, and
/// the noun right after the semicolon, hung on the first clause, its subject.
pub(super) fn conjunct_across_semicolon(words: &[Word]) -> Option<Vec<Word>> {
    let semi = words.iter().position(|w| w.form == ";")?;
    let kid = |v: usize, rel: &str| super::has_dependent(words, v, rel);
    let noun = semi + 1;
    let hung_before = words.get(noun).is_some_and(|w| {
        matches!(w.upos.as_str(), "PROPN" | "NOUN") && (1..=semi).contains(&(w.head as usize))
    });
    let second = (noun + 1..words.len()).find(|&v| {
        let w = &words[v];
        w.upos == "VERB" && w.deprel == "conj" && (w.head as usize) <= semi
    })?;
    if !hung_before || kid(second, "nsubj") || kid(second, "cc") {
        return None;
    }
    let mut out = words.to_vec();
    out[second].deprel = "parataxis".into();
    out[noun].head = second as u32 + 1;
    out[noun].deprel = "nsubj".into();
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Freedonia condemned the raid; Sylvania made no comment." with "condemned" hung on
    // "made"
    const JOINED: [(&str, &str, &str, u32, &str); 10] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("condemned", "VBD", "VERB", 7, "ccomp"),
        ("the", "DT", "DET", 4, "det"),
        ("raid", "NN", "NOUN", 2, "obj"),
        (";", ",", "PUNCT", 6, "punct"),
        ("Sylvania", "NNP", "PROPN", 7, "nsubj"),
        ("made", "VBD", "VERB", 0, "root"),
        ("no", "DT", "DET", 9, "det"),
        ("comment", "NN", "NOUN", 7, "obj"),
        (".", ".", "PUNCT", 7, "punct"),
    ];

    #[test]
    fn a_clause_before_a_semicolon_is_not_a_complement_after_it() {
        let fixed = clause_across_semicolon(&words(&JOINED)).expect("repaired");
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (0, "root"));
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (2, "parataxis"));
    }

    #[test]
    fn a_name_after_the_semicolon_hung_on_the_first_clause_is_the_later_subject() {
        let mut rows = JOINED.to_vec();
        rows[5].3 = 4;
        rows[5].4 = "appos";
        let fixed = clause_across_semicolon(&words(&rows)).expect("repaired");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (7, "nsubj"));
        assert_eq!(fixed[1].deprel, "root");
    }

    #[test]
    fn a_verb_without_its_own_subject_stays() {
        // "… ; Sylvania said condemned …": no subject of the earlier verb, nothing to move
        let mut rows = JOINED.to_vec();
        rows[0].4 = "obj";
        assert!(clause_across_semicolon(&words(&rows)).is_none());
    }

    #[test]
    fn a_conjunct_across_a_semicolon_is_a_clause_with_the_name_after_it() {
        // "Freedonia condemned the raid; Sylvania made no comment." with "made" a `conj`
        // of "condemned" and "Sylvania" an apposition of "raid"
        let mut rows = JOINED.to_vec();
        rows[1] = ("condemned", "VBD", "VERB", 0, "root");
        rows[4].3 = 2;
        rows[5] = ("Sylvania", "NNP", "PROPN", 4, "appos");
        rows[6] = ("made", "VBD", "VERB", 2, "conj");
        rows[9].3 = 2;
        let fixed = conjunct_across_semicolon(&words(&rows)).expect("repaired");
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (2, "parataxis"));
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (7, "nsubj"));
        // with "and" after the semicolon the conjunct stays
        rows.insert(5, ("and", "CC", "CCONJ", 7, "cc"));
        for r in rows.iter_mut().skip(6) {
            if r.3 >= 6 {
                r.3 += 1;
            }
        }
        rows[5].3 = 8;
        assert!(conjunct_across_semicolon(&words(&rows)).is_none());
    }
}
