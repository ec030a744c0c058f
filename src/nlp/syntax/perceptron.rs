//! Averaged multi-class perceptron over hashed sparse features (Collins 2002), shared
//! by the tagger and the parser.
//!
//! Features are 48-bit hashes (see [`key`]); each feature owns a short list of
//! (class, weight) pairs, so only the classes a feature was ever updated for cost memory.
//! Training averages lazily: a weight's running total is brought up to date only when the
//! weight changes. The frozen [`Model`] keeps the averaged, pruned, i16-quantised weights.

mod held;
mod vector;

use super::SyntaxError;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
#[cfg(target_arch = "x86_64")]
use vector::add_sums_avx2;
use vector::{add_dense, add_dense_plain, add_sums_plain, has_avx2};

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

    /// Adds `delta` to the weight of `class` on every feature (one half of a global,
    /// sequence-level update: the beam trainer rewards the gold moves and penalises the
    /// predicted ones separately).
    pub fn add(&mut self, feats: &[u64], class: usize, delta: f32) {
        for &f in feats {
            bump(
                self.feats.entry(f).or_default(),
                class as u16,
                delta,
                self.step,
            );
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
/// of millions) and, for the few frequent features with long rows, by adding weights one
/// class at a time. So a lookup costs one cache miss: an open-addressing table of 8-byte
/// slots, each holding a 32-bit fingerprint of its key and either its row's only weight
/// (a third of the parser's rows), where its short row starts in one array of (class,
/// weight) pairs, or which dense row (every class, added as a vector) it has. All of a
/// state's slots are located before any row is read, so the independent loads overlap
/// instead of waiting on one another, and the arrays ask the kernel for huge pages, so
/// the random reads do not also miss the TLB.
pub struct Model {
    classes: usize,
    /// Linear-probing table, a power of two long, at most half full (see [`slot`]).
    table: Vec<u64>,
    /// Every row's full 48-bit key, in insertion order: read only to serialise.
    keys: Vec<u64>,
    weights: usize,
    data: Vec<Weight>,
    /// Rows of at least [`DENSE_MIN`] weights, `stride` classes each (zeros included).
    dense: Vec<i16>,
    stride: usize,
    scale: f32,
    /// The CPU has AVX2: dense rows are added 8 classes per instruction, not 4.
    avx2: bool,
}

/// A slot: `fingerprint << 32 | row length << 24 | payload`; 0 = empty. The payload of
/// a one-weight row is `class << 16 | weight`, of a short row its start in `data`, of a
/// dense row (length [`DENSE`]) its number.
#[inline]
fn slot(fingerprint: u32, len: usize, payload: u64) -> u64 {
    (u64::from(fingerprint) << 32) | ((len as u64) << 24) | payload
}

#[inline]
fn slot_len(s: u64) -> usize {
    ((s >> 24) & 0xff) as usize
}

#[inline]
fn payload(s: u64) -> usize {
    (s & 0xff_ffff) as usize
}

/// The length byte of a dense row's slot.
const DENSE: usize = 0xff;
/// Rows this long are stored dense: a vector add of ~100 classes beats that many
/// scattered increments, and costs at most 2 bytes per class more than the pairs.
const DENSE_MIN: usize = 8;

/// The low 32 bits of a key (the high ones choose its home slot).
#[inline]
fn fingerprint(feature: u64) -> u32 {
    feature as u32
}

#[derive(Clone, Copy, Default)]
struct Weight {
    class: u8,
    w: i16,
}

/// Longer rows start below this index of `data` (24 bits of payload): 16 M weights,
/// three times the largest trained model.
const MAX_DATA: usize = 1 << 24;

impl Model {
    fn from_rows(classes: usize, rows: Vec<(u64, Vec<(u16, f32)>)>) -> Model {
        let max = rows
            .iter()
            .flat_map(|(_, r)| r.iter().map(|(_, w)| w.abs()))
            .fold(0.0f32, f32::max);
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut model = Model::with_capacity(classes, scale, rows.len());
        for (f, row) in rows {
            let quantised: Vec<(u8, i16)> = row
                .iter()
                .map(|&(c, w)| (c as u8, (w / scale).round() as i16))
                .filter(|&(_, q)| q != 0)
                .collect();
            if let Err(e) = model.push_row(f, &quantised) {
                panic!("training produced an oversized model: {e}");
            }
        }
        model.sealed()
    }

    /// An empty model whose table takes `rows` rows without growing.
    pub(crate) fn with_capacity(classes: usize, scale: f32, rows: usize) -> Model {
        let slots = (rows.max(8) * 2).next_power_of_two();
        Model {
            classes,
            table: huge_zeroed(slots),
            keys: Vec::with_capacity(rows),
            weights: 0,
            data: Vec::new(),
            dense: Vec::new(),
            stride: classes.div_ceil(16) * 16,
            scale,
            avx2: has_avx2(),
        }
    }

    /// The model with its weight array moved to huge pages (call once it is complete).
    pub(crate) fn sealed(mut self) -> Model {
        self.data = huge_copy(&self.data);
        self.dense = huge_copy(&self.dense);
        self
    }

    #[inline]
    fn home(&self, feature: u64) -> usize {
        home_in(self.table.len(), feature)
    }

    /// The table slot of `feature`, or the empty slot where it would go.
    #[inline]
    fn find(&self, feature: u64) -> usize {
        find_in(&self.table, feature)
    }

    /// Asks the cache for the home slot of `feature` ahead of its [`Model::push_row`]: a
    /// model of millions of rows is otherwise decoded at one cache miss per row.
    #[inline]
    pub(crate) fn prefetch_home(&self, feature: u64) {
        prefetch(&self.table[self.home(feature & KEY_MASK)]);
    }

    /// Adds the row of a feature not yet in the model (rows of a key already present,
    /// and empty rows, are ignored; row lengths are capped at 255 classes).
    pub(crate) fn push_row(&mut self, feature: u64, row: &[(u8, i16)]) -> Result<(), SyntaxError> {
        let row = &row[..row.len().min(DENSE - 1)];
        if row.is_empty() {
            return Ok(());
        }
        if self.data.len() + row.len() > MAX_DATA || self.dense.len() / self.stride >= MAX_DATA {
            return Err(SyntaxError::Model(format!(
                "more than {MAX_DATA} weights in multi-class rows"
            )));
        }
        if (self.keys.len() + 1) * 2 > self.table.len() {
            self.grow();
        }
        let feature = feature & KEY_MASK;
        let i = self.find(feature);
        if self.table[i] != 0 {
            return Ok(());
        }
        let (len, payload) = match row {
            [(class, w)] => (1, (u64::from(*class) << 16) | u64::from(*w as u16)),
            _ if row.len() >= DENSE_MIN => {
                let number = self.dense.len() / self.stride;
                self.dense.resize(self.dense.len() + self.stride, 0);
                for &(class, w) in row {
                    self.dense[number * self.stride + usize::from(class)] = w;
                }
                (DENSE, number as u64)
            }
            _ => {
                let start = self.data.len() as u64;
                self.data
                    .extend(row.iter().map(|&(class, w)| Weight { class, w }));
                (row.len(), start)
            }
        };
        self.table[i] = slot(fingerprint(feature), len, payload);
        self.keys.push(feature);
        self.weights += row.len();
        Ok(())
    }

    /// Doubles the table; the slots keep only fingerprints, so each is found again by
    /// its full key.
    fn grow(&mut self) {
        let bigger = huge_zeroed(self.table.len() * 2);
        let old = std::mem::replace(&mut self.table, bigger);
        for &k in &self.keys {
            let s = old[find_in(&old, k)];
            let i = find_in(&self.table, k);
            self.table[i] = s;
        }
    }

    /// The dense row number `n`.
    #[inline]
    fn dense_row(&self, n: usize) -> &[i16] {
        &self.dense[n * self.stride..(n + 1) * self.stride]
    }

    /// Row `s` of the table as (classes, weights), classes in increasing order.
    fn row_of(&self, s: u64) -> (Vec<u8>, Vec<i16>) {
        let pairs: Vec<(u8, i16)> = match slot_len(s) {
            0 => Vec::new(),
            1 => vec![((s >> 16) as u8, s as u16 as i16)],
            DENSE => (0u8..=u8::MAX)
                .zip(self.dense_row(payload(s)))
                .filter(|(_, w)| **w != 0)
                .map(|(c, w)| (c, *w))
                .collect(),
            n => self.data[payload(s)..payload(s) + n]
                .iter()
                .map(|w| (w.class, w.w))
                .collect(),
        };
        pairs.into_iter().unzip()
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
        let mut mags: Vec<u16> = self
            .rows()
            .into_iter()
            .flat_map(|(_, _, w)| w.into_iter().map(i16::unsigned_abs))
            .collect();
        if mags.is_empty() || q <= 0.0 {
            return 0;
        }
        let i = ((q * mags.len() as f64) as usize).min(mags.len() - 1);
        let (_, m, _) = mags.select_nth_unstable(i);
        i32::from(*m)
    }

    /// Rebuilds the model with each weight mapped (`None` drops it), keys in order.
    fn mapped(&self, scale: f32, f: impl Fn(i16) -> Option<i16>) -> Model {
        let mut out = Model::with_capacity(self.classes, scale, self.keys.len());
        let mut row = Vec::new();
        for (k, classes, weights) in self.rows() {
            row.clear();
            row.extend(
                classes
                    .iter()
                    .zip(&weights)
                    .filter_map(|(c, w)| f(*w).map(|w| (*c, w))),
            );
            // Never more weights than this model, which fitted.
            let _ = out.push_row(k, &row);
        }
        out.sealed()
    }

    pub fn scale(&self) -> f32 {
        self.scale
    }

    pub fn features(&self) -> usize {
        self.keys.len()
    }

    pub fn weights(&self) -> usize {
        self.weights
    }

    /// Integer class scores (in units of `scale`) of a feature set, into `out`.
    pub fn score(&self, feats: &[u64], out: &mut Vec<i32>) {
        #[cfg(target_arch = "x86_64")]
        if self.avx2 {
            // SAFETY: `avx2` is true only when the running CPU reported AVX2 (`has_avx2`).
            unsafe { self.score_avx2(feats, out) };
            return;
        }
        self.score_in(feats, out);
    }

    /// `score` compiled for AVX2: the dense rows' adds are inlined into the loop
    /// instead of a call (and its register clean-up) per row. Integer adds, so the
    /// scores are the same whichever instructions make them.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn score_avx2(&self, feats: &[u64], out: &mut Vec<i32>) {
        // SAFETY: this body runs only on a CPU with AVX2 (its own attribute's contract).
        if !unsafe { self.score_held(feats, out) } {
            self.score_in(feats, out);
        }
    }

    #[inline(always)]
    fn score_in(&self, feats: &[u64], out: &mut Vec<i32>) {
        out.clear();
        out.resize(self.stride, 0);
        let mut found = [0u64; 160];
        for chunk in feats.chunks(found.len()) {
            // Three passes, so that the cache misses of all features overlap: prefetch
            // every feature's home slot, then probe (now mostly cache hits) and prefetch
            // each longer row, then add. Prefetches retire at once, so the core issues
            // them all instead of stalling once its reorder buffer fills with waiting loads.
            for f in chunk {
                prefetch(&self.table[self.home(*f)]);
            }
            for (f, s) in chunk.iter().zip(found.iter_mut()) {
                *s = self.table[self.find(*f)];
                self.prefetch_row(*s);
            }
            for &s in &found[..chunk.len()] {
                self.add_row_in(s, out);
            }
        }
        out.truncate(self.classes);
    }

    /// The summed rows of consecutive groups of features, group `g` being
    /// `feats[ends[g - 1]..ends[g]]`: `out` holds `ends.len()` blocks of [`Self::width`]
    /// integer scores each, block `g` equal to `score` of group `g`. One call scores many
    /// small groups with all their cache misses overlapping, as `score` does for one.
    pub fn score_groups(&self, feats: &[u64], ends: &[usize], out: &mut Vec<i32>) {
        out.clear();
        out.resize(ends.len() * self.stride, 0);
        let mut found = [0u64; 160];
        let mut group = 0;
        for (c, chunk) in feats.chunks(found.len()).enumerate() {
            for f in chunk {
                prefetch(&self.table[self.home(*f)]);
            }
            for (f, s) in chunk.iter().zip(found.iter_mut()) {
                *s = self.table[self.find(*f)];
                self.prefetch_row(*s);
            }
            for (j, &s) in found[..chunk.len()].iter().enumerate() {
                while ends.get(group).is_some_and(|&e| e <= c * found.len() + j) {
                    group += 1;
                }
                let at = group * self.stride;
                if let Some(block) = out.get_mut(at..at + self.stride) {
                    self.add_row(s, block);
                }
            }
        }
    }

    /// Adds `src` to `out` class by class (integer sums, so the same on any CPU), with
    /// the running CPU's widest vectors: the beam adds four cached role sums per state.
    pub fn add_sums(&self, out: &mut [i32], src: &[i32]) {
        #[cfg(target_arch = "x86_64")]
        if self.avx2 {
            // SAFETY: `avx2` is true only when the running CPU reported AVX2 (`has_avx2`).
            unsafe { add_sums_avx2(out, src) };
            return;
        }
        add_sums_plain(out, src);
    }

    /// The length of each block [`Self::score_groups`] writes: the classes, rounded up
    /// to whole vectors.
    pub fn width(&self) -> usize {
        self.stride
    }

    /// The scores of `feats` from `base_scores`, those of `base` (as [`Self::score`] gave
    /// them): the rows of the features that differ position by position are taken off
    /// and put on, `removed` being scratch space. The sums are integers, so the result
    /// is exactly `score(feats)`; it is cheaper when few positions differ (beam states
    /// that differ in one arc's label share most of their features).
    pub fn rescore(
        &self,
        base: (&[u64], &[i32]),
        feats: &[u64],
        removed: &mut Vec<i32>,
        out: &mut Vec<i32>,
    ) {
        #[cfg(target_arch = "x86_64")]
        if self.avx2 {
            // SAFETY: `avx2` is true only when the running CPU reported AVX2 (`has_avx2`).
            unsafe { self.rescore_avx2(base, feats, removed, out) };
            return;
        }
        self.rescore_in(base, feats, removed, out);
    }

    /// `rescore` compiled for AVX2, as [`Self::score_avx2`].
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn rescore_avx2(
        &self,
        base: (&[u64], &[i32]),
        feats: &[u64],
        removed: &mut Vec<i32>,
        out: &mut Vec<i32>,
    ) {
        self.rescore_in(base, feats, removed, out);
    }

    #[inline(always)]
    fn rescore_in(
        &self,
        (base, base_scores): (&[u64], &[i32]),
        feats: &[u64],
        removed: &mut Vec<i32>,
        out: &mut Vec<i32>,
    ) {
        removed.clear();
        removed.resize(self.stride, 0);
        out.clear();
        out.extend_from_slice(base_scores);
        out.resize(self.stride, 0);
        let longest = base.len().max(feats.len());
        let differ = |k: &usize| base.get(*k) != feats.get(*k);
        // As in `score`: every home slot is asked for before any is read.
        for k in (0..longest).filter(differ) {
            base.get(k).into_iter().chain(feats.get(k)).for_each(|&f| {
                prefetch(&self.table[self.home(f)]);
            });
        }
        for k in (0..longest).filter(differ) {
            if let Some(&f) = base.get(k) {
                self.add_row_in(self.table[self.find(f)], removed);
            }
            if let Some(&f) = feats.get(k) {
                self.add_row_in(self.table[self.find(f)], out);
            }
        }
        out.iter_mut()
            .zip(removed.iter())
            .for_each(|(o, r)| *o -= r);
        out.truncate(self.classes);
    }

    /// Asks for the cache lines of the row of slot `s` (held outside the table).
    #[inline]
    fn prefetch_row(&self, s: u64) {
        match slot_len(s) {
            0 | 1 => {}
            DENSE => {
                // Every 64 bytes of the row, as `step_by(32)` gave, without its iterator.
                let row = self.dense_row(payload(s));
                let mut k = 0;
                while k < row.len() {
                    prefetch(&row[k]);
                    k += 32;
                }
            }
            _ => prefetch(&self.data[payload(s)]),
        }
    }

    /// Adds the row of slot `s` to `out` (`stride` long).
    #[inline]
    fn add_row(&self, s: u64, out: &mut [i32]) {
        match slot_len(s) {
            0 => {}
            1 => out[((s >> 16) & 0xff) as usize] += i32::from(s as u16 as i16),
            DENSE => add_dense(out, self.dense_row(payload(s)), self.avx2),
            n => {
                for w in &self.data[payload(s)..payload(s) + n] {
                    out[usize::from(w.class)] += i32::from(w.w);
                }
            }
        }
    }

    /// `add_row` for the bodies compiled for the running CPU (`score_in`, `rescore_in`):
    /// the dense add is inlined and takes the caller's instruction set.
    #[inline(always)]
    fn add_row_in(&self, s: u64, out: &mut [i32]) {
        match slot_len(s) {
            0 => {}
            1 => out[((s >> 16) & 0xff) as usize] += i32::from(s as u16 as i16),
            DENSE => add_dense_plain(out, self.dense_row(payload(s))),
            n => {
                for w in &self.data[payload(s)..payload(s) + n] {
                    out[usize::from(w.class)] += i32::from(w.w);
                }
            }
        }
    }

    /// Rows sorted by feature key, for serialisation: (key, classes, weights).
    pub(crate) fn rows(&self) -> Vec<(u64, Vec<u8>, Vec<i16>)> {
        let mut keys = self.keys.clone();
        keys.sort_unstable();
        keys.into_iter()
            .map(|k| {
                let (classes, weights) = self.row_of(self.table[self.find(k)]);
                (k, classes, weights)
            })
            .collect()
    }

    /// Approximate heap bytes held (the keys kept for serialisation included).
    pub fn heap_bytes(&self) -> usize {
        (self.table.capacity() + self.keys.capacity()) * std::mem::size_of::<u64>()
            + self.data.capacity() * std::mem::size_of::<Weight>()
            + self.dense.capacity() * std::mem::size_of::<i16>()
    }
}

#[inline]
fn home_in(len: usize, feature: u64) -> usize {
    (feature.wrapping_mul(MIX) >> 32) as usize & (len - 1)
}

/// Linear probing in a table of slots: the slot holding `feature`'s fingerprint, or the
/// empty slot where it would go.
#[inline]
fn find_in(table: &[u64], feature: u64) -> usize {
    let mask = table.len() - 1;
    let fp = fingerprint(feature);
    let mut i = home_in(table.len(), feature);
    loop {
        let s = table[i];
        if s == 0 || (s >> 32) as u32 == fp {
            return i;
        }
        i = (i + 1) & mask;
    }
}

/// Asks for the cache line holding `x` without waiting for it.
#[inline(always)]
fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch never faults and changes no state a program can observe; the
    // address is a live reference.
    unsafe {
        std::arch::x86_64::_mm_prefetch(
            (x as *const T).cast::<i8>(),
            std::arch::x86_64::_MM_HINT_T0,
        );
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}

/// A copy of `v` on huge pages (see [`huge_zeroed`]).
fn huge_copy<T: Copy + Default>(v: &[T]) -> Vec<T> {
    let mut out = huge_zeroed(v.len());
    out.copy_from_slice(v);
    out
}

/// A zeroed vector of `n` plain values whose pages the kernel is asked to back with
/// huge pages when it is large (the scoring tables are read at random).
fn huge_zeroed<T: Copy + Default>(n: usize) -> Vec<T> {
    let mut v: Vec<T> = Vec::with_capacity(n);
    advise_huge_pages(v.as_mut_ptr().cast(), n * std::mem::size_of::<T>());
    v.resize(n, T::default());
    v
}

#[cfg(target_os = "linux")]
fn advise_huge_pages(ptr: *mut u8, bytes: usize) {
    const HUGE: usize = 2 << 20;
    let start = (ptr as usize).div_ceil(HUGE) * HUGE;
    let end = (ptr as usize + bytes) / HUGE * HUGE;
    if end > start {
        // SAFETY: the range lies inside an allocation this process owns; MADV_HUGEPAGE
        // only changes how the kernel backs it, never its contents. Failure is harmless.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge_pages(_ptr: *mut u8, _bytes: usize) {}

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
mod tests;
