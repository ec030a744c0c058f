//! Averaged multi-class perceptron over hashed sparse features (Collins 2002), shared
//! by the tagger and the parser.
//!
//! Features are 48-bit hashes (see [`key`]); each feature owns a short list of
//! (class, weight) pairs, so only the classes a feature was ever updated for cost memory.
//! Training averages lazily: a weight's running total is brought up to date only when the
//! weight changes. The frozen [`Model`] keeps the averaged, pruned, i16-quantised weights.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The keys are already hashes, but only 48 bits wide: one multiply spreads them over
/// the high bits too, which hashbrown uses as its control tags (with those bits zero,
/// every probe compares every key of a group).
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(MIX);
    }
}

pub type FeatMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;
/// Keys keep 48 bits: collisions stay negligible for a few million features, and the
/// sorted keys delta-encode into ~4 bytes each in the model file.
const KEY_MASK: u64 = (1 << 48) - 1;

/// Mixes one more value into a running hash.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(23) ^ v).wrapping_mul(MIX)
}

/// The final key of a feature hash: high bits folded in, masked to 48 bits.
#[inline]
pub fn key(h: u64) -> u64 {
    (h ^ (h >> 29)) & KEY_MASK
}

/// FNV-1a over the bytes of a string: one stable hash per word form.
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

struct Slot {
    class: u16,
    weight: f32,
    total: f64,
    stamp: u32,
}

/// A perceptron being trained.
pub struct Trainer {
    classes: usize,
    feats: FeatMap<Vec<Slot>>,
    step: u32,
}

impl Trainer {
    pub fn new(classes: usize) -> Self {
        Self {
            classes,
            feats: FeatMap::default(),
            step: 1,
        }
    }

    pub fn classes(&self) -> usize {
        self.classes
    }

    /// Writes the class scores of a feature set into `out` (cleared first).
    pub fn score(&self, feats: &[u64], out: &mut Vec<f32>) {
        out.clear();
        out.resize(self.classes, 0.0);
        for f in feats {
            if let Some(slots) = self.feats.get(f) {
                for s in slots {
                    out[usize::from(s.class)] += s.weight;
                }
            }
        }
    }

    /// One training instance seen: advances the averaging clock.
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// Rewards `truth` and penalises `guess` on every feature (no-op when equal).
    pub fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        for &f in feats {
            let slots = self.feats.entry(f).or_default();
            bump(slots, truth as u16, 1.0, self.step);
            bump(slots, guess as u16, -1.0, self.step);
        }
    }

    /// Averages, drops weights whose magnitude is below `min_abs`, and quantises.
    pub fn finish(&self, min_abs: f32) -> Model {
        let step = f64::from(self.step);
        let mut rows: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(self.feats.len());
        for (&f, slots) in &self.feats {
            let row: Vec<(u16, f32)> = slots
                .iter()
                .map(|s| {
                    let total = s.total + f64::from(s.weight) * f64::from(self.step - s.stamp);
                    (s.class, (total / step) as f32)
                })
                .filter(|(_, w)| w.abs() >= min_abs)
                .collect();
            if !row.is_empty() {
                rows.push((f, row));
            }
        }
        rows.sort_unstable_by_key(|(f, _)| *f);
        Model::from_rows(self.classes, rows)
    }
}

fn bump(slots: &mut Vec<Slot>, class: u16, delta: f32, step: u32) {
    let slot = match slots.iter().position(|s| s.class == class) {
        Some(i) => &mut slots[i],
        None => {
            slots.push(Slot {
                class,
                weight: 0.0,
                total: 0.0,
                stamp: step,
            });
            let last = slots.len() - 1;
            &mut slots[last]
        }
    };
    slot.total += f64::from(slot.weight) * f64::from(step - slot.stamp);
    slot.stamp = step;
    slot.weight += delta;
}

/// A trained, frozen perceptron: weights are `scale * i16`.
///
/// Scoring is bound by memory latency (a parser state reads ~100 features from tables
/// of millions), so the layout keeps each lookup to two cache lines: an open-addressing
/// table whose slot holds the key and the row's place, and one array of interleaved
/// (class, weight) pairs. All of a state's slots are located before any row is read,
/// so the independent loads overlap instead of waiting on one another.
pub struct Model {
    classes: usize,
    /// Linear-probing table, a power of two long, at most half full.
    table: Vec<Slot16>,
    rows: usize,
    data: Vec<Weight>,
    scale: f32,
}

/// One table slot: `key << 16 | row length` (0 = empty) and the row's first weight.
#[derive(Clone, Copy, Default)]
struct Slot16 {
    tag: u64,
    start: u32,
}

#[derive(Clone, Copy)]
struct Weight {
    class: u8,
    w: i16,
}

/// Rows are at most this long (class ids are bytes).
const MAX_ROW: usize = 0xffff;

impl Model {
    fn from_rows(classes: usize, rows: Vec<(u64, Vec<(u16, f32)>)>) -> Model {
        let max = rows
            .iter()
            .flat_map(|(_, r)| r.iter().map(|(_, w)| w.abs()))
            .fold(0.0f32, f32::max);
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut model = Model::empty(classes, scale);
        for (f, row) in rows {
            let quantised: Vec<(u8, i16)> = row
                .iter()
                .map(|&(c, w)| (c as u8, (w / scale).round() as i16))
                .filter(|&(_, q)| q != 0)
                .collect();
            model.push_row(f, &quantised);
        }
        model
    }

    pub(crate) fn empty(classes: usize, scale: f32) -> Model {
        Model {
            classes,
            table: vec![Slot16::default(); 16],
            rows: 0,
            data: Vec::new(),
            scale,
        }
    }

    #[inline]
    fn home(&self, feature: u64) -> usize {
        (feature.wrapping_mul(MIX) >> 32) as usize & (self.table.len() - 1)
    }

    /// The table slot of `feature`, or the empty slot where it would go.
    #[inline]
    fn find(&self, feature: u64) -> usize {
        let mask = self.table.len() - 1;
        let mut i = self.home(feature);
        loop {
            let tag = self.table[i].tag;
            if tag == 0 || tag >> 16 == feature {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    pub(crate) fn push_row(&mut self, feature: u64, row: &[(u8, i16)]) {
        if row.is_empty() {
            return;
        }
        if (self.rows + 1) * 2 > self.table.len() {
            self.grow();
        }
        let row = &row[..row.len().min(MAX_ROW)];
        let start = self.data.len() as u32;
        self.data
            .extend(row.iter().map(|&(class, w)| Weight { class, w }));
        let i = self.find(feature & KEY_MASK);
        if self.table[i].tag == 0 {
            self.rows += 1;
        }
        self.table[i] = Slot16 {
            tag: ((feature & KEY_MASK) << 16) | row.len() as u64,
            start,
        };
    }

    fn grow(&mut self) {
        let bigger = vec![Slot16::default(); self.table.len() * 2];
        let old = std::mem::replace(&mut self.table, bigger);
        for slot in old.into_iter().filter(|s| s.tag != 0) {
            let i = self.find(slot.tag >> 16);
            self.table[i] = slot;
        }
    }

    pub fn classes(&self) -> usize {
        self.classes
    }

    /// A copy without the weights whose magnitude is below `min_abs` (a size/accuracy
    /// trade-off chosen after training).
    pub fn pruned(&self, min_abs: f32) -> Model {
        self.pruned_q((min_abs / self.scale).round() as i32)
    }

    /// A copy without the weights below `min_q` in magnitude (in units of `scale`);
    /// a feature left without weights disappears from the index.
    pub fn pruned_q(&self, min_q: i32) -> Model {
        self.mapped(self.scale, |w| {
            (i32::from(w).abs() >= min_q.max(1)).then_some(w)
        })
    }

    /// A copy on a grid `step` times coarser: scale × step, weights ÷ step (rounded);
    /// weights that round to zero are dropped.
    pub fn requantised(&self, step: i32) -> Model {
        let step = step.max(1);
        let half = step / 2;
        self.mapped(self.scale * step as f32, |w| {
            let w = i32::from(w);
            let q = (w.abs() + half) / step * w.signum();
            (q != 0).then_some(q as i16)
        })
    }

    /// The |weight| (in units of `scale`) below which a fraction `q` of all weights lie.
    pub fn magnitude_quantile(&self, q: f64) -> i32 {
        let mut mags: Vec<u16> = self.data.iter().map(|w| w.w.unsigned_abs()).collect();
        if mags.is_empty() || q <= 0.0 {
            return 0;
        }
        let i = ((q * mags.len() as f64) as usize).min(mags.len() - 1);
        let (_, m, _) = mags.select_nth_unstable(i);
        i32::from(*m)
    }

    /// Rebuilds the model with each weight mapped (`None` drops it), keys in order.
    fn mapped(&self, scale: f32, f: impl Fn(i16) -> Option<i16>) -> Model {
        let mut out = Model::empty(self.classes, scale);
        let mut row = Vec::new();
        for (k, classes, weights) in self.rows() {
            row.clear();
            row.extend(
                classes
                    .iter()
                    .zip(&weights)
                    .filter_map(|(c, w)| f(*w).map(|w| (*c, w))),
            );
            out.push_row(k, &row);
        }
        out
    }

    pub fn scale(&self) -> f32 {
        self.scale
    }

    pub fn features(&self) -> usize {
        self.rows
    }

    pub fn weights(&self) -> usize {
        self.data.len()
    }

    /// Integer class scores (in units of `scale`) of a feature set, into `out`.
    pub fn score(&self, feats: &[u64], out: &mut Vec<i32>) {
        out.clear();
        out.resize(self.classes, 0);
        let mut found = [Slot16::default(); 160];
        for chunk in feats.chunks(found.len()) {
            // Three passes, so that the cache misses of all features overlap: touch every
            // feature's home slot (plain loads, no branch waits on them), then probe (now
            // mostly cache hits) and touch each row's first weight, then add the rows.
            let mut sink = 0u64;
            for f in chunk {
                sink ^= self.table[self.home(*f)].tag;
            }
            for (f, slot) in chunk.iter().zip(found.iter_mut()) {
                *slot = self.table[self.find(*f)];
                sink ^= self.data.get(slot.start as usize).map_or(0, |w| w.w as u64);
            }
            std::hint::black_box(sink);
            for slot in &found[..chunk.len()] {
                let start = slot.start as usize;
                let end = start + (slot.tag & 0xffff) as usize;
                for w in &self.data[start..end] {
                    out[usize::from(w.class)] += i32::from(w.w);
                }
            }
        }
    }

    /// Rows sorted by feature key, for serialisation: (key, classes, weights).
    pub(crate) fn rows(&self) -> Vec<(u64, Vec<u8>, Vec<i16>)> {
        let mut slots: Vec<Slot16> = self.table.iter().copied().filter(|s| s.tag != 0).collect();
        slots.sort_unstable_by_key(|s| s.tag >> 16);
        slots
            .into_iter()
            .map(|s| {
                let start = s.start as usize;
                let row = &self.data[start..start + (s.tag & 0xffff) as usize];
                (
                    s.tag >> 16,
                    row.iter().map(|w| w.class).collect(),
                    row.iter().map(|w| w.w).collect(),
                )
            })
            .collect()
    }

    /// Approximate heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.table.capacity() * std::mem::size_of::<Slot16>()
            + self.data.capacity() * std::mem::size_of::<Weight>()
    }
}

/// Index of the highest score among the allowed classes (`None` if none is allowed).
pub fn best<T: PartialOrd + Copy>(scores: &[T], allowed: impl Fn(usize) -> bool) -> Option<usize> {
    let mut best: Option<(usize, T)> = None;
    for (i, &s) in scores.iter().enumerate() {
        if allowed(i) && best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_problem_and_survives_freezing() {
        let mut t = Trainer::new(3);
        let data = [(vec![1u64, 10], 0usize), (vec![2, 10], 1), (vec![3, 10], 2)];
        let mut scores = Vec::new();
        for _ in 0..5 {
            for (f, y) in &data {
                t.score(f, &mut scores);
                let guess = best(&scores, |_| true).unwrap_or(0);
                t.update(f, *y, guess);
                t.tick();
            }
        }
        let m = t.finish(0.0);
        let mut out = Vec::new();
        for (f, y) in &data {
            m.score(f, &mut out);
            assert_eq!(best(&out, |_| true), Some(*y));
        }
    }

    /// The table grows past many rows, finds every row, scores absent features as
    /// zero and gives its rows back in key order.
    #[test]
    fn frozen_table_keeps_every_row() {
        let mut m = Model::empty(4, 1.0);
        let keys: Vec<u64> = (1..5000u64).map(|i| key(mix(i, 77))).collect();
        for (i, &k) in keys.iter().enumerate() {
            m.push_row(k, &[((i % 4) as u8, i as i16), (3, -1)]);
        }
        assert_eq!(m.features(), keys.len());
        let mut out = Vec::new();
        for (i, &k) in keys.iter().enumerate() {
            m.score(&[k], &mut out);
            let mut want = vec![0i32; 4];
            want[i % 4] += i as i32;
            want[3] -= 1;
            assert_eq!(out, want, "row {i}");
        }
        m.score(&[key(mix(123_456, 1))], &mut out);
        assert_eq!(out, vec![0; 4]);
        let rows = m.rows();
        assert_eq!(rows.len(), keys.len());
        assert!(rows.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn keys_fit_in_48_bits() {
        assert!(key(mix(mix(7, 8), u64::MAX)) < (1 << 48));
    }
}
