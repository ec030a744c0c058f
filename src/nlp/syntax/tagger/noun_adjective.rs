//! A word that is an adjective or a noun, read as an adjective where it ends its noun
//! phrase: in "a French national working for an aid group" or "a Ruritanian civilian was
//! killed" the tagger, having read the nationality adjective, takes "national" and
//! "civilian" for another modifier, and the parser then finds no noun for the person (no
//! actor for the victim or the detainee). A word of `data/syntax/noun_adjectives.txt`
//! tagged as an adjective after a determiner, a number or another adjective is the head
//! noun when what follows cannot continue the noun phrase: a verb, a comma, a preposition,
//! the end of the sentence ("the national team" keeps its adjective before the noun).
//! The second half of a hyphenated title ("the secretary-general, who …", "an
//! attorney-general said") is read the same way after a noun and its hyphen: read as an
//! adjective before a comma, it left the title without a head noun and the parser made the
//! officer's sentence its own root, so the verb after the relative clause lost its subject.
use std::collections::HashSet;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../../../data/syntax/noun_adjectives.txt");

fn noun_adjectives() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| super::word_list(LIST))
}

/// Tags after a noun phrase's last word that no modifier is followed by.
const PHRASE_ENDS: [&str; 12] = [
    "VBD", "VBZ", "VBP", "VBG", "VBN", "MD", "IN", ",", ".", ":", "WP", "WDT",
];

/// Positions of listed words read as adjectives that end their noun phrase.
pub(super) fn nouns(words: &[&str], xpos: &[&str]) -> Vec<usize> {
    (1..xpos.len())
        .filter(|&i| {
            xpos[i] == "JJ"
                && (matches!(xpos[i - 1], "DT" | "JJ" | "CD" | "PRP$") || hyphened_to_noun(xpos, i))
                && xpos.get(i + 1).is_none_or(|t| PHRASE_ENDS.contains(t))
                && noun_adjectives().contains(words[i].to_lowercase().as_str())
        })
        .collect()
}

/// The word at `i` follows a noun and a hyphen ("secretary - general").
fn hyphened_to_noun(xpos: &[&str], i: usize) -> bool {
    i >= 2 && xpos[i - 1] == "HYPH" && xpos[i - 2].starts_with("NN")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nouns_of(text: &str, tags: &str) -> Vec<usize> {
        let words: Vec<&str> = text.split(' ').collect();
        let xpos: Vec<&str> = tags.split(' ').collect();
        nouns(&words, &xpos)
    }

    /// "national" and "civilian" ending a noun phrase before a verb or a comma are nouns.
    #[test]
    fn a_listed_adjective_ending_its_phrase_is_a_noun() {
        let v = nouns_of(
            "Police held a Sylvanian national working for a charity .",
            "NNS VBD DT JJ JJ VBG IN DT NN .",
        );
        assert_eq!(v, vec![4]);
        let v = nouns_of("A Ruritanian civilian was killed .", "DT JJ JJ VBD VBN .");
        assert_eq!(v, vec![2]);
    }

    /// The second half of a hyphenated title before a comma or a verb is its head noun.
    #[test]
    fn a_listed_adjective_after_a_noun_and_hyphen_is_a_noun() {
        let v = nouns_of(
            "The bloc 's secretary - general , who arrived , spoke .",
            "DT NN POS NN HYPH JJ , WP VBD , VBD .",
        );
        assert_eq!(v, vec![5]);
        // a hyphen after an adjective joins two modifiers ("a long-term general plan")
        assert!(nouns_of("a long - general plan .", "DT JJ HYPH JJ NN .").is_empty());
    }

    /// The shipped tagger, with the fix, reads the detained person as a noun.
    #[test]
    fn the_shipped_tagger_reads_a_national_as_a_noun() {
        let model = super::super::super::builtin().expect("the shipped syntax model loads");
        let words = [
            "Police",
            "held",
            "a",
            "Sylvanian",
            "national",
            "working",
            "for",
            "a",
            "charity",
            ".",
        ];
        let classes = model.tagger.tag(&words);
        assert_eq!(model.tagger.tags[usize::from(classes[4])].1, "NN");
    }

    /// Guard: before a noun the word is an adjective, and a word off the list is left.
    #[test]
    fn a_listed_adjective_before_its_noun_stays_an_adjective() {
        assert!(nouns_of("The Sylvanian national team won .", "DT JJ JJ NN VBD .").is_empty());
        assert!(nouns_of("A Ruritanian senior was hurt .", "DT JJ JJ VBD VBN .").is_empty());
        assert!(nouns_of("It is national .", "PRP VBZ JJ .").is_empty());
    }
}
