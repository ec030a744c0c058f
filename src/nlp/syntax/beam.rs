//! Beam-search decoding over the greedy-trained joint parser: keeps the `width` best
//! transition sequences and returns the best complete one. A sequence is scored by the
//! sum of its moves' raw scores (`temperature` 0), or of their log-probabilities under
//! a softmax of each state's legal move scores divided by `temperature` (in model
//! units). The model is trained for greedy decoding (dynamic oracle), so this only
//! re-ranks its own move scores; width 1 is exactly the greedy parser.
//! Arc-hybrid parses of a sentence all take 2n transitions, so the beam advances in
//! lock step. Two-stage models (with a label model) are always parsed greedily.

use super::parser::{self, Input, State};
use super::perceptron::Model;

/// The temperature that scored best with a beam of 4 on EWT dev for the shipped model
/// (in its weight units: re-measure after a retrain; see EVALUATION.md).
pub const TEMPERATURE: f64 = 24.0;

/// A beam element: a parser state and the sum of the scores of the moves that led there.
struct Item {
    state: State,
    score: f64,
}

/// A candidate expansion: (total score, item index, class).
type Candidate = (f64, usize, usize);

/// Move scores of one state: raw, or log-softmax of the legal ones at `temperature`.
fn move_scores(st: &State, scores: &[i32], scale: f64, temperature: f64, out: &mut Vec<f64>) {
    out.clear();
    out.extend(scores.iter().enumerate().map(|(c, &s)| {
        if st.legal(c) {
            f64::from(s)
        } else {
            f64::NEG_INFINITY
        }
    }));
    if temperature > 0.0 {
        let k = scale / temperature;
        let max = out.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let sum: f64 = out.iter().map(|s| ((s - max) * k).exp()).sum();
        let log_z = sum.ln();
        for s in out.iter_mut() {
            *s = (*s - max) * k - log_z;
        }
    }
}

/// Heads and labels of words 1..=n (index 0 unused) by beam search of `width` (≥ 1).
pub fn parse(model: &Model, n: usize, inp: &Input, width: usize, temperature: f64) -> State {
    let width = width.max(1);
    let mut beam = vec![Item {
        state: State::new(n),
        score: 0.0,
    }];
    let mut moves = Vec::with_capacity(128);
    let (mut feats, mut scores) = (Vec::with_capacity(128), Vec::with_capacity(128));
    let mut candidates: Vec<Candidate> = Vec::new();
    while !beam[0].state.terminal() {
        candidates.clear();
        for (i, item) in beam.iter().enumerate() {
            parser::features(&item.state, inp, &mut feats);
            model.score(&feats, &mut scores);
            let scale = f64::from(model.scale());
            move_scores(&item.state, &scores, scale, temperature, &mut moves);
            candidates.extend(
                moves
                    .iter()
                    .enumerate()
                    .filter(|&(_, &s)| s > f64::NEG_INFINITY)
                    .map(|(c, &s)| (item.score + s, i, c)),
            );
        }
        if candidates.is_empty() {
            break;
        }
        // Highest score first; ties go to the earlier item and the lower class, as in
        // the greedy parser.
        let by_rank =
            |a: &Candidate, b: &Candidate| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2)));
        if candidates.len() > width {
            candidates.select_nth_unstable_by(width - 1, by_rank);
            candidates.truncate(width);
        }
        candidates.sort_unstable_by(by_rank);
        beam = candidates
            .iter()
            .map(|&(score, i, class)| {
                let mut state = beam[i].state.clone();
                state.apply(class);
                Item { state, score }
            })
            .collect();
    }
    beam.swap_remove(0).state
}

#[cfg(test)]
mod tests {
    use crate::nlp::syntax::builtin;

    const SENTENCES: [&str; 3] = [
        "The minister said that talks with the rebels would resume on Monday .",
        "Troops fired on protesters in the capital , officials said .",
        "If the envoy rejects the offer , sanctions will follow .",
    ];

    /// Width 1 is the greedy parser; wider beams still give one tree with one root.
    #[test]
    fn beam_of_one_is_greedy_and_wider_beams_give_trees() {
        let model = builtin().expect("shipped model");
        for s in SENTENCES {
            let words: Vec<&str> = s.split(' ').collect();
            let greedy = model.analyse_words(&words);
            let one = model.analyse_words_beam(&words, 1, super::TEMPERATURE);
            assert_eq!((&one.head, &one.label), (&greedy.head, &greedy.label));
            for width in [2, 4] {
                let p = model.analyse_words_beam(&words, width, super::TEMPERATURE);
                assert_eq!(p.head.len(), words.len());
                assert_eq!(p.head.iter().filter(|&&h| h == 0).count(), 1, "{s}");
                assert!(p.head.iter().all(|&h| h as usize <= words.len()));
            }
        }
    }
}
