//! The process's allocator: mimalloc for small blocks, the system's for large ones.
//!
//! The annotate path makes ~24 k allocations per news article (word strings, small
//! vectors, clones of actors and participants), and glibc's malloc and free took ~10 %
//! of its instructions (callgrind, BENCHMARKS.md "Annotate path, round 9"); mimalloc's
//! fast paths take a fraction of that. Large blocks (the syntax model's tables, read once
//! at start-up and advised onto huge pages) stay with the system allocator, which maps
//! each on its own and returns it whole when freed: given every block, mimalloc's
//! arenas kept the model decoder's freed buffers committed and peak RSS rose from 124
//! to 164 MB, past a worker's 150 MB budget. Where a block lives is decided by its
//! size alone, which `dealloc` and `realloc` are given too, so each block goes back to
//! the allocator that made it. The allocator changes no output.

use mimalloc::MiMalloc;
use std::alloc::{GlobalAlloc, Layout, System};
use std::ffi::c_void;

/// The alignment every mimalloc block has whatever its size (its size classes are whole
/// words): a layout asking for no more is served by `mi_malloc` itself. The `mimalloc`
/// crate calls `mi_malloc_aligned` for every block, whose alignment checks cost ~8
/// instructions per allocation (~1 % of the annotate path's instructions, 1.1 M
/// allocations per 47 articles).
const MI_ALIGN: usize = std::mem::size_of::<usize>();

#[inline]
fn plain(layout: &Layout) -> bool {
    layout.align() <= MI_ALIGN
}

/// Blocks of at least this many bytes go to the system allocator.
const LARGE: usize = 64 << 10;

/// mimalloc below [`LARGE`] bytes, the system allocator from there on.
pub struct SplitAlloc;

#[inline]
fn large(size: usize) -> bool {
    size >= LARGE
}

// SAFETY: every block is made and freed by the same allocator, chosen by its size,
// which both calls are given; a realloc that crosses `LARGE` copies into a block of
// the other allocator and frees the old one with its own.
unsafe impl GlobalAlloc for SplitAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `layout` is passed on.
        unsafe {
            if large(layout.size()) {
                System.alloc(layout)
            } else if plain(&layout) {
                libmimalloc_sys::mi_malloc(layout.size()).cast()
            } else {
                MiMalloc.alloc(layout)
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        unsafe {
            if large(layout.size()) {
                System.alloc_zeroed(layout)
            } else if plain(&layout) {
                libmimalloc_sys::mi_zalloc(layout.size()).cast()
            } else {
                MiMalloc.alloc_zeroed(layout)
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was made for `layout`, so by the allocator its size chooses.
        unsafe {
            if large(layout.size()) {
                System.dealloc(ptr, layout)
            } else {
                libmimalloc_sys::mi_free(ptr.cast::<c_void>())
            }
        }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the same allocator on both sides resizes in place or copies; across
        // `LARGE`, a new block of the other allocator takes the common prefix and the
        // old block goes back to its own (`new_size` is valid for `layout.align()` by
        // the caller's contract).
        unsafe {
            match (large(layout.size()), large(new_size)) {
                (true, true) => System.realloc(ptr, layout, new_size),
                (false, false) if plain(&layout) => {
                    libmimalloc_sys::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
                }
                (false, false) => MiMalloc.realloc(ptr, layout, new_size),
                _ => {
                    let new = Layout::from_size_align_unchecked(new_size, layout.align());
                    let moved = self.alloc(new);
                    if !moved.is_null() {
                        std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                    moved
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks on both sides of the threshold, and resized across it both ways, keep
    /// their bytes and go back to the allocator that made them.
    #[test]
    fn blocks_keep_their_bytes_across_the_threshold() {
        let a = SplitAlloc;
        for align in [1usize, 2, 8, 16, 64, 4096] {
            for (from, to) in [
                (16, 100),
                (100, 16),
                (1000, LARGE + 5),
                (LARGE + 5, 1000),
                (LARGE, 2 * LARGE),
                (3 * LARGE, LARGE - 1),
                (LARGE - 1, LARGE),
            ] {
                let layout = Layout::from_size_align(from, align).expect("valid layout");
                // SAFETY: non-zero sizes, a valid alignment; each block is freed once
                // with the layout it has.
                unsafe {
                    let p = a.alloc(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0);
                    for i in 0..from {
                        *p.add(i) = (i % 251) as u8;
                    }
                    let q = a.realloc(p, layout, to);
                    assert!(!q.is_null());
                    assert_eq!(q as usize % align, 0);
                    for i in 0..from.min(to) {
                        assert_eq!(*q.add(i), (i % 251) as u8, "{from} -> {to}, byte {i}");
                    }
                    a.dealloc(q, Layout::from_size_align(to, align).expect("valid layout"));
                    let z = a.alloc_zeroed(layout);
                    assert!((0..from).all(|i| *z.add(i) == 0));
                    a.dealloc(z, layout);
                }
            }
        }
    }
}
