//! The parser's scores of the words filling a state's roles, summed once per sentence.
//!
//! About a quarter of a parser state's features (b0 with its neighbours, s0, s1 and s2
//! alone: [`parser::word_features`]) depend on nothing but which word fills the role, and
//! a sentence of n words has only n + 2 fillers per role while the beam scores several
//! states per word. So their rows are summed once per word and role, with every cache
//! miss of the sentence overlapping, and a state adds four cached sums instead of
//! looking up those rows again. Integer sums: a state's scores are exactly those of its
//! full feature set (`parser::features`).

use super::parser::{self, Input, State, NONE, ROLES};
use super::perceptron::Model;

/// Per role and filler, the summed rows of its word features.
pub struct RoleScores {
    classes: usize,
    width: usize,
    /// Fillers per role: the root, the n words and `NONE` (the role is empty).
    fillers: usize,
    sums: Vec<i32>,
}

impl RoleScores {
    /// The sums of every filler of every role of the sentence `inp`.
    pub fn new(model: &Model, inp: &Input) -> RoleScores {
        let fillers = inp.words.len() + 1;
        let mut feats = Vec::with_capacity(ROLES * fillers * 12);
        let mut ends = Vec::with_capacity(ROLES * fillers);
        for role in 0..ROLES {
            for x in 0..fillers {
                let word = if x + 1 == fillers { NONE } else { x as u32 };
                parser::word_features(inp, role, word, &mut feats);
                ends.push(feats.len());
            }
        }
        let mut sums = Vec::new();
        model.score_groups(&feats, &ends, &mut sums);
        RoleScores {
            classes: model.classes(),
            width: model.width(),
            fillers,
            sums,
        }
    }

    /// Adds the sums of `st`'s role fillers to `scores` (one per class), with the
    /// vectors of `model` (the model these sums were made from).
    pub fn add_to(&self, model: &Model, st: &State, scores: &mut [i32]) {
        for (role, x) in st.role_words().into_iter().enumerate() {
            let x = if x == NONE {
                self.fillers - 1
            } else {
                x as usize
            };
            let at = (role * self.fillers + x) * self.width;
            let sum = &self.sums[at..at + self.classes];
            model.add_sums(scores, sum);
        }
    }
}

#[cfg(test)]
mod tests;
