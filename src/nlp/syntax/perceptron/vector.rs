//! The integer row adds of [`super::Model`], with the running CPU's widest vectors:
//! the release build targets baseline x86-64 (SSE2), so the AVX2 versions are compiled
//! separately and chosen at run time. Integer adds: the sums are the same whichever
//! instructions make them.

/// Adds a dense row of weights to the scores. Integer adds: the sums are the same
/// whichever instructions make them.
#[inline]
pub(super) fn add_dense(out: &mut [i32], row: &[i16], avx2: bool) {
    #[cfg(target_arch = "x86_64")]
    if avx2 {
        // SAFETY: `avx2` is true only when the running CPU reported AVX2 (`has_avx2`).
        unsafe { add_dense_avx2(out, row) };
        return;
    }
    let _ = avx2;
    add_dense_plain(out, row);
}

#[inline(always)]
pub(super) fn add_dense_plain(out: &mut [i32], row: &[i16]) {
    for (o, w) in out.iter_mut().zip(row) {
        *o += i32::from(*w);
    }
}

/// The same loop, compiled for AVX2 (the release build targets baseline x86-64, SSE2).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn add_dense_avx2(out: &mut [i32], row: &[i16]) {
    add_dense_plain(out, row);
}

#[inline(always)]
pub(super) fn add_sums_plain(out: &mut [i32], src: &[i32]) {
    for (o, s) in out.iter_mut().zip(src) {
        *o += s;
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
pub(super) fn add_sums_avx2(out: &mut [i32], src: &[i32]) {
    add_sums_plain(out, src);
}

#[cfg(target_arch = "x86_64")]
pub(super) fn has_avx2() -> bool {
    std::arch::is_x86_feature_detected!("avx2")
}

#[cfg(not(target_arch = "x86_64"))]
pub(super) fn has_avx2() -> bool {
    false
}
