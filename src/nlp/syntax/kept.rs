//! The parses of one article kept on the thread that made them, so that a later stage of
//! the same article takes a parse instead of repeating it: coreference parses the sentence
//! before a pronoun, and the event coder parses most sentences of the article again.
//!
//! A parse depends only on the model, the text, the sentence's tokens and the process's
//! decoding (set once per process), so a kept parse is the parse the later stage would
//! make. The stages meet only through an `EntityAnalysis` (a protobuf message between
//! Kafka workers), so the parses cannot travel with it; on one thread (`annotate`, `run`)
//! the entities and coding of an article follow each other and the kept parses are used,
//! elsewhere they are simply not found. At most one article's parses are kept per thread.
use super::document::Analysis;
use super::SyntaxModel;
use crate::nlp::text::Token;
use std::cell::RefCell;

#[derive(Default)]
struct Kept {
    /// The model that made the parses (its address: models are loaded once and shared).
    model: usize,
    text: String,
    parses: Vec<(Vec<Token>, Analysis)>,
}

impl Kept {
    fn holds(&self, model: usize, text: &str) -> bool {
        self.model == model && self.text == text
    }

    fn position(&self, tokens: &[Token]) -> Option<usize> {
        self.parses.iter().position(|(t, _)| t.as_slice() == tokens)
    }
}

thread_local! {
    static KEPT: RefCell<Kept> = RefCell::new(Kept::default());
}

impl SyntaxModel {
    fn address(&self) -> usize {
        std::ptr::from_ref(self) as usize
    }

    /// As [`Self::analyse_sentence`], keeping the parse for a later
    /// [`Self::analyse_sentence_reusing`] of the same sentence of the same text (a parse
    /// kept before is returned instead of parsing again).
    pub fn analyse_sentence_kept(&self, text: &str, tokens: &[Token]) -> Analysis {
        let model = self.address();
        let found = KEPT.with(|k| {
            let k = k.borrow();
            let i = k.holds(model, text).then(|| k.position(tokens))??;
            Some(k.parses[i].1.clone())
        });
        if let Some(analysis) = found {
            return analysis;
        }
        let analysis = self.analyse_sentence(text, tokens);
        KEPT.with(|k| {
            let mut k = k.borrow_mut();
            if !k.holds(model, text) {
                // Another article: the parses of the previous one are not needed again.
                k.parses.clear();
                k.model = model;
                k.text.clear();
                k.text.push_str(text);
            }
            k.parses.push((tokens.to_vec(), analysis.clone()));
        });
        analysis
    }

    /// As [`Self::analyse_sentence`], taking the parse kept by
    /// [`Self::analyse_sentence_kept`] for this sentence of this text if there is one.
    pub fn analyse_sentence_reusing(&self, text: &str, tokens: &[Token]) -> Analysis {
        let model = self.address();
        let taken = KEPT.with(|k| {
            let mut k = k.borrow_mut();
            let i = k.holds(model, text).then(|| k.position(tokens))??;
            Some(k.parses.swap_remove(i).1)
        });
        taken.unwrap_or_else(|| self.analyse_sentence(text, tokens))
    }
}

#[cfg(test)]
mod tests {
    use crate::nlp::syntax;
    use crate::nlp::text;

    fn model() -> &'static syntax::SyntaxModel {
        syntax::builtin().expect("the shipped model loads")
    }

    #[test]
    fn a_kept_parse_is_taken_once_and_equals_a_fresh_parse() {
        let text = "The envoy met the minister. She said the talks went well.";
        let tokens = text::tokenize(text);
        let first = &tokens[..6];
        let kept = model().analyse_sentence_kept(text, first);
        assert_eq!(kept, model().analyse_sentence(text, first));
        assert_eq!(super::KEPT.with(|k| k.borrow().parses.len()), 1);
        assert_eq!(model().analyse_sentence_reusing(text, first), kept);
        // Taken: nothing is left for another stage.
        assert_eq!(super::KEPT.with(|k| k.borrow().parses.len()), 0);
    }

    #[test]
    fn another_text_or_sentence_is_parsed_not_taken() {
        let text = "The envoy met the minister. She said the talks went well.";
        let tokens = text::tokenize(text);
        model().analyse_sentence_kept(text, &tokens[..6]);
        // The same words in another text: its own parse (offsets of its own).
        let other = format!("Yesterday. {text}");
        let other_tokens = text::tokenize(&other);
        let there = model().analyse_sentence_reusing(&other, &other_tokens[2..8]);
        assert_eq!(there.start, "Yesterday. ".len());
        // Another sentence of the same text is not the kept one.
        let second = model().analyse_sentence_reusing(text, &tokens[6..]);
        assert_eq!(second, model().analyse_sentence(text, &tokens[6..]));
        // A second article replaces the first's kept parses.
        model().analyse_sentence_kept(&other, &other_tokens[2..8]);
        assert!(super::KEPT.with(|k| k.borrow().holds(k.borrow().model, &other)));
        assert_eq!(super::KEPT.with(|k| k.borrow().parses.len()), 1);
    }
}
