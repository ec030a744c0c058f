//! Where the tagger is unsure between a verb reading and a noun, adjective or auxiliary
//! one: the words whose best class and best class of the other reading lie within a
//! small score gap, and the sentence tagged again with the other reading given. The
//! parser then judges which reading builds the better tree (`syntax::joint`): a verb
//! read as a noun, or the reverse, costs a clause its head, which context words alone
//! do not always show the tagger ("could advice", "to rocket attacks").

use super::{key, Given, Tagger};
use crate::nlp::syntax::perceptron::best;

/// UPOS pairs whose confusion rebuilds a clause (EVALUATION.md, syntax8's oracle).
const READINGS: [(&str, &str); 3] = [("VERB", "NOUN"), ("VERB", "ADJ"), ("VERB", "AUX")];

/// One unsure word: its position, the class of the other reading, and how far that
/// class scored below the chosen one (in model units, 0 = a tie).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unsure {
    pub at: usize,
    pub class: u16,
    pub gap: f32,
}

/// Whether a word of UPOS `a` may be read as `b` instead.
fn other_reading(a: &str, b: &str) -> bool {
    READINGS
        .iter()
        .any(|&(x, y)| (a == x && b == y) || (a == y && b == x))
}

impl Tagger {
    /// The words of `words` (tagged `tags` by [`Tagger::tag`]) whose other reading
    /// scores within `max_gap` of the chosen class, closest first. Each is scored by
    /// the last pass with the final classes on both sides of it. A word the tag
    /// dictionary holds, or one whose class a context rule fixed against the model
    /// (the model's best is another class), is never unsure.
    pub fn unsure(&self, words: &[&str], tags: &[u16], max_gap: f32) -> Vec<Unsure> {
        let ws = super::word_feats(words, self.classes);
        let model = self.second.as_ref().unwrap_or(&self.model);
        let (mut feats, mut scores) = (Vec::with_capacity(72), Vec::new());
        let mut out = Vec::new();
        for (i, w) in ws.iter().enumerate() {
            let chosen = usize::from(tags[i]);
            let upos = self.tags[chosen].0.as_str();
            if self.dict.contains_key(&key(w.form))
                || !READINGS.iter().any(|r| r.0 == upos || r.1 == upos)
            {
                continue;
            }
            self.last_pass_scores(&ws, tags, i, &mut feats, &mut scores);
            if best(&scores, |_| true) != Some(chosen) {
                continue;
            }
            let alt = best(&scores, |c| other_reading(upos, &self.tags[c].0));
            if let Some(alt) = alt {
                let gap = (scores[chosen] - scores[alt]) as f32 * model.scale();
                if gap <= max_gap {
                    out.push(Unsure {
                        at: i,
                        class: alt as u16,
                        gap,
                    });
                }
            }
        }
        out.sort_by(|a, b| a.gap.total_cmp(&b.gap));
        out
    }

    /// The median over the words of `words` (tagged `tags`) of the last pass's margin
    /// between the chosen class and the next best, in model units: the scale a gap is
    /// measured against when two models (trained on different amounts of text, whose
    /// scores differ in size) are compared (`syntax::judge`).
    pub fn median_margin(&self, words: &[&str], tags: &[u16]) -> f32 {
        let ws = super::word_feats(words, self.classes);
        let model = self.second.as_ref().unwrap_or(&self.model);
        let (mut feats, mut scores) = (Vec::with_capacity(72), Vec::new());
        let mut margins: Vec<f32> = (0..ws.len())
            .filter_map(|i| {
                self.last_pass_scores(&ws, tags, i, &mut feats, &mut scores);
                let top = best(&scores, |_| true)?;
                let next = best(&scores, |c| c != top)?;
                Some((scores[top] - scores[next]) as f32 * model.scale())
            })
            .collect();
        margins.sort_by(f32::total_cmp);
        margins
            .get(margins.len() / 2)
            .copied()
            .unwrap_or(1.0)
            .max(1.0)
    }

    /// The last pass's class scores of word `i`, its neighbours' classes as `tags` has them.
    fn last_pass_scores(
        &self,
        ws: &[super::WordFeats],
        tags: &[u16],
        i: usize,
        feats: &mut Vec<u64>,
        scores: &mut Vec<i32>,
    ) {
        let prev = |d: usize| {
            i.checked_sub(d)
                .map_or(super::START[d - 1], |j| u64::from(tags[j]))
        };
        match &self.second {
            Some(_) => super::features_second(ws, tags, i, (prev(1), prev(2)), feats),
            None => super::features(ws, i, (prev(1), prev(2)), self.classes, feats),
        }
        self.second
            .as_ref()
            .unwrap_or(&self.model)
            .score(feats, scores);
    }

    /// The sentence tagged as [`Tagger::tag`] tags it, with word `at` given `class`.
    pub fn tag_with(&self, words: &[&str], at: usize, class: u16) -> Vec<u16> {
        self.tag_given(words, vec![(at, Given::Class(class))])
    }
}
