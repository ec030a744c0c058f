//! Known place names read as another part of speech. A country or a city opening a
//! sentence before a comma ("Norway, a close partner of …, urged …") looks to the tagger
//! like "No," or "Yes,", and "Budapest", "Belize" or "Maldives" may look like an adjective
//! or a verb: read as an interjection or an adverb, the name is parsed as a discourse word
//! and its verb is left with no subject. The tagger knows no names; its caller may (the
//! event coder has the gazetteer's mentions), and tells it where they are: a name word the
//! tagger read as one of these tags is tagged a proper noun, and the words around it are
//! tagged again with it given (`Tagger::tag_given`).
use super::{Given, Tagger};
use std::ops::Range;

/// Tags no word of a place name takes: a name is no interjection, adverb or verb.
const NEVER_IN_A_NAME: [&str; 5] = ["INTJ", "ADV", "VERB", "AUX", "SCONJ"];

/// Tags of a noun phrase's next word: a name's last word read as an adjective before one
/// modifies it ("Ruritanian drone strikes", "the Fujian coast guard") and stays.
const PHRASE_GOES_ON: [&str; 3] = ["NOUN", "PROPN", "ADJ"];

/// Whether a word `form` of a place name tagged `upos` was misread; `last`: the name's
/// last word, its head, which is no adjective either ("Saudi" before "Arabia" may be one)
/// unless the word after it (`next`, its tag) is a noun it modifies. Only a capitalised word
/// is a word of the name itself ("administered" in "Indian-administered Kashmir" is none).
pub fn misread_in_name(form: &str, upos: &str, last: bool, next: Option<&str>) -> bool {
    let capitalised = form.chars().next().is_some_and(char::is_uppercase);
    let modifier = next.is_some_and(|t| PHRASE_GOES_ON.contains(&t));
    capitalised && (NEVER_IN_A_NAME.contains(&upos) || (last && upos == "ADJ" && !modifier))
}

impl Tagger {
    /// The classes of `words`, with the words of `names` (word ranges of known place
    /// names) that the tagger misread (see [`misread_in_name`]) tagged as proper nouns.
    pub fn tag_naming(&self, words: &[&str], names: &[Range<usize>]) -> Vec<u16> {
        let out = self.tag(words);
        let Some(name) = self.class_of("PROPN", "NNP") else {
            return out;
        };
        let misread = |r: &Range<usize>, i: usize| {
            let upos = out.get(i).and_then(|&c| self.tags.get(usize::from(c)));
            let next = out.get(i + 1).and_then(|&c| self.tags.get(usize::from(c)));
            let next = next.map(|(u, _)| u.as_str());
            upos.is_some_and(|(u, _)| misread_in_name(words[i], u, i + 1 == r.end, next))
        };
        let fixed: Vec<(usize, Given)> = names
            .iter()
            .flat_map(|r| r.clone().filter(|&i| misread(r, i)))
            .map(|i| (i, Given::Class(name)))
            .collect();
        if fixed.is_empty() {
            return out;
        }
        self.tag_given(words, fixed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax;
    use crate::nlp::text;

    /// The parse of `sentence` told that its first `name` bytes are a place name: the
    /// words' tags and relations, and whether the plain parse misread the name.
    fn named_parse(sentence: &str, name: usize) -> (Vec<(String, String)>, bool) {
        let model = syntax::builtin().expect("the shipped model loads");
        let tokens = text::tokenize(sentence);
        let plain = model.analyse_sentence(sentence, &tokens);
        let misread = syntax::misread_names(&plain.words, &[(0, name)]);
        let named = model.analyse_sentence_naming(sentence, &tokens, &[(0, name)]);
        let rows = named
            .words
            .iter()
            .map(|w| (w.upos.clone(), w.deprel.clone()));
        (rows.collect(), misread)
    }

    #[test]
    fn an_opening_name_before_a_comma_is_the_subject_not_an_interjection() {
        // "Norway," reads like "No," to the tagger; told it is a name, it is the subject
        let (words, misread) = named_parse(
            "Norway, an old friend of Ghana, asked Chile to free the crew.",
            6,
        );
        assert!(
            misread,
            "the plain parse reads the name right now: retire this test?"
        );
        assert_eq!(words[0], ("PROPN".into(), "nsubj".into()), "{words:?}");
        // a name the tagger read right is left as it is
        let (words, misread) = named_parse(
            "Peru, an old friend of Ghana, asked Chile to free the crew.",
            4,
        );
        assert!(!misread);
        assert_eq!(words[0], ("PROPN".into(), "nsubj".into()), "{words:?}");
    }

    #[test]
    fn a_name_is_no_interjection_adverb_or_verb_and_its_head_no_adjective() {
        let comma = Some("PUNCT");
        assert!(misread_in_name("Norland", "INTJ", false, comma));
        assert!(misread_in_name("Belvale", "VERB", true, Some("ADP")));
        assert!(misread_in_name("Carpest", "ADJ", true, comma));
        // "Saudi" of "Saudi Arabia", "of" of "Bosnia and …": words a name may hold
        assert!(!misread_in_name("Northern", "ADJ", false, Some("PROPN")));
        assert!(!misread_in_name("of", "ADP", false, Some("DET")));
        assert!(!misread_in_name("Norland", "PROPN", true, comma));
        // an adjective before the noun it modifies: "Carpest drone strikes"
        assert!(!misread_in_name("Carpest", "ADJ", true, Some("NOUN")));
        // a lower-case word inside a name's span is no word of the name
        assert!(!misread_in_name(
            "administered",
            "VERB",
            false,
            Some("PROPN")
        ));
    }
}
