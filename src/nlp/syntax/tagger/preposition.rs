//! Prepositions the treebank barely holds. UD English-EWT has "amid" once and "amidst"
//! never, so the tagger reads them by shape and context: in news ConfliBERT sentences
//! "amid" is a noun, an adjective, a past tense or an auxiliary in 8 of 14 ("will make a
//! visit to X amid strained relations" parses "visit" as the subject of "strained", and
//! the visit loses its target). A word of `data/syntax/prepositions_only.txt` that the
//! tagger gave any class but IN (ADP or SCONJ) is a preposition.
use std::collections::HashSet;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../../../data/syntax/prepositions_only.txt");

fn prepositions() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| super::word_list(LIST))
}

/// Positions of listed words tagged other than IN (the list is a handful of words, so a
/// comparison without case beats lower-casing every word of the sentence).
pub(super) fn mistagged(words: &[&str], xpos: &[&str]) -> Vec<usize> {
    (0..xpos.len().min(words.len()))
        .filter(|&i| {
            xpos[i] != "IN"
                && prepositions()
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(words[i]))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str, tags: &str) -> Vec<usize> {
        let words: Vec<&str> = text.split(' ').collect();
        let xpos: Vec<&str> = tags.split(' ').collect();
        mistagged(&words, &xpos)
    }

    /// "amid" read as an auxiliary, a noun or an adjective is a preposition.
    #[test]
    fn a_listed_word_with_an_open_class_is_mistagged() {
        assert_eq!(
            of("a visit amid strained ties", "DT NN MD VBD NNS"),
            vec![2]
        );
        assert_eq!(of("Amid protests , talks", "NN NNS , NNS"), vec![0]);
        assert_eq!(of("steps towards peace", "NNS NNS NN"), vec![1]);
    }

    /// Guard: a preposition or subordinating reading (IN) and words off the list stay.
    #[test]
    fn prepositions_and_other_words_are_left() {
        assert!(of("talks amid tension", "NNS IN NN").is_empty());
        assert!(of("despite warnings", "NN NNS").is_empty());
        assert!(of("the amidships deck", "DT NN NN").is_empty());
    }

    /// The shipped tagger, with the fix, reads "amid" before a participle as a preposition.
    #[test]
    fn the_shipped_tagger_reads_amid_as_a_preposition() {
        let model = super::super::super::builtin().expect("the shipped syntax model loads");
        let words = [
            "The",
            "envoy",
            "will",
            "make",
            "a",
            "visit",
            "to",
            "Sylvania",
            "amid",
            "strained",
            "relations",
            ".",
        ];
        let classes = model.tagger.tag(&words);
        assert_eq!(model.tagger.tags[usize::from(classes[8])].1, "IN");
    }
}
