//! Beam-search decoding over the greedy-trained joint parser: keeps at most `width`
//! transition sequences and returns the best complete one. A sequence is scored by the
//! sum of its moves' raw scores (`temperature` 0), or of their log-probabilities under
//! a softmax of each state's legal move scores divided by `temperature` (in model
//! units). The model is trained for greedy decoding (dynamic oracle), so this only
//! re-ranks its own move scores; width 1 is exactly the greedy parser.
//!
//! The beam is **adaptive**: a sequence `margin` or more (in log-probability) below the
//! best one is dropped. Where the parser is sure of its move, only the best sequence
//! survives and a step costs what a greedy step costs; the beam widens where the top
//! moves are close, and narrows again once the alternatives fall behind. An infinite
//! margin is the plain beam of `width`, a margin of 0 the greedy parser. Two more savings
//! keep the widened steps cheap: states the features cannot tell apart are merged
//! ([`signature`]), and a state whose features differ from an already scored one's in
//! few positions is scored from it (`Model::rescore`).
//!
//! Arc-hybrid parses of a sentence all take 2n transitions, so the beam advances in
//! lock step. Two-stage models (with a label model) are always parsed greedily.

mod above;
mod exps;

use super::parser::{self, Input, State};
use super::perceptron::{mix, Model};
use super::roles::RoleScores;
use above::Classes;
use exps::Exps;
use std::cell::RefCell;

/// The temperature that scored best with a beam of 4 on EWT dev for the shipped model
/// (in its weight units: re-measure after a retrain; see EVALUATION.md).
pub const TEMPERATURE: f64 = 24.0;

/// Log-probabilities below the best by more than this add nothing measurable to a
/// softmax's normaliser (e^-20 < 3e-9, against the best move's 1), so their
/// exponentials are not computed.
const NEGLIGIBLE: f64 = 20.0;

/// How the parser decodes a sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Decoding {
    /// Most transition sequences kept at each step (1 = greedy).
    pub width: usize,
    /// Softmax temperature in model units; 0 sums raw scores.
    pub temperature: f64,
    /// Sequences whose score is this much or more below the best are dropped
    /// (`f64::INFINITY`: a plain beam of `width`; 0: greedy).
    pub margin: f64,
}

impl Decoding {
    /// The greedy parser: one sequence, the best legal move at each step.
    pub const GREEDY: Self = Self {
        width: 1,
        temperature: 0.0,
        margin: f64::INFINITY,
    };

    /// The beam where the parser is unsure: at most 4 sequences, kept only while within
    /// 1.5 (log-probability at temperature 24) of the best. On EWT dev it recovers most of
    /// a plain beam of 4's gain at about half its cost (EVALUATION.md, "The beam where
    /// the parser is unsure").
    pub const ADAPTIVE: Self = Self {
        width: 4,
        temperature: TEMPERATURE,
        margin: 1.5,
    };

    /// A plain beam of `width` at `temperature` (no pruning by margin).
    pub fn beam(width: usize, temperature: f64) -> Self {
        Self {
            width,
            temperature,
            margin: f64::INFINITY,
        }
    }

    /// Whether this decoding is the greedy parser.
    pub fn is_greedy(&self) -> bool {
        self.width <= 1
    }
}

/// A beam element: a parser state and the sum of the scores of the moves that led there.
struct Item {
    state: State,
    score: f64,
}

/// A candidate expansion: (total score, item index, class).
type Candidate = (f64, usize, usize);

/// Highest score first; ties go to the earlier item and the lower class, as in the
/// greedy parser.
fn by_rank(a: &Candidate, b: &Candidate) -> std::cmp::Ordering {
    b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2)))
}

/// How one state's move scores are put on the scale its sequences are ranked by.
#[derive(Clone, Copy, PartialEq)]
enum Scale {
    /// Relative to the state's best legal move (which scores 0): enough to rank the
    /// candidates of a single item, whatever the decoding.
    Relative,
    /// Log-softmax: comparable across the states of a softmax beam.
    LogSoftmax,
    /// The raw scores, summed as they are by a temperature-0 beam.
    Raw,
}

/// Move scores of one state, illegal moves `-inf`, scaled by `k` (model scale /
/// temperature, or 1 for raw scores) and put on `scale`. The beam uses it for
/// [`Scale::Raw`]; on the other scales [`Ranked`] computes only what it needs and this
/// is its reference (the tests compare them).
fn move_scores(st: &State, scores: &[i32], k: f64, scale: Scale, out: &mut Vec<f64>) {
    out.clear();
    // Legality depends only on the kind of move (`kind`).
    let legal = [
        st.legal(parser::SHIFT),
        st.legal(parser::left(0)),
        st.legal(parser::right(0)),
    ];
    let max = match scale {
        Scale::Raw => 0,
        _ => scores
            .iter()
            .enumerate()
            .filter(|&(c, _)| legal[kind(c)])
            .map(|(_, &s)| s)
            .max()
            .unwrap_or(0),
    };
    out.extend(scores.iter().enumerate().map(|(c, &s)| {
        if legal[kind(c)] {
            f64::from(s - max) * k
        } else {
            f64::NEG_INFINITY
        }
    }));
    if scale == Scale::LogSoftmax {
        let log_z = log_normaliser(out);
        out.iter_mut().for_each(|s| *s -= log_z);
    }
}

/// One state's legal move scores as `move_scores` puts them on a [`Scale::Relative`] or
/// [`Scale::LogSoftmax`] scale, without writing every class's value: most classes fall far
/// below the beam's floor, and an integer bound rules them out before any float is made.
/// The values that are made are computed as `move_scores` computes them, so the beam
/// keeps the same candidates with the same scores.
struct Ranked<'s> {
    scores: &'s [i32],
    legal: [bool; 3],
    /// The best legal raw score (the moves' 0).
    max: i32,
    k: f64,
    /// The softmax's log-normaliser (0 on the relative scale).
    log_z: f64,
}

/// The kind of move of a class: SHIFT, then LEFT and RIGHT alternating.
#[inline]
fn kind(c: usize) -> usize {
    if c == 0 {
        0
    } else {
        2 - c % 2
    }
}

/// The best score of the legal classes (`None` if none is legal). The kinds' classes lie
/// at fixed positions (SHIFT at 0, LEFT at the odd, RIGHT at the even ones from 2), so the
/// maximum is taken over whole slices or every other class instead of testing each
/// class's kind: the same maximum, without a kind test per class.
fn legal_max(scores: &[i32], legal: [bool; 3]) -> Option<i32> {
    let tail = scores.get(1..).unwrap_or(&[]);
    let arcs = match (legal[1], legal[2]) {
        (true, true) => tail.iter().copied().max(),
        (true, false) => tail.iter().step_by(2).copied().max(),
        (false, true) => tail.iter().skip(1).step_by(2).copied().max(),
        (false, false) => None,
    };
    let shift = scores.first().copied().filter(|_| legal[0]);
    arcs.max(shift)
}

/// The smallest raw difference from the best whose scaled value can reach `bound`, less
/// two units for the rounding of the division: an integer pre-test that passes every
/// class the exact float test would pass.
fn raw_floor(bound: f64, k: f64) -> i32 {
    let t = (bound / k).floor() - 2.0;
    if t.is_nan() || t <= f64::from(i32::MIN) {
        i32::MIN
    } else if t >= 0.0 {
        // Every difference is <= 0; a positive bound admits only the best.
        t.min(f64::from(i32::MAX)) as i32
    } else {
        t as i32
    }
}

impl<'s> Ranked<'s> {
    fn new(st: &State, scores: &'s [i32], k: f64, scale: Scale, exps: &mut Exps) -> Self {
        let legal = [
            st.legal(parser::SHIFT),
            st.legal(parser::left(0)),
            st.legal(parser::right(0)),
        ];
        let max = legal_max(scores, legal).unwrap_or(0);
        let mut ranked = Self {
            scores,
            legal,
            max,
            k,
            log_z: 0.0,
        };
        if scale == Scale::LogSoftmax {
            // The terms `log_normaliser` sums, in the same (class) order.
            let t = raw_floor(-NEGLIGIBLE, k);
            let sum: f32 = ranked
                .legal_scan(t)
                .map(|(_, d)| (d, f64::from(d) * k))
                .filter(|&(_, s)| s > -NEGLIGIBLE)
                .map(|(d, s)| exps.exp(d, s))
                .sum();
            ranked.log_z = f64::from(sum.ln());
        }
        ranked
    }

    /// `legal_above` by a test per class: cheaper when most classes pass (the
    /// normaliser's floor), as the bit set's cost is per class that passes.
    fn legal_scan(&self, t: i32) -> impl Iterator<Item = (usize, i32)> + '_ {
        let max = self.max;
        self.scores
            .iter()
            .enumerate()
            .filter(move |&(c, &s)| s.wrapping_sub(max) >= t && self.legal[kind(c)])
            .map(move |(c, &s)| (c, s.wrapping_sub(max)))
    }

    /// (class, raw difference from the best) of the legal classes whose difference is at
    /// least `t`, in class order.
    fn legal_above(&self, t: i32) -> impl Iterator<Item = (usize, i32)> + '_ {
        let max = self.max;
        // Classes past the bit set's 256 (a model's classes fit in a byte): none today.
        let rest = self.scores.get(256..).unwrap_or(&[]);
        Classes::above(self.scores, max, t, self.legal)
            .map(move |c| (c, self.scores[c].wrapping_sub(max)))
            .chain(
                rest.iter()
                    .enumerate()
                    .map(|(c, &s)| (c + 256, s))
                    .filter(move |&(c, s)| s.wrapping_sub(max) >= t && self.legal[kind(c)])
                    .map(move |(c, s)| (c, s.wrapping_sub(max))),
            )
    }

    /// Adds the candidates of item `i` (score `base`) within `margin` of the best seen so
    /// far, as `Step::expand` does with `move_scores`' values; returns the new best.
    fn candidates(
        &self,
        i: usize,
        base: f64,
        top: f64,
        margin: f64,
        out: &mut Vec<Candidate>,
    ) -> f64 {
        if !self.legal.iter().any(|&l| l) || self.scores.is_empty() {
            return top;
        }
        // The best legal class scores 0 before the normaliser is taken off.
        let top = top.max(base + (0.0 * self.k - self.log_z));
        let floor = top - margin;
        let t = raw_floor(floor - base, self.k);
        out.extend(
            self.legal_above(t)
                .map(|(c, d)| (c, f64::from(d) * self.k - self.log_z))
                .filter(|&(_, s)| base + s >= floor)
                .map(|(c, s)| (base + s, i, c)),
        );
        top
    }
}

/// log Σ e^s over scores whose best is 0, skipping the negligible terms. Single
/// precision is plenty for ranking sequences, and faster.
fn log_normaliser(scores: &[f64]) -> f64 {
    let sum: f32 = scores
        .iter()
        .filter(|&&s| s > -NEGLIGIBLE)
        .map(|&s| (s as f32).exp())
        .sum();
    f64::from(sum.ln())
}

/// A hash of everything in `st` that the parser's features can read now or at any
/// later step: the stack, the buffer position, and the children, child labels, valency
/// and label sets of the words on the stack and of the buffer's first word (the other
/// buffer words have no children yet; reduced words are never read again). Two states
/// with the same signature score every continuation alike, so only the better of them
/// can lead to the best parse (Huang & Sagae's 2010 merge of equivalent states).
fn signature(st: &State) -> u64 {
    let mut h = mix(0x5167, u64::from(st.next));
    let b0 = std::iter::once(st.next).filter(|&b| (b as usize) < st.head.len());
    for w in st.stack.iter().copied().chain(b0) {
        let w = w as usize;
        h = mix(h, w as u64);
        for c in [st.lc1[w], st.lc2[w], st.rc1[w], st.rc2[w]] {
            let label = st.label.get(c as usize).map_or(u64::MAX, |&l| u64::from(l));
            h = mix(mix(h, u64::from(c)), label);
        }
        h = mix(h, u64::from(st.nl[w]) << 16 | u64::from(st.nr[w]));
        h = mix(mix(h, st.lset[w]), st.rset[w]);
    }
    h
}

/// The number of positions where two feature lists differ (the longer one's tail included).
fn differing(a: &[u64], b: &[u64]) -> usize {
    let common = a.iter().zip(b).filter(|(x, y)| x != y).count();
    common + a.len().abs_diff(b.len())
}

thread_local! {
    /// The normaliser's remembered exponentials, kept from sentence to sentence.
    static EXPS: RefCell<Exps> = RefCell::new(Exps::default());
}

/// Heads and labels of words 1..=n (index 0 unused) decoded as `decoding` says.
pub fn parse(model: &Model, n: usize, inp: &Input, decoding: &Decoding) -> State {
    EXPS.with_borrow_mut(|exps| parse_with(model, n, inp, decoding, exps))
}

fn parse_with(model: &Model, n: usize, inp: &Input, decoding: &Decoding, exps: &mut Exps) -> State {
    let mut beam = vec![Item {
        state: State::new(n),
        score: 0.0,
    }];
    let mut step = Step::new(model, decoding);
    exps.for_scale(step.k, NEGLIGIBLE);
    let roles = RoleScores::new(model, inp);
    while !beam[0].state.terminal() {
        if !step.expand(&beam, inp, &roles, exps) {
            break;
        }
        step.advance(&mut beam);
    }
    beam.swap_remove(0).state
}

/// The scratch buffers of one beam step and the decoding's settings.
struct Step<'a> {
    model: &'a Model,
    width: usize,
    /// Scale of move scores: model scale / temperature, or 1 for raw scores.
    k: f64,
    softmax: bool,
    margin: f64,
    /// Per item of the current beam: its state features and their raw move scores,
    /// once scored (its roles' sums not included: see [`RoleScores`]).
    feats: Vec<Vec<u64>>,
    scores: Vec<Vec<i32>>,
    /// The full raw move scores of the item being expanded.
    full: Vec<i32>,
    /// The items scored so far this step.
    scored: Vec<usize>,
    removed: Vec<i32>,
    moves: Vec<f64>,
    candidates: Vec<Candidate>,
    /// Per item of the current beam, the index of its last selected candidate.
    last: Vec<usize>,
    /// The next beam, while it is built.
    next: Vec<Item>,
    /// Signatures of the current beam's states kept so far.
    seen: Vec<u64>,
    /// States of dropped items, whose vectors take the next copies without allocating.
    spare: Vec<State>,
}

impl<'a> Step<'a> {
    fn new(model: &'a Model, d: &Decoding) -> Self {
        let softmax = d.temperature > 0.0;
        Self {
            model,
            width: d.width.max(1),
            k: if softmax {
                f64::from(model.scale()) / d.temperature
            } else {
                1.0
            },
            softmax,
            // A beam of one keeps the best move only (ties to the lower class, as greedy).
            margin: if d.width <= 1 { 0.0 } else { d.margin.max(0.0) },
            feats: Vec::new(),
            scores: Vec::new(),
            full: Vec::with_capacity(128),
            scored: Vec::new(),
            removed: Vec::new(),
            moves: Vec::with_capacity(128),
            candidates: Vec::new(),
            last: Vec::new(),
            seen: Vec::new(),
            next: Vec::new(),
            spare: Vec::new(),
        }
    }

    /// Collects the candidates worth keeping from every item; false if there are none.
    fn expand(&mut self, beam: &[Item], inp: &Input, roles: &RoleScores, exps: &mut Exps) -> bool {
        self.candidates.clear();
        // One item: scores relative to its best move rank its candidates just as well,
        // so the softmax's normaliser (every legal move's exponential) is skipped.
        let scale = match (beam.len(), self.softmax) {
            (1, _) => Scale::Relative,
            (_, true) => Scale::LogSoftmax,
            (_, false) => Scale::Raw,
        };
        let mut top = f64::NEG_INFINITY;
        self.seen.clear();
        self.scored.clear();
        for (i, item) in beam.iter().enumerate() {
            // The beam is best first: a later state equivalent to an earlier one is
            // dropped unscored.
            if beam.len() > 1 {
                let sig = signature(&item.state);
                if self.seen.contains(&sig) {
                    continue;
                }
                self.seen.push(sig);
            }
            if item.state.only_shift() && scale != Scale::Raw {
                // The one legal move: probability 1, or the best move of one item. (A
                // raw beam adds its score, which differs from state to state.)
                self.moves.clear();
                self.moves.push(0.0);
            } else {
                self.score_state(i, &item.state, inp);
                self.full.clear();
                self.full.extend_from_slice(&self.scores[i]);
                roles.add_to(self.model, &item.state, &mut self.full);
                if scale != Scale::Raw {
                    let (k, margin) = (self.k, self.margin);
                    let ranked = Ranked::new(&item.state, &self.full, k, scale, exps);
                    top = ranked.candidates(i, item.score, top, margin, &mut self.candidates);
                    continue;
                }
                move_scores(&item.state, &self.full, self.k, scale, &mut self.moves);
            }
            let base = item.score;
            let best = self.moves.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            top = top.max(base + best);
            let floor = top - self.margin;
            self.candidates.extend(
                self.moves
                    .iter()
                    .enumerate()
                    .filter(|&(_, &s)| s > f64::NEG_INFINITY && base + s >= floor)
                    .map(|(c, &s)| (base + s, i, c)),
            );
        }
        !self.candidates.is_empty()
    }

    /// Raw move scores of `st`'s state features (`st` the beam's `slot`-th item) into `self.scores[slot]`:
    /// from an item scored earlier in this step when their features differ in fewer
    /// than a third of the positions (siblings that differ in one label), else in full.
    fn score_state(&mut self, slot: usize, st: &State, inp: &Input) {
        if self.feats.len() <= slot {
            self.feats.resize_with(slot + 1, || Vec::with_capacity(160));
            self.scores
                .resize_with(slot + 1, || Vec::with_capacity(128));
        }
        let (done, rest) = self.feats.split_at_mut(slot);
        let feats = &mut rest[0];
        parser::state_features(st, inp, feats);
        let base = self
            .scored
            .iter()
            .map(|&b| (differing(&done[b], feats), b))
            .min()
            .filter(|&(d, _)| d * 3 < feats.len());
        let (scores_done, scores_rest) = self.scores.split_at_mut(slot);
        match base {
            Some((_, b)) => self.model.rescore(
                (&done[b], &scores_done[b]),
                feats,
                &mut self.removed,
                &mut scores_rest[0],
            ),
            None => self.model.score(feats, &mut scores_rest[0]),
        }
        self.scored.push(slot);
    }

    /// The next beam: the best `width` candidates within `margin` of the best one.
    fn advance(&mut self, beam: &mut Vec<Item>) {
        let width = self.width;
        let cands = &mut self.candidates;
        if cands.len() > width {
            cands.select_nth_unstable_by(width - 1, by_rank);
            cands.truncate(width);
        }
        cands.sort_unstable_by(by_rank);
        // Strictly within the margin: a margin of 0 keeps the best candidate only.
        let best = cands[0].0;
        let margin = self.margin;
        let mut first = true;
        cands.retain(|c| std::mem::take(&mut first) || best - c.0 < margin);
        // Each item's last candidate takes its state; earlier ones copy it.
        self.last.clear();
        self.last.resize(beam.len(), usize::MAX);
        for (j, c) in cands.iter().enumerate() {
            self.last[c.1] = j;
        }
        self.next.clear();
        for (j, &(score, i, class)) in cands.iter().enumerate() {
            let mut state = if self.last[i] == j {
                std::mem::take(&mut beam[i].state)
            } else {
                let mut copy = self.spare.pop().unwrap_or_default();
                copy.clone_from(&beam[i].state);
                copy
            };
            state.apply(class);
            // Scores relative to the best keep the sums small over long sentences.
            self.next.push(Item {
                state,
                score: score - best,
            });
        }
        std::mem::swap(beam, &mut self.next);
        // The old beam's items that no candidate took still hold their vectors; a beam
        // copies at most `width` states a step, so no more are kept.
        let room = self.width.saturating_sub(self.spare.len());
        let dropped = self.next.drain(..).map(|item| item.state);
        self.spare
            .extend(dropped.filter(|st| st.head.capacity() > 0).take(room));
    }
}

#[cfg(test)]
mod tests;
