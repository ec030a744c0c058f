//! Training the joint parser for beam decoding: a global structured perceptron over
//! transition sequences with the max-violation update (Huang, Fayong & Guo 2012) on a
//! beam of `width`, averaged weights.
//!
//! The gold sequence is latent: arc-hybrid reaches a projective tree by more than one
//! sequence, so the gold prefix at each step is the best-scoring one that the dynamic
//! oracle ([`parser::costs`]) says still reaches the gold tree (every move cost 0). The
//! beam search runs over the whole sentence; at the step where the best beam item
//! outscores the gold prefix by most (and is wrong), the gold prefix's moves are rewarded
//! and that item's moves penalised. Sequences are kept as parent links in an arena and
//! replayed for their features only when updated, so the search stores no features.

use super::parse_input;
use super::parser::{self, Gold, Input, State};
use super::perceptron::Trainer;

/// A move in the arena: the node before it (`ROOT` for the first) and its class.
#[derive(Clone, Copy)]
struct Node {
    parent: u32,
    class: u16,
}

const ROOT: u32 = u32::MAX;

/// A partial sequence: its state, total score, arena node, and whether every move so
/// far cost 0 (the gold tree is still reachable).
#[derive(Clone)]
struct Item {
    state: State,
    score: f64,
    node: u32,
    correct: bool,
}

/// A candidate expansion: (total score, index of the expanded item, class, move cost).
/// The gold item, when outside the beam, is expanded under index `usize::MAX`.
type Candidate = (f64, usize, usize, u32);

/// A training sentence for the beam trainer.
pub struct Example<'a> {
    pub words: &'a [&'a str],
    pub tags: &'a [u16],
    pub gold: Gold<'a>,
}

/// Reusable buffers of one search.
struct Search<'a> {
    inp: Input,
    gold: &'a Gold<'a>,
    classes: usize,
    arena: Vec<Node>,
    feats: Vec<u64>,
    scores: Vec<f32>,
    cost: Vec<u32>,
}

impl Search<'_> {
    /// Pushes the legal expansions of `item` (index `i`) into `out`; move costs are
    /// computed only for a correct item (a wrong one can never be correct again).
    fn expand(&mut self, trainer: &Trainer, item: &Item, i: usize, out: &mut Vec<Candidate>) {
        parser::features(&item.state, &self.inp, &mut self.feats);
        trainer.score(&self.feats, &mut self.scores);
        if item.correct {
            parser::costs(&item.state, self.gold, self.classes, &mut self.cost);
        }
        for (c, &s) in self.scores.iter().enumerate() {
            if item.state.legal(c) {
                let cost = if item.correct { self.cost[c] } else { 1 };
                out.push((item.score + f64::from(s), i, c, cost));
            }
        }
    }

    /// The item a candidate makes (its move appended to the arena).
    fn make(&mut self, from: &Item, c: &Candidate) -> Item {
        let mut state = from.state.clone();
        state.apply(c.2);
        self.arena.push(Node {
            parent: from.node,
            class: c.2 as u16,
        });
        Item {
            state,
            score: c.0,
            node: (self.arena.len() - 1) as u32,
            correct: from.correct && c.3 == 0,
        }
    }

    /// The classes of the sequence ending at `node`, first move first.
    fn sequence(&self, mut node: u32) -> Vec<usize> {
        let mut out = Vec::new();
        while node != ROOT {
            let n = self.arena[node as usize];
            out.push(usize::from(n.class));
            node = n.parent;
        }
        out.reverse();
        out
    }
}

/// Highest score first; ties to the earlier item and the lower class, as in decoding.
fn by_rank(a: &Candidate, b: &Candidate) -> std::cmp::Ordering {
    b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2)))
}

/// One sentence: beam search with the current weights, then the max-violation update.
/// Returns whether an update was made.
pub fn train_sentence(trainer: &mut Trainer, ex: &Example, width: usize) -> bool {
    let n = ex.words.len();
    let start = Item {
        state: State::new(n),
        score: 0.0,
        node: ROOT,
        correct: true,
    };
    let mut s = Search {
        inp: parse_input(ex.words, ex.tags, true),
        gold: &ex.gold,
        classes: trainer.classes(),
        arena: Vec::with_capacity(4 * n * width.max(1)),
        feats: Vec::with_capacity(128),
        scores: Vec::with_capacity(128),
        cost: Vec::with_capacity(128),
    };
    let (mut beam, mut gold) = (vec![start.clone()], start);
    let mut gold_in_beam = true;
    // (violation, predicted node, gold node) of the worst step so far.
    let mut worst: Option<(f64, u32, u32)> = None;
    let mut candidates: Vec<Candidate> = Vec::new();
    while !beam[0].state.terminal() {
        candidates.clear();
        for (i, item) in beam.iter().enumerate() {
            s.expand(trainer, item, i, &mut candidates);
        }
        if !gold_in_beam {
            s.expand(trainer, &gold, usize::MAX, &mut candidates);
        }
        // The gold prefix goes on by its best zero-cost move (from the beam's correct
        // items, or from itself once it has fallen off the beam).
        let next_gold = candidates
            .iter()
            .filter(|c| c.3 == 0 && (c.1 == usize::MAX) != gold_in_beam)
            .min_by(|a, b| by_rank(a, b))
            .copied();
        let Some(next_gold) = next_gold else {
            break; // cannot happen for a projective tree: a zero-cost move always exists
        };
        candidates.retain(|c| c.1 != usize::MAX);
        if candidates.len() > width {
            candidates.select_nth_unstable_by(width - 1, by_rank);
            candidates.truncate(width);
        }
        candidates.sort_unstable_by(by_rank);
        gold_in_beam = candidates
            .iter()
            .any(|c| (c.1, c.2) == (next_gold.1, next_gold.2));
        let from = if next_gold.1 == usize::MAX {
            gold.clone()
        } else {
            beam[next_gold.1].clone()
        };
        gold = s.make(&from, &next_gold);
        let next: Vec<Item> = candidates.iter().map(|c| s.make(&beam[c.1], c)).collect();
        beam = next;
        let violation = beam[0].score - gold.score;
        if !beam[0].correct && violation >= 0.0 && worst.is_none_or(|w| violation >= w.0) {
            worst = Some((violation, beam[0].node, gold.node));
        }
    }
    match worst {
        Some((_, predicted, gold_node)) => {
            update(trainer, &s, &s.sequence(gold_node), &s.sequence(predicted));
            true
        }
        None => false,
    }
}

/// Rewards the gold sequence's moves and penalises the predicted one's, from the first
/// move where they part (before it their states and features are the same).
fn update(trainer: &mut Trainer, s: &Search, gold: &[usize], predicted: &[usize]) {
    let shared = gold
        .iter()
        .zip(predicted)
        .take_while(|(a, b)| a == b)
        .count();
    let mut feats = Vec::with_capacity(128);
    for (seq, delta) in [(gold, 1.0), (predicted, -1.0)] {
        let mut st = State::new(s.inp.words.len() - 1);
        for (k, &class) in seq.iter().enumerate() {
            if k >= shared {
                parser::features(&st, &s.inp, &mut feats);
                trainer.add(&feats, class, delta);
            }
            st.apply(class);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::parser::NONE;
    use crate::nlp::syntax::Decoding;

    /// Two sentences in my own words: (words, heads, labels), index 0 = root.
    fn treebank() -> Vec<(Vec<&'static str>, Vec<u32>, Vec<u16>)> {
        vec![
            (
                vec!["Envoys", "met", "in", "Geneva", "."],
                vec![NONE, 2, 0, 4, 2, 2],
                vec![0, 1, 2, 3, 4, 5],
            ),
            (
                vec!["The", "ministers", "signed", "a", "truce", "."],
                vec![NONE, 2, 3, 0, 5, 3, 3],
                vec![0, 6, 1, 2, 6, 7, 5],
            ),
        ]
    }

    /// Global training fits a tiny treebank: after a few epochs a beam search with the
    /// (unaveraged) weights finds each gold tree, so no sentence needs an update.
    #[test]
    fn beam_training_fits_a_tiny_treebank() {
        let mut trainer = Trainer::new(1 + 2 * 8);
        let tags: Vec<Vec<u16>> = treebank()
            .iter()
            .map(|(w, _, _)| (0..w.len() as u16).collect())
            .collect();
        let mut updates = Vec::new();
        for _ in 0..8 {
            let mut n = 0;
            for ((words, head, label), tags) in treebank().iter().zip(&tags) {
                let ex = Example {
                    words,
                    tags,
                    gold: Gold { head, label },
                };
                n += usize::from(train_sentence(&mut trainer, &ex, 2));
                trainer.tick();
            }
            updates.push(n);
        }
        assert_eq!(updates[0], 2, "untrained weights violate on both");
        assert_eq!(*updates.last().unwrap_or(&9), 0, "{updates:?}");
        let model = trainer.finish(0.0);
        for ((words, head, label), tags) in treebank().iter().zip(&tags) {
            let inp = parse_input(words, tags, true);
            let st = super::super::beam::parse(&model, words.len(), &inp, &Decoding::beam(2, 0.0));
            assert_eq!((&st.head[1..], &st.label[1..]), (&head[1..], &label[1..]));
        }
    }
}
