//! The head of a compound noun read as a present verb: in "lifted the arms embargo on X" the
//! left-to-right tagger reads "the arms" as a plural subject and "embargo" as its verb, and
//! the parser makes a clause of it, so the lifting has no object ("signed the arms deal",
//! "reopened the customs post" alike). A determiner and a plural noun right after a verb
//! are that verb's object, not the subject of a clause, unless the verb takes a clause
//! without "that" ("said the troops remain", `data/syntax/bare_clause_verbs.txt`); a present
//! verb after them with no object of its own (a preposition, punctuation or the end follows)
//! is the noun the plural modifies.
use std::collections::HashSet;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../../../data/syntax/bare_clause_verbs.txt");

pub(super) fn clause_verbs() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| super::word_list(LIST))
}

/// Tags after the compound's head that show it has no object of its own.
const NO_OBJECT: [&str; 6] = ["IN", ".", ",", ":", "CC", "TO"];

/// Positions of present verbs that are the head noun of a compound after a verb's
/// determiner and plural noun.
pub(super) fn nouns(words: &[&str], xpos: &[&str]) -> Vec<usize> {
    (3..xpos.len())
        .filter(|&i| {
            let verb = xpos[i - 3].starts_with("VB")
                && !clause_verbs().contains(words[i - 3].to_lowercase().as_str());
            let next_ok = xpos.get(i + 1).is_none_or(|t| NO_OBJECT.contains(t));
            xpos[i] == "VBP"
                && xpos[i - 1] == "NNS"
                && matches!(xpos[i - 2], "DT" | "PRP$")
                && verb
                && next_ok
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(words: &str, tags: &str) -> Vec<usize> {
        let w: Vec<&str> = words.split(' ').collect();
        let xpos: Vec<&str> = tags.split(' ').collect();
        nouns(&w, &xpos)
    }

    #[test]
    fn a_present_verb_after_an_objects_plural_is_a_compound_head() {
        assert_eq!(
            found(
                "A lifted the arms ban on B .",
                "NNP VBD DT NNS VBP IN NNP ."
            ),
            vec![4]
        );
        // after a verb that takes a bare clause the plural is a subject
        assert!(found(
            "A said the troops remain in B .",
            "NNP VBD DT NNS VBP IN NNP ."
        )
        .is_empty());
        // a present verb with an object of its own is a verb
        assert!(found("A saw the ships leave the port", "NNP VBD DT NNS VB DT NN").is_empty());
    }

    /// Through the tagger: "lifted the arms embargo" keeps "embargo" a noun.
    #[test]
    fn the_tagger_reads_the_compound_head_as_a_noun() {
        let model = super::super::super::builtin().expect("the shipped syntax model loads");
        let words = [
            "Ruritania",
            "lifted",
            "the",
            "arms",
            "embargo",
            "on",
            "Sylvania",
            ".",
        ];
        let classes = model.tagger.tag(&words);
        assert_eq!(model.tagger.tags[usize::from(classes[4])].1, "NN");
    }
}
