//! The summed rows of a word's own features, kept across sentences.
//!
//! A third of the tagger's features for a word (its form, lower case, shape, flags,
//! prefixes, suffixes and its own word class: [`super::own_features`]) depend on the
//! word alone, and they are the rare lexical keys whose table slots miss the cache. News
//! repeats its words from sentence to sentence and article to article, so their rows are
//! summed once per word and model and the sum is kept in a bounded per-thread table; a
//! later occurrence adds the kept sum and looks up only its context features. The
//! weights are integers, so the scores are exactly those of the full feature set.

use super::WordFeats;
use crate::nlp::syntax::perceptron::{mix, Model};
use std::cell::RefCell;

/// Slots of the table (a power of two): ~1 MB of sums for a tagger of 50 classes, and
/// more than the distinct words a tagger scores in a few news articles.
const SLOTS: usize = 1 << 12;

/// One kept sum: whose word and model it is, and the class scores.
#[derive(Default)]
struct Entry {
    /// [`Model::id`] of the model summed; 0 = empty.
    model: u64,
    /// Whether the word-class templates were read.
    classes: bool,
    word: Option<WordFeats>,
    sums: Vec<i32>,
}

/// A direct-mapped table of kept sums: a word whose slot another word holds replaces it.
pub(super) struct OwnSums {
    slots: Vec<Entry>,
}

thread_local! {
    static OWN: RefCell<OwnSums> = RefCell::new(OwnSums::new());
}

impl OwnSums {
    fn new() -> OwnSums {
        OwnSums {
            slots: (0..SLOTS).map(|_| Entry::default()).collect(),
        }
    }

    /// Runs `f` with this thread's table.
    pub(super) fn with<T>(f: impl FnOnce(&mut OwnSums) -> T) -> T {
        OWN.with(|own| f(&mut own.borrow_mut()))
    }

    fn slot(model: &Model, w: &WordFeats, classes: bool) -> usize {
        let h = mix(mix(mix(model.id(), w.form), w.flags), u64::from(classes));
        (h >> 40) as usize & (SLOTS - 1)
    }

    /// The kept sum of `w`'s own features under `model`, if this table holds it.
    pub(super) fn get(&self, model: &Model, w: &WordFeats, classes: bool) -> Option<&[i32]> {
        let e = &self.slots[Self::slot(model, w, classes)];
        let same = e.model == model.id() && e.classes == classes && e.word.as_ref() == Some(w);
        same.then_some(e.sums.as_slice())
    }

    /// Keeps `sums`, the summed rows of `w`'s own features under `model`.
    pub(super) fn put(&mut self, model: &Model, w: &WordFeats, classes: bool, sums: &[i32]) {
        let e = &mut self.slots[Self::slot(model, w, classes)];
        e.model = model.id();
        e.classes = classes;
        e.word = Some(*w);
        e.sums.clear();
        e.sums.extend_from_slice(sums);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{builtin_tagger_copy, features, features_second, word_feats, Word};
    use super::super::{Scratch, Tagger, START};
    use super::*;

    const SENTENCES: [&[&str]; 3] = [
        &[
            "Envoys",
            "from",
            "Ruritania",
            "rebuffed",
            "the",
            "Freedonian",
            "offer",
            ".",
        ],
        &[
            "The",
            "offer",
            "was",
            "rebuffed",
            "again",
            "by",
            "Ruritania",
            "on",
            "Tuesday",
        ],
        &["Ruritania", "said", "the", "envoys", "would", "return", "."],
    ];

    /// The scores of word `i` through `score_word` with `own`, and those of the pass's
    /// whole feature set scored at once (what the tagger computed before the kept sums).
    fn both(tagger: &Tagger, own: &mut OwnSums, words: &[&str], i: usize) -> [Vec<i32>; 4] {
        let ws = word_feats(words, tagger.classes);
        let first: Vec<u16> = (0..words.len() as u16).collect();
        let prev = (START[0], 17);
        let (mut scratch, mut feats, mut whole) = (Scratch::default(), Vec::new(), Vec::new());
        let mut run = |model: &Model, first: Option<&[u16]>| {
            tagger.score_word(model, Word { ws: &ws, i, first }, prev, own, &mut scratch);
            scratch.scores.clone()
        };
        let got_first = run(&tagger.model, None);
        let second = tagger.second.as_ref().unwrap_or(&tagger.model);
        let got_second = run(second, Some(&first));
        features(&ws, i, prev, tagger.classes, &mut feats);
        tagger.model.score(&feats, &mut whole);
        let want_first = whole.clone();
        features_second(&ws, &first, i, prev, &mut feats);
        second.score(&feats, &mut whole);
        [got_first, want_first, got_second, whole]
    }

    /// Every word of every sentence, in both passes, scores as its whole feature set,
    /// the first time (the sum is made and kept) and the second (the kept sum is used),
    /// for a tagger with word classes and one without.
    #[test]
    fn kept_sums_score_as_the_whole_feature_set() {
        for classes in [false, true] {
            let tagger = builtin_tagger_copy(classes);
            let mut own = OwnSums::new();
            for round in 0..2 {
                for words in SENTENCES {
                    for i in 0..words.len() {
                        let [got1, want1, got2, want2] = both(&tagger, &mut own, words, i);
                        assert_eq!(got1, want1, "first pass, {words:?} {i}, round {round}");
                        assert_eq!(got2, want2, "second pass, {words:?} {i}, round {round}");
                    }
                }
            }
            let ws = word_feats(SENTENCES[0], classes);
            assert!(own.get(&tagger.model, &ws[3], classes).is_some());
        }
    }

    /// A kept sum is one model's and one word's: another model, the same word opening a
    /// sentence (its flags differ) or read without word classes finds nothing.
    #[test]
    fn kept_sums_are_not_taken_for_another_model_or_word() {
        let (a, b) = (builtin_tagger_copy(true), builtin_tagger_copy(true));
        let mut own = OwnSums::new();
        let ws = word_feats(&["Ruritania", "and", "Ruritania"], true);
        own.put(&a.model, &ws[2], true, &[1, 2, 3]);
        assert_eq!(own.get(&a.model, &ws[2], true), Some(&[1, 2, 3][..]));
        assert!(own.get(&b.model, &ws[2], true).is_none());
        assert!(own.get(&a.model, &ws[0], true).is_none());
        assert!(own.get(&a.model, &ws[2], false).is_none());
    }
}
