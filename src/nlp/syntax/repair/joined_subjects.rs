//! Two subjects joined by "and" read as two subjects of one verb. In "Ruritania's army and
//! the rebel council agreed to …" a parser may hang both nouns on the verb as `nsubj`,
//! with "and" on the second, so no reader of the tree sees one subject of two parties. A
//! verb has one subject; when a later subject carries a conjunction that stands between
//! the two, it is the second conjunct of the first.
use super::rehang;
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no verb has two subjects joined that way.
pub(super) fn joined_subjects(words: &[Word]) -> Option<Vec<Word>> {
    let moves: Vec<(usize, usize)> = (0..words.len())
        .filter_map(|b| Some((b, first_conjunct(words, b)?)))
        .collect();
    rehang(words, &moves, "conj")
}

/// The earlier subject of the same verb that subject `b` is joined to by a conjunction of
/// its own standing between them.
fn first_conjunct(words: &[Word], b: usize) -> Option<usize> {
    let subject = |w: &Word| w.deprel.split(':').next() == Some("nsubj");
    if !subject(&words[b]) || !matches!(words[b].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let verb = words[b].head;
    let a = (0..b)
        .rev()
        .find(|&k| words[k].head == verb && subject(&words[k]))?;
    let nominal = matches!(words[a].upos.as_str(), "NOUN" | "PROPN");
    let joined = (a + 1..b).any(|k| words[k].head as usize == b + 1 && words[k].deprel == "cc");
    (nominal && joined && words[a].deprel == words[b].deprel).then_some(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::test_words as words;

    // "The army and the rebel council agreed ." with both nouns subjects of "agreed"
    const PAIR: [(&str, &str, &str, u32, &str); 8] = [
        ("The", "DT", "DET", 2, "det"),
        ("army", "NN", "NOUN", 7, "nsubj"),
        ("and", "CC", "CCONJ", 6, "cc"),
        ("the", "DT", "DET", 6, "det"),
        ("rebel", "NN", "NOUN", 6, "compound"),
        ("council", "NN", "NOUN", 7, "nsubj"),
        ("agreed", "VBD", "VERB", 0, "root"),
        (".", ".", "PUNCT", 7, "punct"),
    ];

    #[test]
    fn a_second_subject_after_and_is_the_first_ones_conjunct() {
        let fixed = joined_subjects(&words(&PAIR)).expect("repaired");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "conj"));
        assert_eq!(fixed[1].head, 7, "the first subject stays");
    }

    #[test]
    fn subjects_with_no_conjunction_between_them_or_one_subject_are_left() {
        // the conjunction hangs elsewhere
        let mut rows = PAIR.to_vec();
        rows[2] = ("and", "CC", "CCONJ", 7, "cc");
        assert!(joined_subjects(&words(&rows)).is_none());
        // already coordinated
        let mut rows = PAIR.to_vec();
        rows[5] = ("council", "NN", "NOUN", 2, "conj");
        assert!(joined_subjects(&words(&rows)).is_none());
        // a pronoun as the first subject ("which the council …") is not a conjunct
        let mut rows = PAIR.to_vec();
        rows[1] = ("which", "WDT", "PRON", 7, "nsubj");
        assert!(joined_subjects(&words(&rows)).is_none());
    }
}
