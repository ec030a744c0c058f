//! [`Model::score`] with the dense rows summed in vector registers (AVX2).
//!
//! Most of a parser state's features that have a row at all have a dense one (the
//! frequent features are the ones trained for many classes), and the generic loop
//! loads, adds and stores the whole score vector once per dense row. For a model
//! whose stride is a known number `N` of 8-lane vectors, the dense rows' sum stays in
//! `N` registers for the whole call and is added to the scores once at the end; the
//! one-weight and short rows are added to the scores as before. Integer adds, so the
//! scores are the same whatever order and instructions make them.

#[cfg(target_arch = "x86_64")]
use super::{payload, prefetch, slot_len, Model, DENSE};
#[cfg(target_arch = "x86_64")]
use std::arch::x86_64::{
    __m128i, __m256i, _mm256_add_epi32, _mm256_cvtepi16_epi32, _mm256_loadu_si256,
    _mm256_setzero_si256, _mm256_storeu_si256, _mm_loadu_si128,
};

#[cfg(target_arch = "x86_64")]
impl Model {
    /// Scores `feats` into `out` with the dense rows held in registers, if the model's
    /// stride has such a body (up to 14 vectors: 14 sums and one row vector fill the
    /// 16 registers); `false` leaves `out` alone for the generic body.
    ///
    /// # Safety
    /// The running CPU must have AVX2.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn score_held(&self, feats: &[u64], out: &mut Vec<i32>) -> bool {
        // SAFETY (every arm): the caller guarantees AVX2; the stride is 8 × N.
        match self.stride / 8 {
            2 => unsafe { self.score_held_n::<2>(feats, out) },
            4 => unsafe { self.score_held_n::<4>(feats, out) },
            6 => unsafe { self.score_held_n::<6>(feats, out) },
            8 => unsafe { self.score_held_n::<8>(feats, out) },
            10 => unsafe { self.score_held_n::<10>(feats, out) },
            12 => unsafe { self.score_held_n::<12>(feats, out) },
            14 => unsafe { self.score_held_n::<14>(feats, out) },
            _ => return false,
        }
        true
    }

    /// The body for a stride of `N` vectors, as `score_in`: every home slot is asked
    /// for, then every slot is read and its row asked for, then the rows are added.
    ///
    /// # Safety
    /// The running CPU must have AVX2 and `self.stride == 8 * N`.
    #[inline(always)]
    unsafe fn score_held_n<const N: usize>(&self, feats: &[u64], out: &mut Vec<i32>) {
        debug_assert_eq!(self.stride, 8 * N);
        out.clear();
        out.resize(self.stride, 0);
        // SAFETY: AVX2 (the caller).
        let mut sums: [__m256i; N] = [unsafe { _mm256_setzero_si256() }; N];
        let mut found = [0u64; 160];
        for chunk in feats.chunks(found.len()) {
            for f in chunk {
                prefetch(&self.table[self.home(*f)]);
            }
            for (f, s) in chunk.iter().zip(found.iter_mut()) {
                *s = self.table[self.find(*f)];
                self.prefetch_row_n::<N>(*s);
            }
            for &s in &found[..chunk.len()] {
                match slot_len(s) {
                    0 => {}
                    1 => out[((s >> 16) & 0xff) as usize] += i32::from(s as u16 as i16),
                    DENSE => {
                        let row = self.dense_row(payload(s));
                        // SAFETY: `row` holds `stride` = 8 × N weights, so each 8-weight
                        // load is inside it; AVX2 (the caller).
                        unsafe { add_held(&mut sums, row) };
                    }
                    n => {
                        for w in &self.data[payload(s)..payload(s) + n] {
                            out[usize::from(w.class)] += i32::from(w.w);
                        }
                    }
                }
            }
        }
        for (v, sum) in sums.iter().enumerate() {
            // SAFETY: `out` holds `stride` = 8 × N scores, so lanes 8v..8v + 8 are inside
            // it; unaligned loads and stores; AVX2 (the caller).
            unsafe {
                let p = out.as_mut_ptr().add(8 * v).cast::<__m256i>();
                _mm256_storeu_si256(p, _mm256_add_epi32(_mm256_loadu_si256(p), *sum));
            }
        }
        out.truncate(self.classes);
    }

    /// `prefetch_row` for a stride of `N` vectors: the same addresses (every 64 bytes of
    /// a dense row, the first pair of a short one), the dense loop's bound a constant.
    #[inline(always)]
    fn prefetch_row_n<const N: usize>(&self, s: u64) {
        match slot_len(s) {
            0 | 1 => {}
            DENSE => {
                let row = self.dense_row(payload(s));
                let mut k = 0;
                while k < 8 * N {
                    prefetch(&row[k]);
                    k += 32;
                }
            }
            _ => prefetch(&self.data[payload(s)]),
        }
    }
}

/// Adds a dense row of 8 × N weights to the N register sums.
///
/// # Safety
/// The running CPU must have AVX2 and `row.len() >= 8 * N`.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn add_held<const N: usize>(sums: &mut [__m256i; N], row: &[i16]) {
    debug_assert!(row.len() >= 8 * N);
    for (v, sum) in sums.iter_mut().enumerate() {
        // SAFETY: lanes 8v..8v + 8 lie inside `row` (the caller); unaligned load.
        unsafe {
            let w = _mm_loadu_si128(row.as_ptr().add(8 * v).cast::<__m128i>());
            *sum = _mm256_add_epi32(*sum, _mm256_cvtepi16_epi32(w));
        }
    }
}
