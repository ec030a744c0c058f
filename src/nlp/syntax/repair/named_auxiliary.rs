//! A name read as an auxiliary. A short sentence such as "Ruritanias protested." may have
//! its opening name tagged as an auxiliary ("has", "was": a capitalised word ending in "-s"
//! before a participle), and the parse then leaves the verb with no subject: what the next
//! sentence's "Its foreign ministry" owns is lost. Auxiliaries are a closed class (the
//! `be`, `have`, `do` and `modal` forms of `data/lexicon/closed_words.tsv`); a capitalised
//! word outside it is a name, the subject of the verb it hung on, and that verb, left
//! with no auxiliary, is a past tense rather than a participle.
use std::collections::HashSet;
use std::sync::OnceLock;

use crate::nlp::syntax::Word;

/// The forms an auxiliary takes, lower case.
fn auxiliaries() -> &'static HashSet<&'static str> {
    static AUX: OnceLock<HashSet<&'static str>> = OnceLock::new();
    AUX.get_or_init(|| {
        crate::nlp::lexicon::List::ClosedWords
            .words_of(&["be", "have", "do", "modal"])
            .into_iter()
            .collect()
    })
}

/// The repaired sentence, or `None` when no capitalised non-auxiliary is tagged one.
pub(super) fn named_auxiliary(words: &[Word]) -> Option<Vec<Word>> {
    let found: Vec<usize> = (0..words.len()).filter(|&i| misread(&words[i])).collect();
    if found.is_empty() {
        return None;
    }
    let mut out = words.to_vec();
    for i in found {
        let w = &mut out[i];
        (w.upos, w.xpos, w.lemma) = ("PROPN".into(), "NNP".into(), w.form.clone());
        let Some(verb) = (w.head as usize).checked_sub(1) else {
            continue;
        };
        // "Ould Djay held talks": the verb has its subject, which the name word opens
        if let Some(subject) = name_continued(&out, i, verb) {
            (out[i].head, out[i].deprel) = (subject as u32 + 1, "compound".into());
            continue;
        }
        out[i].deprel = "nsubj".into();
        let auxiliary_left = super::has_dependent(&out, verb, "aux");
        if out[verb].xpos == "VBN" && !auxiliary_left {
            out[verb].xpos = "VBD".into();
        }
    }
    Some(out)
}

/// The verb's subject when it is the proper noun right after word `i`: the misread word is
/// the first word of that name.
fn name_continued(words: &[Word], i: usize, verb: usize) -> Option<usize> {
    let next = i + 1;
    let w = words.get(next)?;
    (w.head as usize == verb + 1 && w.deprel.starts_with("nsubj") && w.upos == "PROPN")
        .then_some(next)
}

/// A capitalised word tagged as an auxiliary whose form is none.
fn misread(w: &Word) -> bool {
    w.upos == "AUX"
        && w.form.chars().next().is_some_and(char::is_uppercase)
        && w.form.chars().all(char::is_alphabetic)
        && !auxiliaries().contains(w.form.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::test_words as words;

    // "Ruritanias protested ." with the name read as a passive auxiliary
    const PROTESTED: [(&str, &str, &str, u32, &str); 3] = [
        ("Ruritanias", "VBZ", "AUX", 2, "aux:pass"),
        ("protested", "VBN", "VERB", 0, "root"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_capitalised_non_auxiliary_is_the_verbs_subject() {
        let fixed = named_auxiliary(&words(&PROTESTED)).expect("repaired");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (2, "nsubj"));
        assert_eq!(
            (fixed[0].upos.as_str(), fixed[1].xpos.as_str()),
            ("PROPN", "VBD")
        );
    }

    #[test]
    fn the_first_word_of_the_verbs_named_subject_joins_the_name() {
        // "Ould Djay held talks ." with "Ould" read as "would"
        let rows = [
            ("Ould", "MD", "AUX", 3, "aux"),
            ("Djay", "NNP", "PROPN", 3, "nsubj"),
            ("held", "VBD", "VERB", 0, "root"),
            ("talks", "NNS", "NOUN", 3, "obj"),
        ];
        let fixed = named_auxiliary(&words(&rows)).expect("repaired");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (2, "compound"));
        assert_eq!(fixed[1].deprel, "nsubj");
    }

    #[test]
    fn a_real_auxiliary_is_left() {
        let mut rows = PROTESTED.to_vec();
        rows[0].0 = "Has";
        assert!(named_auxiliary(&words(&rows)).is_none());
        rows[0].0 = "has";
        assert!(named_auxiliary(&words(&rows)).is_none());
    }
}
