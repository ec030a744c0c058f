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
    /// The text of the article a stage is working on ([`keep_article`]).
    live: Option<Live>,
}

/// The text a stage holds borrowed while a [`KeptArticle`] lives: while it is borrowed it
/// cannot change, so a text at the same address and of the same length is that text, and
/// neither the comparison with the kept text nor the count of its characters up to the
/// sentence is made again for each sentence (both are as long as the article).
struct Live {
    address: usize,
    len: usize,
    /// Whether the live text is the kept parses' text.
    held: bool,
    /// A byte offset of the live text and its characters before it (see
    /// `analyse_sentence_at`).
    at: (usize, usize),
}

impl Live {
    fn is(&self, text: &str) -> bool {
        self.address == text.as_ptr() as usize && self.len == text.len()
    }
}

impl Kept {
    fn holds(&self, model: usize, text: &str) -> bool {
        if let Some(live) = self.live.as_ref().filter(|l| l.is(text)) {
            return self.model == model && live.held;
        }
        self.model == model && self.text == text
    }

    /// Keeps the parses of `text` from now on (those of another text are dropped).
    fn hold(&mut self, model: usize, text: &str) {
        self.parses.clear();
        self.model = model;
        self.text.clear();
        self.text.push_str(text);
        if self.live.as_ref().is_some_and(|l| l.is(text)) {
            if let Some(live) = self.live.as_mut() {
                live.held = true;
            }
        } else {
            // The kept text is not the live one by address (it may be by its words): the
            // live text is compared as without a guard until the guard goes.
            self.live = None;
        }
    }

    /// Where the character count of `text` may start: the live text's last count, else
    /// the text's start.
    fn at(&self, text: &str) -> (usize, usize) {
        self.live
            .as_ref()
            .filter(|l| l.is(text))
            .map_or((0, 0), |l| l.at)
    }

    fn set_at(&mut self, text: &str, at: (usize, usize)) {
        if let Some(live) = self.live.as_mut().filter(|l| l.is(text)) {
            live.at = at;
        }
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
        let analysis = self.analyse_counting_on(text, tokens);
        KEPT.with(|k| {
            let mut k = k.borrow_mut();
            if !k.holds(model, text) {
                // Another article: the parses of the previous one are not needed again.
                k.hold(model, text);
            }
            k.parses.push((tokens.to_vec(), analysis.clone()));
        });
        analysis
    }

    /// [`Self::analyse_sentence`], counting the characters on from the live text's last
    /// count when `text` is the live text.
    fn analyse_counting_on(&self, text: &str, tokens: &[Token]) -> Analysis {
        let mut at = KEPT.with(|k| k.borrow().at(text));
        let analysis = self.analyse_sentence_at(text, tokens, &mut at);
        KEPT.with(|k| k.borrow_mut().set_at(text, at));
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
        taken.unwrap_or_else(|| self.analyse_counting_on(text, tokens))
    }
}

/// Marks `text` as the article a stage works on until the returned guard is dropped:
/// meanwhile [`SyntaxModel::analyse_sentence_kept`] and
/// [`SyntaxModel::analyse_sentence_reusing`] know it by its address instead of comparing it
/// with the kept text, and count its characters on from the previous sentence. The parses
/// are those made without it. (No model is needed: a stage that never parses loads none.)
pub fn keep_article(text: &str) -> KeptArticle<'_> {
    KEPT.with(|k| {
        let mut k = k.borrow_mut();
        let held = k.text == text;
        k.live = Some(Live {
            address: text.as_ptr() as usize,
            len: text.len(),
            held,
            at: (0, 0),
        });
    });
    KeptArticle {
        _text: std::marker::PhantomData,
    }
}

/// The guard of [`keep_article`]: it borrows the article's text, so the text
/// stays where it is and unchanged while its address stands for it.
pub struct KeptArticle<'t> {
    _text: std::marker::PhantomData<&'t str>,
}

impl Drop for KeptArticle<'_> {
    fn drop(&mut self) {
        KEPT.with(|k| k.borrow_mut().live = None);
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
    fn a_live_article_parses_as_without_it() {
        // Characters beyond ASCII before and inside the sentences: their character offsets
        // are counted on from the previous sentence, not from the text's start.
        let text = "Zürich — The envoy met the minister in Genève. Señor Díaz said the talks \
                    went well. The ministers will meet again in Kraków.";
        let tokens = text::tokenize(text);
        let cuts = [0, 11, 20, tokens.len()];
        let fresh: Vec<_> = cuts
            .windows(2)
            .map(|w| model().analyse_sentence(text, &tokens[w[0]..w[1]]))
            .collect();
        let guard = super::keep_article(text);
        // Coreference keeps the second sentence; the coder takes it and parses the others.
        let kept = model().analyse_sentence_kept(text, &tokens[cuts[1]..cuts[2]]);
        assert_eq!(kept, fresh[1]);
        let coded: Vec<_> = cuts
            .windows(2)
            .map(|w| model().analyse_sentence_reusing(text, &tokens[w[0]..w[1]]))
            .collect();
        assert_eq!(coded, fresh);
        assert_eq!(super::KEPT.with(|k| k.borrow().parses.len()), 0);
        // Out of order, the count starts again from the text's start.
        let again = model().analyse_sentence_reusing(text, &tokens[cuts[0]..cuts[1]]);
        assert_eq!(again, fresh[0]);
        drop(guard);
        assert!(super::KEPT.with(|k| k.borrow().live.is_none()));
    }

    #[test]
    fn a_live_article_is_not_another_text_of_the_same_words() {
        let text = "The envoy met the minister. She said the talks went well.";
        let copy = text.to_string();
        let tokens = text::tokenize(text);
        let guard = super::keep_article(&copy);
        // Kept for the text at another address: equal words, so still found by comparison.
        model().analyse_sentence_kept(text, &tokens[..6]);
        assert_eq!(super::KEPT.with(|k| k.borrow().parses.len()), 1);
        assert_eq!(
            model().analyse_sentence_reusing(&copy, &tokens[..6]),
            model().analyse_sentence(text, &tokens[..6])
        );
        assert_eq!(super::KEPT.with(|k| k.borrow().parses.len()), 0);
        drop(guard);
        // Another article while a guard lives: not held, its sentence parsed afresh.
        let _guard = super::keep_article(&copy);
        assert!(super::KEPT.with(|k| k.borrow().live.as_ref().is_some_and(|l| l.held)));
        let other = format!("Yesterday. {text}");
        let other_tokens = text::tokenize(&other);
        model().analyse_sentence_kept(&other, &other_tokens[2..8]);
        let there = model().analyse_sentence_reusing(&copy, &tokens[..6]);
        assert_eq!(there, model().analyse_sentence(text, &tokens[..6]));
        assert_eq!(super::KEPT.with(|k| k.borrow().parses.len()), 1);
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
