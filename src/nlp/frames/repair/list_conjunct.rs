//! The last verb of a list "A, B and C" is often hung on a verb higher up when the list
//! stands in a subordinate clause: "Ruritania sent troops after gunmen crossed the river,
//! burned a farm and killed two herders" is parsed with "burned" a conjunct of "crossed"
//! but "and killed" a conjunct of "sent". The frames then give "killed" the main clause's
//! subject (the complainant's own act). A conjunct joined by a comma alone is a list's
//! inner member, and a list ends with a conjunct joined by "and" or "or": when such a
//! conjunct follows right after that inner member, it belongs to the same list (branch
//! after3).
use super::appositive_list::under as below;
use super::has_dependent as has_kid;
use crate::nlp::syntax::Word;

/// Is word `a` in the subtree of `m` (both 0-based)?
fn under(words: &[Word], a: usize, m: usize) -> bool {
    below(words, a, m as u32 + 1)
}

/// The repaired sentence, or `None` when no list's last member hangs outside its list.
pub(super) fn list_conjunct(words: &[Word]) -> Option<Vec<Word>> {
    let (c, a) = (0..words.len()).find_map(|c| misplaced(words, c))?;
    let mut out = words.to_vec();
    out[c].head = a as u32 + 1;
    Some(out)
}

/// (last member, first member), 0-based: `c` is a coordinated verb with its own
/// coordinator and no subject, hung on a verb `m`; the verb `b` whose phrase ends right
/// before `c`'s coordinator is a comma-joined conjunct of a verb `a` that stands between
/// `m` and `c` and hangs below `m`.
fn misplaced(words: &[Word], c: usize) -> Option<(usize, usize)> {
    let w = &words[c];
    if w.deprel != "conj" || w.upos != "VERB" || has_kid(words, c, "nsubj") {
        return None;
    }
    let m = (w.head as usize).checked_sub(1)?;
    let cc = first_kid(words, c).filter(|&k| words[k].deprel == "cc")?;
    // the word before the coordinator (skipping a comma) ends the inner member's phrase
    let mut end = cc.checked_sub(1)?;
    if words[end].upos == "PUNCT" {
        end = end.checked_sub(1)?;
    }
    let b = verb_of(words, end)?;
    if words[b].deprel != "conj" || has_kid(words, b, "cc") || b == m {
        return None;
    }
    let a = (words[b].head as usize).checked_sub(1)?;
    let below = a != m && m < a && a < b && under(words, a, m);
    (below && words[a].upos == "VERB" && !list_closed(words, a, b)).then_some((c, a))
}

/// The verb whose phrase the word `k` (0-based) ends: its nearest verb ancestor whose
/// subtree ends at `k`.
pub(super) fn verb_of(words: &[Word], k: usize) -> Option<usize> {
    let mut h = k;
    for _ in 0..words.len() {
        if words[h].upos == "VERB" {
            return (last_of(words, h) == k).then_some(h);
        }
        h = (words[h].head as usize).checked_sub(1)?;
    }
    None
}

/// Has the verb `a` already a conjunct after `b` joined by a coordinator (a closed list)?
fn list_closed(words: &[Word], a: usize, b: usize) -> bool {
    (b + 1..words.len()).any(|k| {
        words[k].head as usize == a + 1 && words[k].deprel == "conj" && has_kid(words, k, "cc")
    })
}

/// The last word (0-based) of the subtree of `h`.
fn last_of(words: &[Word], h: usize) -> usize {
    (0..words.len())
        .rev()
        .find(|&k| k == h || under(words, k, h))
        .unwrap_or(h)
}

/// The first dependent (0-based) of `h`, if any.
fn first_kid(words: &[Word], h: usize) -> Option<usize> {
    (0..words.len()).find(|&k| words[k].head as usize == h + 1)
}
