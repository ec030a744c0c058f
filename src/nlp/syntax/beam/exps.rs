//! The softmax normaliser's exponentials, remembered per raw score difference.
//!
//! A term of a state's normaliser is `exp((d · k) as f32)` for an integer difference `d`
//! (≤ 0) from the state's best legal score and the decoding's fixed scale `k`, and only
//! terms above `-NEGLIGIBLE` are summed: a few thousand possible `d` (about 5,300 for the
//! shipped model at temperature 24) against millions of terms over a document. Each
//! value is computed once, by the same operations as before, and looked up afterwards,
//! so the sums, and the parses, stay the same to the bit.

/// Values for differences `0, -1, …` down to this many (larger tables are not kept:
/// such a scale makes the terms' range too wide to be worth remembering).
const MAX_LEN: usize = 1 << 16;

/// Remembered `exp((d · k) as f32)` for one `k`, by `-d`; NaN where not yet computed.
#[derive(Default)]
pub(super) struct Exps {
    k_bits: u64,
    values: Vec<f32>,
}

impl Exps {
    /// Prepares the table for scale `k` (kept when `k` is the one it already holds).
    pub(super) fn for_scale(&mut self, k: f64, negligible: f64) {
        if self.k_bits == k.to_bits() && !self.values.is_empty() {
            return;
        }
        self.k_bits = k.to_bits();
        let len = (negligible / k).ceil() + 2.0;
        let len = if len.is_finite() && len > 0.0 {
            (len as usize).min(MAX_LEN)
        } else {
            0
        };
        self.values.clear();
        self.values.resize(len, f32::NAN);
    }

    /// `(s as f32).exp()` where `s` is `f64::from(d) * k` (the `k` of [`Self::for_scale`]).
    #[inline]
    pub(super) fn exp(&mut self, d: i32, s: f64) -> f32 {
        let at = d.unsigned_abs() as usize;
        match self.values.get_mut(at) {
            Some(v) if d <= 0 => {
                if v.is_nan() {
                    *v = (s as f32).exp();
                }
                *v
            }
            _ => (s as f32).exp(),
        }
    }
}
