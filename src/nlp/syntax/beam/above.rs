//! The classes of a state's scores at or above a floor, as a bit set made with vector
//! compares: `Ranked::legal_above` picks a scored state's candidates from ~100 classes,
//! few of which reach the beam's floor, and a test and branch per class was ~2 % of the
//! annotate path's instructions. The set holds exactly the classes the per-class test
//! `s - max >= t` passes (the same wrapping difference), and its bits are read in class
//! order. Reading a bit costs more than testing a class, so the softmax normaliser,
//! whose floor most classes pass, keeps the per-class test (`Ranked::legal_scan`).

/// Classes of a model fit in a byte (`perceptron::Weight::class`): four words.
const WORDS: usize = 4;

/// A set of classes below `64 * WORDS`, read lowest first.
#[derive(Clone, Copy)]
pub(super) struct Classes {
    words: [u64; WORDS],
    at: usize,
}

impl Classes {
    /// The classes `c` below `64 * WORDS` whose `scores[c].wrapping_sub(max) >= t`, among
    /// those of the kinds `legal` allows (SHIFT at 0, LEFT at the odd classes, RIGHT at
    /// the even ones from 2).
    pub(super) fn above(scores: &[i32], max: i32, t: i32, legal: [bool; 3]) -> Classes {
        let mut words = [0u64; WORDS];
        fill_above(scores, max, t, &mut words);
        for (w, word) in words.iter_mut().enumerate() {
            *word &= legal_word(w, legal);
        }
        Classes { words, at: 0 }
    }
}

impl Iterator for Classes {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while let Some(word) = self.words.get_mut(self.at) {
            if *word != 0 {
                let bit = word.trailing_zeros() as usize;
                *word &= *word - 1;
                return Some(self.at * 64 + bit);
            }
            self.at += 1;
        }
        None
    }
}

/// The classes of word `w` (classes 64w..64w + 64) whose kind `legal` allows.
fn legal_word(w: usize, legal: [bool; 3]) -> u64 {
    const ODD: u64 = 0xAAAA_AAAA_AAAA_AAAA;
    let mut word = 0;
    if legal[1] {
        word |= ODD;
    }
    if legal[2] {
        word |= !ODD;
    }
    if w == 0 {
        // Class 0 is SHIFT, not RIGHT.
        word = (word & !1) | u64::from(legal[0]);
    }
    word
}

/// Sets the bit of each class below `64 * WORDS` with `scores[c].wrapping_sub(max) >= t`.
fn fill_above(scores: &[i32], max: i32, t: i32, words: &mut [u64; WORDS]) {
    let n = scores.len().min(64 * WORDS);
    #[cfg(target_arch = "x86_64")]
    if t > i32::MIN && std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU reported AVX2.
        unsafe { fill_above_avx2(&scores[..n], max, t, words) };
        return;
    }
    fill_above_from(scores, 0, n, max, t, words);
}

/// The per-class test for classes `from..n`.
fn fill_above_from(
    scores: &[i32],
    from: usize,
    n: usize,
    max: i32,
    t: i32,
    words: &mut [u64; WORDS],
) {
    for (c, &s) in scores.iter().enumerate().take(n).skip(from) {
        if s.wrapping_sub(max) >= t {
            words[c / 64] |= 1 << (c % 64);
        }
    }
}

/// Eight classes per compare: `d >= t` is `d > t - 1` (`t > i32::MIN`, so `t - 1`
/// does not wrap); a vector of 8 classes never straddles two words (8 divides 64).
///
/// # Safety
/// The running CPU must have AVX2; `t > i32::MIN`; `scores.len() <= 64 * WORDS`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn fill_above_avx2(scores: &[i32], max: i32, t: i32, words: &mut [u64; WORDS]) {
    use std::arch::x86_64::{
        __m256i, _mm256_castsi256_ps, _mm256_cmpgt_epi32, _mm256_loadu_si256, _mm256_movemask_ps,
        _mm256_set1_epi32, _mm256_sub_epi32,
    };
    let vmax = _mm256_set1_epi32(max);
    let below = _mm256_set1_epi32(t - 1);
    let mut chunks = scores.chunks_exact(8);
    for (k, chunk) in chunks.by_ref().enumerate() {
        // SAFETY: `chunk` holds 8 i32 (an unaligned load of 32 bytes inside it).
        let s = unsafe { _mm256_loadu_si256(chunk.as_ptr().cast::<__m256i>()) };
        let d = _mm256_sub_epi32(s, vmax);
        let bits = _mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpgt_epi32(d, below)));
        let c = 8 * k;
        words[c / 64] |= u64::from(bits as u8) << (c % 64);
    }
    let from = scores.len() - chunks.remainder().len();
    fill_above_from(scores, from, scores.len(), max, t, words);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::rng::Rng;

    /// The set holds exactly the legal classes the per-class test passes, in class
    /// order: random scores of 0-256 classes, every legal mask, floors from `i32::MIN`
    /// to above every difference, differences that wrap.
    #[test]
    fn classes_above_equal_the_per_class_test() {
        let mut rng = Rng::new(5);
        for n in [0usize, 1, 7, 8, 9, 63, 64, 65, 103, 112, 200, 256] {
            for round in 0..20 {
                let scores: Vec<i32> = (0..n)
                    .map(|_| match round {
                        0 => rng.next_u64() as i32,
                        _ => (rng.next_u64() % 2001) as i32 - 1000,
                    })
                    .collect();
                let max = scores
                    .iter()
                    .copied()
                    .max()
                    .unwrap_or(0)
                    .wrapping_sub(round % 3);
                for t in [i32::MIN, i32::MIN + 1, -5000, -300, -1, 0, 1, 10, i32::MAX] {
                    for l in 0..8u8 {
                        let legal = [l & 1 != 0, l & 2 != 0, l & 4 != 0];
                        let kind = |c: usize| if c == 0 { 0 } else { 2 - c % 2 };
                        let want: Vec<usize> = (0..n)
                            .filter(|&c| scores[c].wrapping_sub(max) >= t && legal[kind(c)])
                            .collect();
                        let got: Vec<usize> = Classes::above(&scores, max, t, legal).collect();
                        assert_eq!(got, want, "{n} classes, t {t}, legal {legal:?}");
                    }
                }
            }
        }
    }
}
