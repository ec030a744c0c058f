//! Joint tag choice: where the tagger is unsure whether a word is a verb or a noun
//! (or an adjective, or an auxiliary; `tagger::unsure`), the sentence is parsed with
//! each reading and the reading whose tree the parser scores higher is kept. The tree
//! is scored greedily, as the sum of its moves' log-probabilities under the beam's
//! softmax: every arc-hybrid parse of a sentence takes the same number of moves, so the
//! sums compare directly. The extra parses are bounded: only sentences with an unsure
//! word, at most [`JointChoice::alternatives`] other readings each.

use super::beam::TEMPERATURE;
use super::parser::{self, State};
use super::{SyntaxModel, MAX_PARSE_WORDS};

/// When another reading replaces the tagger's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct JointChoice {
    /// Largest tagger score gap (model units) at which the other reading is tried.
    pub max_gap: f32,
    /// Most other readings parsed per sentence (the closest ones).
    pub alternatives: usize,
    /// How much better (log-probability) the other reading's tree must score, plus
    /// `per_gap` times the tagger's gap.
    pub bias: f64,
    pub per_gap: f64,
}

impl JointChoice {
    /// No joint choice: the tagger's classes stand.
    pub const OFF: Self = Self {
        max_gap: -1.0,
        alternatives: 0,
        bias: 0.0,
        per_gap: 0.0,
    };
}

impl SyntaxModel {
    /// The tagger's classes of `words`, with one unsure word's other reading put in
    /// where the parser prefers the tree it builds (see the module comment).
    pub fn tag_jointly(&self, words: &[&str], choice: &JointChoice) -> Vec<u16> {
        let tags = self.tagger.tag(words);
        if choice.alternatives == 0 || words.len() > MAX_PARSE_WORDS {
            return tags;
        }
        let unsure = self.tagger.unsure(words, &tags, choice.max_gap);
        if unsure.is_empty() {
            return tags;
        }
        let base = self.tree_log_prob(words, &tags);
        let mut best: Option<(f64, Vec<u16>)> = None;
        for u in unsure.iter().take(choice.alternatives) {
            let other = self.tagger.tag_with(words, u.at, u.class);
            let gain = self.tree_log_prob(words, &other) - base;
            let needed = choice.bias + choice.per_gap * f64::from(u.gap);
            if gain > needed && best.as_ref().is_none_or(|(g, _)| gain > *g) {
                best = Some((gain, other));
            }
        }
        best.map_or(tags, |(_, other)| other)
    }

    /// The greedy parse's sum of move log-probabilities (softmax at the beam's
    /// temperature) for `words` tagged `tags`.
    pub fn tree_log_prob(&self, words: &[&str], tags: &[u16]) -> f64 {
        self.tree_log_prob_at(words, tags, TEMPERATURE)
    }

    /// [`SyntaxModel::tree_log_prob`] at softmax temperature `temperature`.
    pub fn tree_log_prob_at(&self, words: &[&str], tags: &[u16], temperature: f64) -> f64 {
        self.scored_tree_at(words, tags, temperature).0
    }

    /// The greedy parse of `words` tagged `tags` (its final state: heads and labels,
    /// index 0 = root) with its log-probability at softmax temperature `temperature`.
    pub fn scored_tree_at(&self, words: &[&str], tags: &[u16], temperature: f64) -> (f64, State) {
        let inp = self.input(words, tags);
        let k = f64::from(self.parser.scale()) / temperature;
        let mut total = 0.0;
        let st = self.greedy_walk(words.len(), &inp, |st, scores| {
            let mv = parser::best_legal(st, scores);
            total += log_softmax(st, scores, mv, k);
            st.apply(mv);
        });
        (total, st)
    }
}

/// Log-probability of class `mv` among `st`'s legal moves, scores scaled by `k`.
fn log_softmax(st: &State, scores: &[i32], mv: usize, k: f64) -> f64 {
    let best = f64::from(scores[mv]);
    let z: f64 = scores
        .iter()
        .enumerate()
        .filter(|&(c, _)| st.legal(c))
        .map(|(_, &s)| ((f64::from(s) - best) * k).exp())
        .sum();
    -z.ln()
}

#[cfg(test)]
mod tests {
    use super::super::builtin;
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split_whitespace().collect()
    }

    /// Unsure words are verb / noun / adjective / auxiliary readings within the gap,
    /// closest first, and the other reading is what `tag_with` puts in.
    #[test]
    fn unsure_words_pair_a_verb_with_a_noun_adjective_or_auxiliary_reading() {
        let model = builtin().expect("the shipped syntax model loads");
        let sentences = [
            "Residents say the ferry docks near the old mill every morning .",
            "The council will review plans to convert the depot into flats .",
            "Inspectors found the bridge repairs stalled after the storm hit .",
        ];
        let mut seen = 0;
        for text in sentences {
            let ws = words(text);
            let tags = model.tagger.tag(&ws);
            let unsure = model.tagger.unsure(&ws, &tags, 64.0);
            assert!(unsure.windows(2).all(|p| p[0].gap <= p[1].gap), "{text}");
            for u in &unsure {
                seen += 1;
                assert!((0.0..=64.0).contains(&u.gap), "{text}: {u:?}");
                let from = model.tagger.tags[usize::from(tags[u.at])].0.as_str();
                let to = model.tagger.tags[usize::from(u.class)].0.as_str();
                assert!(from == "VERB" || to == "VERB", "{text}: {from} -> {to}");
                assert_ne!(from, to);
                assert_eq!(model.tagger.tag_with(&ws, u.at, u.class)[u.at], u.class);
            }
            // A gap below every score difference leaves no word unsure.
            assert!(model.tagger.unsure(&ws, &tags, -1.0).is_empty());
        }
        assert!(seen > 0, "no unsure word in any test sentence");
    }

    /// Switched off, the joint choice is the tagger's tags; a tree's score is a
    /// log-probability (at most 0) and the same for the same tags.
    #[test]
    fn joint_choice_off_keeps_the_tagger_and_tree_scores_are_log_probabilities() {
        let model = builtin().expect("the shipped syntax model loads");
        let ws = words("The envoy plans to visit the port next week .");
        let tags = model.tagger.tag(&ws);
        assert_eq!(model.tag_jointly(&ws, &JointChoice::OFF), tags);
        let lp = model.tree_log_prob(&ws, &tags);
        assert!(lp <= 0.0 && lp.is_finite(), "{lp}");
        assert_eq!(lp, model.tree_log_prob(&ws, &tags));
    }
}
