//! "to" after a verb that takes an infinitive. A left-to-right tagger that reads "to" in
//! "agreed to resume talks" as a preposition then tags the verb after it as a noun
//! ("resume", "open"), and the parser hangs the talks on "agreed" with no verb between.
//! When the word before "to" is one of `data/syntax/infinitive_verbs.txt` and "to" was
//! not tagged as the infinitive marker, the sentence is tagged again with "to" fixed as
//! the marker; the new tags are kept only if the model then reads the next word as a base
//! verb ("agreed to a truce", "agreed to terms" keep their preposition).
use std::collections::HashSet;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../../../data/syntax/infinitive_verbs.txt");

/// Every form of the verbs of the list, lower case (the parse repairs read it too).
pub(in crate::nlp::syntax) fn forms() -> &'static HashSet<&'static str> {
    static FORMS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    FORMS.get_or_init(|| super::word_list(LIST))
}

/// Positions of a "to" right after a verb of the list, followed by a word.
pub(super) fn marks(words: &[&str]) -> Vec<usize> {
    (1..words.len().saturating_sub(1))
        .filter(|&i| words[i].eq_ignore_ascii_case("to"))
        .filter(|&i| forms().contains(words[i - 1].to_lowercase().as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::super::builtin;
    use super::*;

    fn xpos(words: &[&str]) -> Vec<String> {
        let model = builtin().expect("the shipped syntax model loads");
        let classes = model.tagger.tag(words);
        let tags = &model.tagger.tags;
        classes
            .iter()
            .map(|&c| tags[usize::from(c)].1.clone())
            .collect()
    }

    #[test]
    fn the_list_covers_inflected_forms_only_before_to() {
        assert_eq!(marks(&["They", "agreed", "to", "resume", "talks"]), vec![2]);
        assert_eq!(marks(&["They", "went", "to", "Paris"]), Vec::<usize>::new());
        assert_eq!(marks(&["agreed", "to"]), Vec::<usize>::new());
    }

    /// "resume" after "agreed to" is the verb of the infinitive; "a truce" after "agreed
    /// to" stays the object of a preposition.
    #[test]
    fn a_verb_after_an_infinitive_to_is_tagged_as_a_verb() {
        let words = [
            "Ruritania",
            "and",
            "Sylvania",
            "agreed",
            "to",
            "resume",
            "technical",
            "talks",
            "on",
            "water",
            ".",
        ];
        let tags = xpos(&words);
        assert_eq!(
            (tags[4].as_str(), tags[5].as_str()),
            ("TO", "VB"),
            "{tags:?}"
        );
        let words = ["The", "rebels", "agreed", "to", "a", "truce", "."];
        let tags = xpos(&words);
        assert_eq!(
            (tags[3].as_str(), tags[4].as_str()),
            ("IN", "DT"),
            "{tags:?}"
        );
    }
}
