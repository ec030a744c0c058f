//! The head noun of a possessive read as an adjective: in "support for Jordan's "right to
//! protect its borders"", the left-to-right tagger reads the quoted "right" as an adjective
//! (it has no noun after it yet), and the parser then makes it a clause and hangs the rest
//! of the sentence on it. A possessive ("Jordan's") needs a noun: an adjective after it
//! (and an opening quote) that no noun, adjective or number follows (a closing quote may
//! come between) is that noun ("the country's "sovereign" right" keeps its adjective).

/// Tags that may follow an adjective inside a noun phrase ("Ruritania's foreign and
/// defence ministers", "its new, larger fleet", "the army's Russian-made aircraft").
const PHRASE_GOES_ON: [&str; 12] = [
    "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "VBG", "CC", ",", "HYPH",
];

/// Positions of adjectives that are the head noun of a possessive.
pub(super) fn possessed_nouns<'a>(xpos: &'a [&str]) -> impl Iterator<Item = usize> + 'a {
    (1..xpos.len()).filter(move |&j| {
        if xpos[j] != "JJ" {
            return false;
        }
        let before = if xpos[j - 1] == "``" && j >= 2 {
            j - 2
        } else {
            j - 1
        };
        let mut next = j + 1;
        if xpos.get(next) == Some(&"''") {
            next += 1;
        }
        xpos[before] == "POS" && xpos.get(next).is_some_and(|t| !PHRASE_GOES_ON.contains(t))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(tags: &str) -> Vec<usize> {
        let xpos: Vec<&str> = tags.split(' ').collect();
        possessed_nouns(&xpos).collect()
    }

    /// "backed Freedonia's "right to act"": the quoted word is the possessive's noun.
    #[test]
    fn an_adjective_after_a_possessive_and_before_an_infinitive_is_a_noun() {
        assert_eq!(found("VBD NNP POS `` JJ TO VB ''"), vec![4]);
        assert_eq!(found("VBD NNP POS JJ IN NNP ."), vec![3]);
    }

    /// Through the tagger: the quoted head of a possessive comes out a noun.
    #[test]
    fn the_tagger_reads_a_quoted_possessed_word_as_a_noun() {
        let model = super::super::super::builtin().expect("the shipped syntax model loads");
        let words = [
            "Ruritania",
            "voiced",
            "support",
            "for",
            "Sylvania",
            "'s",
            "\"",
            "right",
            "to",
            "defend",
            "its",
            "coast",
            "\"",
            ".",
        ];
        let classes = model.tagger.tag(&words);
        assert_eq!(model.tagger.tags[usize::from(classes[7])].1, "NN");
    }

    /// "Freedonia's "sovereign" right", "Freedonia's new envoy": an adjective of a noun.
    #[test]
    fn an_adjective_before_its_noun_stays() {
        assert!(found("NNP POS `` JJ '' NN").is_empty());
        assert!(found("NNP POS JJ NN VBD").is_empty());
        assert!(found("DT JJ TO VB").is_empty());
        assert!(found("NNP POS JJ CC NN NNS").is_empty());
        assert!(found("NN POS JJ HYPH VBN NN").is_empty());
    }
}
