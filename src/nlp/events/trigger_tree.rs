//! A coded event's trigger in the parse of its sentence, for the passes that run after the
//! whole article is coded. Such a pass sees only the events and the text; reading the words
//! that follow a trigger in the text mistakes a neighbouring phrase for the trigger's object
//! ("said similar remarks were false": "remarks" is no object of "said"). The sentence coder
//! keeps each parsed sentence's (repaired) tree here, and a pass reads the trigger's own
//! dependents: its object, the object's modifiers, its clauses.
use super::*;
use crate::nlp::syntax::Word;

/// The parse of each coded sentence of one article, by sentence index.
#[derive(Default)]
pub(super) struct Parses {
    sentences: Vec<(usize, Vec<Word>)>,
}

impl Parses {
    /// Keeps the tree of sentence `si` for the article's later passes.
    pub(super) fn keep(&mut self, si: usize, words: Vec<Word>) {
        self.sentences.push((si, words));
    }

    /// The event's trigger in its sentence's tree (`None` when the sentence was not parsed,
    /// or no word of the tree lies in the trigger).
    pub(super) fn trigger(&self, e: &CodedEvent) -> Option<Tree<'_>> {
        let (_, words) = self.sentences.iter().find(|(si, _)| *si == e.sentence)?;
        let inside = |w: &Word| e.trigger.start <= w.start && w.end <= e.trigger.end;
        // the trigger's verb: a phrase's auxiliary or negation comes before it
        let at = words
            .iter()
            .position(|w| inside(w) && w.upos == "VERB")
            .or_else(|| words.iter().position(inside))?;
        Some(Tree { words, at })
    }
}

/// A sentence's tree seen from the trigger's word `at`.
pub(super) struct Tree<'p> {
    words: &'p [Word],
    pub(super) at: usize,
}

impl Tree<'_> {
    /// The dependents of word `w` under relation `rel` (its subtypes too: "obl" takes
    /// "obl:npmod"), in the sentence's order.
    pub(super) fn dependents<'a>(
        &'a self,
        w: usize,
        rel: &'a str,
    ) -> impl Iterator<Item = usize> + 'a {
        self.words.iter().enumerate().filter_map(move |(i, d)| {
            let base = d.deprel.split(':').next().unwrap_or_default();
            (d.head as usize == w + 1 && base == rel).then_some(i)
        })
    }

    /// Word `w`'s form, lower-cased.
    pub(super) fn lower(&self, w: usize) -> String {
        self.words
            .get(w)
            .map_or_else(String::new, |d| d.form.to_lowercase())
    }

    /// The number of words of the sentence.
    pub(super) fn len(&self) -> usize {
        self.words.len()
    }

    /// Word `w`'s lemma, lower-cased.
    pub(super) fn lemma(&self, w: usize) -> String {
        self.words
            .get(w)
            .map_or_else(String::new, |d| d.lemma.to_lowercase())
    }

    /// Word `w`'s head (`None` for the root).
    pub(super) fn head(&self, w: usize) -> Option<usize> {
        self.words.get(w)?;
        crate::nlp::syntax::head_of(self.words, w)
    }

    /// Word `w`'s relation to its head, without its subtype ("obl" for "obl:agent").
    pub(super) fn rel(&self, w: usize) -> &str {
        self.words
            .get(w)
            .map_or("", |d| d.deprel.split(':').next().unwrap_or_default())
    }

    /// Word `w`'s byte span in the text.
    pub(super) fn span(&self, w: usize) -> Span {
        self.words
            .get(w)
            .map_or(Span::new(0, 0), |d| Span::new(d.start, d.end))
    }

    /// Word `w`'s fine tag ("VBG": a gerund or present participle).
    pub(super) fn xpos(&self, w: usize) -> &str {
        self.words.get(w).map_or("", |d| d.xpos.as_str())
    }

    /// Word `w` has a dependent under `rel` whose form is one of `forms` ("as" a `case` of
    /// "an observer").
    pub(super) fn marked(&self, w: usize, rel: &str, forms: &[&str]) -> bool {
        self.dependents(w, rel)
            .any(|d| forms.contains(&self.lower(d).as_str()))
    }
}
