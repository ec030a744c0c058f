//! A description before a name read as a second subject: "Old rivals A and B renewed ties"
//! parsed with both "rivals" and "A" as subjects of "renewed". A verb has one subject; a
//! common noun right before a name that is another subject of the same verb describes that
//! name (UD's `nmod:desc`, as "President" in "President Bush"), so the frames take the
//! name, not the description, for who acts.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no subject is such a description.
pub(super) fn description_as_subject(words: &[Word]) -> Option<Vec<Word>> {
    let noun = (0..words.len().saturating_sub(1)).find(|&n| describes(words, n))?;
    // the name is the next word
    Some(super::reattached(words, noun, noun + 1, "nmod:desc"))
}

/// Word `n` is a common-noun subject followed at once by a name that is a subject of the
/// same verb.
fn describes(words: &[Word], n: usize) -> bool {
    let (w, name) = (&words[n], &words[n + 1]);
    let subject = |x: &Word| x.deprel.split(':').next() == Some("nsubj");
    subject(w) && w.upos == "NOUN" && subject(name) && name.upos == "PROPN" && name.head == w.head
}

#[cfg(test)]
mod tests {
    use crate::nlp::frames::repair::repaired;
    use crate::nlp::frames::repair::test_words as words;

    // "Old rivals Freedonia and Sylvania renewed ties ."
    const TWO_SUBJECTS: [(&str, &str, &str, u32, &str); 8] = [
        ("Old", "JJ", "ADJ", 2, "amod"),
        ("rivals", "NNS", "NOUN", 6, "nsubj"),
        ("Freedonia", "NNP", "PROPN", 6, "nsubj"),
        ("and", "CC", "CCONJ", 5, "cc"),
        ("Sylvania", "NNP", "PROPN", 3, "conj"),
        ("renewed", "VBD", "VERB", 0, "root"),
        ("ties", "NNS", "NOUN", 6, "obj"),
        (".", ".", "PUNCT", 6, "punct"),
    ];

    #[test]
    fn a_noun_before_a_subject_name_describes_the_name() {
        let out = repaired(&words(&TWO_SUBJECTS)).into_owned();
        assert_eq!((out[1].head, out[1].deprel.as_str()), (3, "nmod:desc"));
        assert_eq!(out[2].deprel, "nsubj");
        // the name as the only subject: nothing to change
        let mut rows = TWO_SUBJECTS;
        rows[1] = ("rivals", "NNS", "NOUN", 3, "compound");
        let out = repaired(&words(&rows)).into_owned();
        assert_eq!(out[1].deprel, "compound");
    }
}
