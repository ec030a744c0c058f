//! The longest pattern a text starts with: the only question the gazetteer asks of its
//! name lists (a search anchored at a token's start, leftmost-longest). A plain byte trie
//! answers it; an Aho-Corasick automaton also computes failure transitions that an
//! anchored search never follows, and building those was a fifth of start-up.
//!
//! The trie is built from the patterns sorted, in one pass, then laid out breadth-first so
//! that each node's children are contiguous: a step reads one short run of bytes.

/// No pattern ends at this node.
const NONE: u32 = u32::MAX;

pub struct PrefixSet {
    /// Per node: where its children start in `bytes`/`child`, and how many there are.
    first: Vec<u32>,
    count: Vec<u16>,
    /// Per node: the id of the pattern that ends there, or [`NONE`].
    id: Vec<u32>,
    /// Per edge, grouped by parent and sorted: its byte and the child node.
    bytes: Vec<u8>,
    child: Vec<u32>,
}

/// A node during construction: children as a first-child / next-sibling list.
#[derive(Clone, Copy)]
struct Draft {
    byte: u8,
    first_child: u32,
    next_sibling: u32,
    id: u32,
}

impl PrefixSet {
    /// The set of `patterns`, pattern `i` reported as id `i`; `None` when there are none.
    /// A pattern given twice keeps its first id (the gazetteer's keys are unique anyway).
    pub fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Option<Self> {
        if patterns.is_empty() {
            return None;
        }
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        // Ties go to the lower index, so no two compare equal and an unstable sort
        // gives the stable sort's order.
        order.sort_unstable_by(|&a, &b| {
            let (pa, pb) = (patterns[a as usize].as_ref(), patterns[b as usize].as_ref());
            pa.cmp(pb).then(a.cmp(&b))
        });
        let drafts = draft_trie(patterns, &order);
        Some(Self::layout(&drafts))
    }

    /// Renumbers the draft breadth-first so that siblings sit side by side.
    fn layout(drafts: &[Draft]) -> Self {
        let n = drafts.len();
        let mut set = PrefixSet {
            first: Vec::with_capacity(n),
            count: Vec::with_capacity(n),
            id: Vec::with_capacity(n),
            bytes: Vec::with_capacity(n),
            child: Vec::with_capacity(n),
        };
        // `queue[k]` is the draft node that becomes node k.
        let mut queue: Vec<u32> = Vec::with_capacity(n);
        queue.push(0);
        let mut k = 0;
        while k < queue.len() {
            let d = drafts[queue[k] as usize];
            set.id.push(d.id);
            set.first.push(set.bytes.len() as u32);
            let mut c = d.first_child;
            let mut count = 0u16;
            while c != NONE {
                set.bytes.push(drafts[c as usize].byte);
                set.child.push(queue.len() as u32);
                queue.push(c);
                count += 1;
                c = drafts[c as usize].next_sibling;
            }
            set.count.push(count);
            k += 1;
        }
        set
    }

    /// The longest pattern `hay` starts with: (its id, its length in bytes).
    pub fn longest_prefix(&self, hay: &[u8]) -> Option<(usize, usize)> {
        let mut node = 0usize;
        let mut best = None;
        for (depth, b) in hay.iter().enumerate() {
            let start = self.first[node] as usize;
            let end = start + usize::from(self.count[node]);
            let Some(at) = self.bytes[start..end].iter().position(|x| x == b) else {
                break;
            };
            node = self.child[start + at] as usize;
            if self.id[node] != NONE {
                best = Some((self.id[node] as usize, depth + 1));
            }
        }
        best
    }
}

/// The trie of the patterns taken in sorted `order`: each pattern shares the path of its
/// common prefix with the one before it, so the nodes on the current path are all a
/// pattern needs (a child is always appended after its elder siblings, keeping them sorted).
fn draft_trie<P: AsRef<[u8]>>(patterns: &[P], order: &[u32]) -> Vec<Draft> {
    let blank = |byte| Draft {
        byte,
        first_child: NONE,
        next_sibling: NONE,
        id: NONE,
    };
    let mut drafts = vec![blank(0)];
    // `path[d]` is the node reached by the first d bytes of the previous pattern.
    let mut path: Vec<u32> = vec![0];
    // `last[d]`: the last child added to `path[d]`.
    let mut last: Vec<u32> = vec![NONE];
    let mut prev: &[u8] = &[];
    for &i in order {
        let p = patterns[i as usize].as_ref();
        let common = p.iter().zip(prev).take_while(|(a, b)| a == b).count();
        path.truncate(common + 1);
        last.truncate(common + 1);
        for &byte in &p[common..] {
            let parent = *path.last().unwrap_or(&0) as usize;
            let node = drafts.len() as u32;
            drafts.push(blank(byte));
            match last.last_mut() {
                Some(l) if *l != NONE => drafts[*l as usize].next_sibling = node,
                _ => drafts[parent].first_child = node,
            }
            if let Some(l) = last.last_mut() {
                *l = node;
            }
            path.push(node);
            last.push(NONE);
        }
        let end = *path.last().unwrap_or(&0) as usize;
        if drafts[end].id == NONE {
            drafts[end].id = i;
        }
        prev = p;
    }
    drafts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest pattern `hay` starts with, by brute force.
    fn naive(patterns: &[&str], hay: &str) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for (i, p) in patterns.iter().enumerate() {
            if hay.starts_with(p) && best.is_none_or(|(_, len)| p.len() > len) {
                best = Some((i, p.len()));
            }
        }
        best
    }

    #[test]
    fn finds_the_longest_pattern_a_text_starts_with() {
        let patterns = [
            "united states ",
            "united ",
            "united nations ",
            "un ",
            "argentin",
            "argentina ",
            "a",
            "unite",
            "united states",
        ];
        let set = PrefixSet::new(&patterns).expect("patterns");
        let hays = [
            "united states army",
            "united nations said",
            "united kingdom",
            "unite",
            "un envoy",
            "argentinian troops",
            "argentina ",
            "b",
            "",
            "u",
            "a",
        ];
        for hay in hays {
            assert_eq!(
                set.longest_prefix(hay.as_bytes()),
                naive(&patterns, hay),
                "{hay:?}"
            );
        }
    }

    #[test]
    fn a_repeated_pattern_keeps_its_first_id_and_no_patterns_is_no_set() {
        let set = PrefixSet::new(&["x ", "y", "x "]).expect("patterns");
        assert_eq!(set.longest_prefix(b"x y"), Some((0, 2)));
        assert!(PrefixSet::new::<&str>(&[]).is_none());
    }
}
