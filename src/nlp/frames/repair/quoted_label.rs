//! A quoted adjective after a verb's object read as the object's modifier: "called the plan
//! 'dangerous'", "declared the vote 'illegal'". English puts an attributive adjective before
//! its noun; one after the noun, opened by a quotation mark, is what the verb predicates of
//! its object (`xcomp`), as it is without the quotes ("called the plan dangerous").
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no object has such a label.
pub(super) fn quoted_label(words: &[Word]) -> Option<Vec<Word>> {
    let (adj, verb) = (0..words.len()).find_map(|a| label_of_object(words, a))?;
    Some(super::reattached(words, adj, verb, "xcomp"))
}

/// (adjective, verb), 0-based: an `amod` adjective after its noun, right after an opening
/// quotation mark, whose noun is the object of a verb.
fn label_of_object(words: &[Word], a: usize) -> Option<(usize, usize)> {
    let w = &words[a];
    if w.upos != "ADJ" || w.deprel != "amod" || a == 0 {
        return None;
    }
    let noun = (w.head as usize).checked_sub(1)?;
    let quoted = words[a - 1].upos == "PUNCT" && is_quote(&words[a - 1].form);
    if noun >= a || !quoted || words[noun].deprel != "obj" {
        return None;
    }
    let verb = (words[noun].head as usize).checked_sub(1)?;
    (words[verb].upos == "VERB").then_some((a, verb))
}

fn is_quote(form: &str) -> bool {
    matches!(form, "'" | "\"" | "‘" | "“" | "`" | "``")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Freedonia called the plan 'reckless'."
    const LABEL: [(&str, &str, &str, u32, &str); 8] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("called", "VBD", "VERB", 0, "root"),
        ("the", "DT", "DET", 4, "det"),
        ("plan", "NN", "NOUN", 2, "obj"),
        ("'", "``", "PUNCT", 6, "punct"),
        ("reckless", "JJ", "ADJ", 4, "amod"),
        ("'", "''", "PUNCT", 6, "punct"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_quoted_adjective_after_the_object_is_the_verbs_label() {
        let fixed = quoted_label(&words(&LABEL)).expect("repaired");
        assert_eq!(fixed[5].deprel, "xcomp");
        assert_eq!(fixed[5].head, 2);
    }

    #[test]
    fn an_unquoted_modifier_stays() {
        let mut rows = LABEL.to_vec();
        rows[4] = ("a", "DT", "DET", 6, "det");
        assert!(quoted_label(&words(&rows)).is_none());
    }
}
