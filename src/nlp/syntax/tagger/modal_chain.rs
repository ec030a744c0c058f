//! A verb after a modal and adverbs. A left-to-right tagger sees two words back, so in
//! "would ever again attack Y" or "will never again quarrel with Y" the modal has left its
//! window when the verb comes, and the verb is read as a preposition or an adjective: the
//! parser then finds no verb in the clause and its event is lost. In English a modal
//! auxiliary followed only by adverbs is followed by its verb's base form, so that word is
//! fixed as a base verb and the sentence tagged again.

/// Positions of a word right after a modal (`MD`) and two or more adverbs (`RB`), that the
/// tagger did not read as a verb; `xpos` are the first tags of `words`.
pub(super) fn verbs(words: &[&str], xpos: &[&str]) -> Vec<usize> {
    let mut out = Vec::new();
    for (m, tag) in xpos.iter().enumerate() {
        if *tag != "MD" {
            continue;
        }
        let adverbs = xpos[m + 1..].iter().take_while(|t| **t == "RB").count();
        let at = m + 1 + adverbs;
        let open = words
            .get(at)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
        if adverbs >= 2 && open && !xpos[at].starts_with("VB") {
            out.push(at);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::super::builtin;
    use super::*;

    #[test]
    fn the_word_after_a_modal_and_adverbs_is_its_verb() {
        let words = ["A", "would", "ever", "again", "attack", "B", "."];
        let xpos = ["NNP", "MD", "RB", "RB", "IN", "NNP", "."];
        assert_eq!(verbs(&words, &xpos), vec![4]);
        // one adverb is inside the tagger's window: left to the model
        let one = ["A", "would", "again", "attack", "B", "."];
        assert!(verbs(&one, &["NNP", "MD", "RB", "IN", "NNP", "."]).is_empty());
        // a verb already read as one, a name, or the end of the sentence: nothing to fix
        let xpos = ["NNP", "MD", "RB", "RB", "VB", "NNP", "."];
        assert!(verbs(&words, &xpos).is_empty());
        let words = ["A", "will", "never", "again", "Bob", "."];
        assert!(verbs(&words, &["NNP", "MD", "RB", "RB", "NNP", "."]).is_empty());
        assert!(verbs(&["A", "will", "not", "ever"], &["NNP", "MD", "RB", "RB"]).is_empty());
    }

    /// The shipped tagger reads "attack" after "would ever again" as a preposition unless
    /// the fix is applied: the sentence's verb comes out as a base verb.
    #[test]
    fn the_shipped_tagger_reads_the_verb_after_a_modal_and_two_adverbs() {
        let model = builtin().expect("the shipped syntax model loads");
        for verb in ["attack", "quarrel"] {
            let words = [
                "Ruritania",
                "would",
                "ever",
                "again",
                verb,
                "with",
                "Sylvania",
                ".",
            ];
            let classes = model.tagger.tag(&words);
            let tag = &model.tagger.tags[usize::from(classes[4])].1;
            assert_eq!(tag, "VB", "{verb}");
        }
    }
}
