//! Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with an averaged
//! perceptron over Zhang & Nivre (2011)-style features, trained with Goldberg & Nivre's
//! (2013) dynamic oracle and error exploration.
//!
//! Two ways to score: one joint classifier over every labelled move, or (two-stage) a
//! move classifier over SHIFT / LEFT / RIGHT and a label classifier, with its own
//! smaller feature set ([`label_features`]), scored only for the arc chosen. The
//! two-stage rows are a few classes long, so scoring reads far less memory.
//!
//! Word 0 is the root and starts on the stack; words 1..=n start in the buffer.
//! Transitions: SHIFT; LEFT(l) makes s0 a dependent of b0; RIGHT(l) makes s0 a dependent
//! of s1. RIGHT onto the root is allowed only once the buffer is empty, which guarantees
//! exactly one root dependent.

use super::perceptron::{best, key, mix};

pub const NONE: u32 = u32::MAX;
pub const SHIFT: usize = 0;
/// The move classes of a two-stage parser: SHIFT, LEFT, RIGHT.
pub const MOVES: usize = 3;
pub const LEFT: usize = 1;
pub const RIGHT: usize = 2;

/// Class of a transition: 0 = SHIFT, 1 + 2l = LEFT(l), 2 + 2l = RIGHT(l).
pub fn left(label: usize) -> usize {
    1 + 2 * label
}
pub fn right(label: usize) -> usize {
    2 + 2 * label
}
fn label_of(class: usize) -> usize {
    (class - 1) / 2
}
fn is_left(class: usize) -> bool {
    class % 2 == 1
}

/// The move (SHIFT, LEFT, RIGHT) and label (or label group) of a class.
pub fn move_of(class: usize) -> (usize, usize) {
    match class {
        SHIFT => (SHIFT, 0),
        c if is_left(c) => (LEFT, label_of(c)),
        c => (RIGHT, label_of(c)),
    }
}

/// What the parser reads for each word (index 0 = root); built by
/// [`super::parse_input`].
pub struct Input {
    pub words: Vec<u64>,
    pub tags: Vec<u64>,
    /// Last three characters of the lower-case form: generalises over rare words.
    pub suffix: Vec<u64>,
    /// Word classes (`super::clusters`), coarse and fine: what rare words share with
    /// frequent ones. Empty for a model trained without them (the old template set).
    pub coarse: Vec<u64>,
    pub fine: Vec<u64>,
    /// With classes: a model that reads all 15 class templates on top of every word
    /// template (the four it adds to the swapped set: b0's and s0's in `word_features`)
    /// rather than 11 in place of 11 word templates.
    pub added: bool,
    /// Punctuation words up to and including each word.
    pub punct: Vec<u32>,
}

/// A parser configuration. The child fields are visible to the syntax module so that
/// the beam can tell states the features cannot tell apart (`beam::signature`).
#[derive(Default)]
pub struct State {
    pub stack: Vec<u32>,
    pub(super) next: u32,
    n: u32,
    pub head: Vec<u32>,
    pub label: Vec<u16>,
    pub(super) lc1: Vec<u32>,
    pub(super) lc2: Vec<u32>,
    pub(super) rc1: Vec<u32>,
    pub(super) rc2: Vec<u32>,
    pub(super) nl: Vec<u16>,
    pub(super) nr: Vec<u16>,
    pub(super) lset: Vec<u64>,
    pub(super) rset: Vec<u64>,
}

/// `clone_from` copies into the target's vectors in place, so the beam can copy a state
/// into one it no longer needs without allocating (`#[derive(Clone)]` would allocate all
/// twelve vectors anew).
impl Clone for State {
    fn clone(&self) -> Self {
        let mut copy = State::default();
        copy.clone_from(self);
        copy
    }

    fn clone_from(&mut self, src: &Self) {
        self.stack.clone_from(&src.stack);
        self.next = src.next;
        self.n = src.n;
        self.head.clone_from(&src.head);
        self.label.clone_from(&src.label);
        self.lc1.clone_from(&src.lc1);
        self.lc2.clone_from(&src.lc2);
        self.rc1.clone_from(&src.rc1);
        self.rc2.clone_from(&src.rc2);
        self.nl.clone_from(&src.nl);
        self.nr.clone_from(&src.nr);
        self.lset.clone_from(&src.lset);
        self.rset.clone_from(&src.rset);
    }
}

impl State {
    pub fn new(n: usize) -> Self {
        let size = n + 1;
        Self {
            stack: vec![0],
            next: 1,
            n: n as u32,
            head: vec![NONE; size],
            label: vec![0; size],
            lc1: vec![NONE; size],
            lc2: vec![NONE; size],
            rc1: vec![NONE; size],
            rc2: vec![NONE; size],
            nl: vec![0; size],
            nr: vec![0; size],
            lset: vec![0; size],
            rset: vec![0; size],
        }
    }

    fn s(&self, k: usize) -> u32 {
        let len = self.stack.len();
        if k < len {
            self.stack[len - 1 - k]
        } else {
            NONE
        }
    }

    fn b(&self, k: u32) -> u32 {
        if self.next + k <= self.n {
            self.next + k
        } else {
            NONE
        }
    }

    /// The words filling b0, s0, s1 and s2 ([`ROLES`]; `NONE` where empty).
    pub fn role_words(&self) -> [u32; ROLES] {
        [self.b(0), self.s(0), self.s(1), self.s(2)]
    }

    pub fn terminal(&self) -> bool {
        self.next > self.n && self.stack.len() == 1
    }

    /// Only SHIFT is legal: the stack holds just the root and the buffer is not empty
    /// (after every LEFT arc that empties the stack down to the root, e.g. the first
    /// words of most sentences). The decision needs no scores.
    pub fn only_shift(&self) -> bool {
        self.stack.len() == 1 && self.next <= self.n
    }

    pub fn legal(&self, class: usize) -> bool {
        let buffer = self.next <= self.n;
        if class == SHIFT {
            buffer
        } else if is_left(class) {
            self.stack.len() >= 2 && buffer
        } else {
            self.stack.len() > 2 || (self.stack.len() == 2 && !buffer)
        }
    }

    pub fn apply(&mut self, class: usize) {
        if class == SHIFT {
            self.apply_move(SHIFT, 0);
        } else {
            let mv = if is_left(class) { LEFT } else { RIGHT };
            self.apply_move(mv, label_of(class));
        }
    }

    /// Applies a move class (SHIFT, LEFT or RIGHT) with the label of the arc it makes.
    pub fn apply_move(&mut self, mv: usize, label: usize) {
        if mv == SHIFT {
            self.stack.push(self.next);
            self.next += 1;
            return;
        }
        let s0 = self.stack.pop().unwrap_or(0);
        let h = if mv == LEFT { self.next } else { self.s(0) };
        self.add_arc(h, s0, label);
    }

    /// (head, dependent) of the arc a LEFT or RIGHT move would make now.
    pub fn arc_of(&self, mv: usize) -> (u32, u32) {
        let h = if mv == LEFT { self.b(0) } else { self.s(1) };
        (h, self.s(0))
    }

    fn add_arc(&mut self, h: u32, d: u32, label: usize) {
        let (hi, di) = (h as usize, d as usize);
        self.head[di] = h;
        self.label[di] = label as u16;
        let bit = 1u64 << (label % 64);
        if d < h {
            self.nl[hi] += 1;
            self.lset[hi] |= bit;
            insert_child(&mut self.lc1[hi], &mut self.lc2[hi], d, |a, b| a < b);
        } else {
            self.nr[hi] += 1;
            self.rset[hi] |= bit;
            insert_child(&mut self.rc1[hi], &mut self.rc2[hi], d, |a, b| a > b);
        }
    }
}

/// Keeps the two outermost children, `outer(a, b)` meaning a is further out than b.
fn insert_child(first: &mut u32, second: &mut u32, d: u32, outer: impl Fn(u32, u32) -> bool) {
    if *first == NONE || outer(d, *first) {
        *second = *first;
        *first = d;
    } else if *second == NONE || outer(d, *second) {
        *second = d;
    }
}

#[inline]
fn f1(t: u64, a: u64) -> u64 {
    key(mix(mix(0x9A45, t), a))
}
#[inline]
fn f2(t: u64, a: u64, b: u64) -> u64 {
    key(mix(mix(mix(0x9A45, t), a), b))
}
#[inline]
fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    key(mix(mix(mix(mix(0x9A45, t), a), b), c))
}

/// The feature set of a parser state: the features of the words filling its roles
/// ([`word_features`]) and those of the state's structure ([`state_features`]).
pub fn features(st: &State, inp: &Input, out: &mut Vec<u64>) {
    out.clear();
    for (role, x) in st.role_words().into_iter().enumerate() {
        word_features(inp, role, x, out);
    }
    push_state_features(st, inp, out);
}

/// The roles whose features depend on nothing but the word filling them (and its
/// neighbours in the sentence): b0 (with b0-1, b1 and b2), s0 (with its suffix), s1, s2.
/// A sentence's parser states share them, so a decoder can sum their rows once per word
/// and role ([`super::roles::RoleScores`]) instead of once per state.
pub const ROLES: usize = 4;
const B0: usize = 0;
const S0: usize = 1;
const S1: usize = 2;

/// The features of word `x` (`NONE`: the role is empty) in role `role` (index into
/// [`State::role_words`]), appended to `out`. The bias feature goes with b0, the one
/// role every state reads exactly once.
pub fn word_features(inp: &Input, role: usize, x: u32, out: &mut Vec<u64>) {
    let get = |v: &Vec<u64>, x: u32| if x == NONE { 1 } else { v[x as usize] };
    let (w, t) = (get(&inp.words, x), get(&inp.tags, x));
    let words = inp.coarse.is_empty() || inp.added;
    let classes = !inp.coarse.is_empty();
    match role {
        B0 => b0_features(inp, x, out),
        S0 => {
            out.extend_from_slice(&[f1(1, w), f1(2, t), f2(3, w, t)]);
            out.push(f2(120, get(&inp.suffix, x), t));
            if classes {
                out.push(f1(130, get(&inp.fine, x)));
            }
            if inp.added {
                out.push(f2(134, get(&inp.coarse, x), t));
            }
        }
        S1 => {
            out.extend_from_slice(&[f1(12, w), f1(13, t), f2(14, w, t)]);
            if classes {
                out.push(f1(133, get(&inp.fine, x)));
            }
        }
        _ => {
            out.push(f1(15, t));
            if words {
                out.push(f1(16, w));
            }
        }
    }
}

/// b0's features: the word, the two after it and the one before it (`b0_features`'s
/// neighbours are fixed by b0 alone: the buffer is the rest of the sentence in order).
fn b0_features(inp: &Input, b0: u32, out: &mut Vec<u64>) {
    let n = inp.words.len() as u32 - 1;
    let next = |x: u32, k: u32| if x != NONE && x + k <= n { x + k } else { NONE };
    let (b1, b2) = (next(b0, 1), next(b0, 2));
    // b0 is never the root; a cache of every word's features asks for it anyway.
    let b0prev = if b0 == NONE || b0 == 0 { NONE } else { b0 - 1 };
    let get = |v: &Vec<u64>, x: u32| if x == NONE { 1 } else { v[x as usize] };
    let (b0w, b0t, b1w, b1t) = (
        get(&inp.words, b0),
        get(&inp.tags, b0),
        get(&inp.words, b1),
        get(&inp.tags, b1),
    );
    let b2t = get(&inp.tags, b2);
    out.extend_from_slice(&[
        f1(0, 0),
        f1(4, b0w),
        f1(5, b0t),
        f2(6, b0w, b0t),
        f1(7, b1w),
        f1(8, b1t),
        f2(9, b1w, b1t),
        f1(11, b2t),
        f2(27, b0t, b1t),
        f3(40, b0t, b1t, b2t),
        f3(110, b0w, b1w, b0t),
        f2(113, get(&inp.tags, b0prev), b0t),
        f2(121, get(&inp.suffix, b0), b0t),
    ]);
    if inp.coarse.is_empty() || inp.added {
        out.push(f1(10, get(&inp.words, b2)));
    }
    if inp.coarse.is_empty() {
        return;
    }
    out.extend_from_slice(&[f1(131, get(&inp.fine, b0)), f1(132, get(&inp.fine, b1))]);
    if inp.added {
        let (b0k, b1k) = (get(&inp.coarse, b0), get(&inp.coarse, b1));
        out.extend_from_slice(&[f2(135, b0k, b0t), f2(143, b0t, b1k), f2(144, b0k, b1t)]);
    }
}

/// The features of a state other than its roles' [`word_features`]: pairs of roles,
/// children, valency, distance, punctuation between (into `out`, cleared first).
pub fn state_features(st: &State, inp: &Input, out: &mut Vec<u64>) {
    out.clear();
    push_state_features(st, inp, out);
}

fn push_state_features(st: &State, inp: &Input, out: &mut Vec<u64>) {
    let w = |x: u32| if x == NONE { 1 } else { inp.words[x as usize] };
    let t = |x: u32| if x == NONE { 1 } else { inp.tags[x as usize] };
    let lab = |x: u32| {
        if x == NONE {
            1000
        } else {
            u64::from(st.label[x as usize])
        }
    };
    let at = |v: &Vec<u32>, x: u32| if x == NONE { NONE } else { v[x as usize] };
    let (s0, s1, s2) = (st.s(0), st.s(1), st.s(2));
    let (b0, b1) = (st.b(0), st.b(1));
    let (s0w, s0t, b0w, b0t) = (w(s0), t(s0), w(b0), t(b0));
    let (s1w, s1t, b1w, b1t) = (w(s1), t(s1), w(b1), t(b1));
    let (s0l1, s0l2, s0r1, s0r2) = (
        at(&st.lc1, s0),
        at(&st.lc2, s0),
        at(&st.rc1, s0),
        at(&st.rc2, s0),
    );
    let (b0l1, b0l2) = (at(&st.lc1, b0), at(&st.lc2, b0));
    let (s1l1, s1r1) = (at(&st.lc1, s1), at(&st.rc1, s1));
    let dist = if s0 == NONE || b0 == NONE || s0 == 0 {
        0
    } else {
        u64::from((b0 - s0).min(6))
    };
    let dist10 = if s0 != NONE && s1 != NONE && s1 != 0 {
        u64::from((s0 - s1).min(6))
    } else {
        0
    };
    let s0next = if s0 == NONE || s0 >= st.n {
        NONE
    } else {
        s0 + 1
    };
    let val = |v: &Vec<u16>, x: u32| {
        if x == NONE {
            99
        } else {
            u64::from(v[x as usize].min(8))
        }
    };
    let set = |v: &Vec<u64>, x: u32| if x == NONE { 3 } else { v[x as usize] };
    out.extend_from_slice(&[
        // pairs
        f3(20, s0w, s0t, mix(b0w, b0t)),
        f3(21, s0w, s0t, b0w),
        f3(22, s0w, b0w, b0t),
        f3(23, s0w, s0t, b0t),
        f3(24, s0t, b0w, b0t),
        f2(25, s0w, b0w),
        f2(26, s0t, b0t),
        f2(28, s1w, s0w),
        f2(29, s1t, s0t),
        f3(30, s1t, s0t, s0w),
        f3(31, s1w, s1t, s0t),
        // three tags
        f3(41, s0t, b0t, b1t),
        f3(42, s1t, s0t, b0t),
        f3(43, s0t, t(s0l1), b0t),
        f3(44, s0t, t(s0r1), b0t),
        f3(45, s0t, b0t, t(b0l1)),
        f3(46, s1t, t(s1r1), s0t),
        f3(47, s1t, t(s1l1), s0t),
        f3(48, t(s2), s1t, s0t),
        // distance
        f2(50, s0w, dist),
        f2(51, s0t, dist),
        f2(52, b0w, dist),
        f2(53, b0t, dist),
        f3(55, s0t, b0t, dist),
        f3(56, s1t, s0t, dist10),
        // valency
        f2(60, s0w, val(&st.nr, s0)),
        f2(61, s0t, val(&st.nr, s0)),
        f2(62, s0w, val(&st.nl, s0)),
        f2(63, s0t, val(&st.nl, s0)),
        f2(64, b0w, val(&st.nl, b0)),
        f2(65, b0t, val(&st.nl, b0)),
        f2(66, s1t, val(&st.nr, s1)),
        // children
        f1(71, t(s0l1)),
        f1(72, lab(s0l1)),
        f1(74, t(s0r1)),
        f1(75, lab(s0r1)),
        f1(77, t(b0l1)),
        f1(78, lab(b0l1)),
        f1(79, lab(s1r1)),
        f2(80, s1t, lab(s1r1)),
        f1(82, lab(s0l2)),
        f1(84, lab(s0r2)),
        f1(85, t(b0l2)),
        f1(86, lab(b0l2)),
        f3(87, s0t, t(s0l1), t(s0l2)),
        f3(88, s0t, t(s0r1), t(s0r2)),
        f3(89, b0t, t(b0l1), t(b0l2)),
        f2(90, s0t, lab(s0l1)),
        f2(91, s0t, lab(s0r1)),
        f2(92, b0t, lab(b0l1)),
        f3(93, s0t, lab(s0r1), b0t),
        f3(94, s0t, lab(s0l1), b0t),
        // label sets
        f2(100, s0w, set(&st.rset, s0)),
        f2(101, s0t, set(&st.rset, s0)),
        f2(102, s0w, set(&st.lset, s0)),
        f2(103, s0t, set(&st.lset, s0)),
        f2(104, b0w, set(&st.lset, b0)),
        f2(105, b0t, set(&st.lset, b0)),
        f3(106, s0t, b0t, set(&st.lset, s0)),
        // lexical context of b0
        f3(114, s0t, t(s0next), b0t),
    ]);
    boundary_features(st, inp, out);
    if inp.coarse.is_empty() || inp.added {
        // A model trained without classes: the word templates (and two second-child tag
        // templates) that the class templates replace one for one, so both parse as fast.
        out.extend_from_slice(&[
            f3(54, s0w, b0w, dist),
            f3(57, s1w, s0w, dist10),
            f1(70, w(s0l1)),
            f1(73, w(s0r1)),
            f1(76, w(b0l1)),
            f3(111, s0w, b0w, b1t),
            f3(112, s0t, b0w, b1w),
            f1(81, t(s0l2)),
            f1(83, t(s0r2)),
        ]);
    }
    if inp.coarse.is_empty() {
        return;
    }
    cluster_features(st, inp, out);
}

/// Koo et al.'s (2008) word-class templates: the classes of the words around the
/// decision (alone in [`word_features`]; here) in the pairs (with a tag or a class) a word template would make,
/// where word pairs are too sparse to learn.
fn cluster_features(st: &State, inp: &Input, out: &mut Vec<u64>) {
    let (s0, s1, b0) = (st.s(0), st.s(1), st.b(0));
    let get = |v: &Vec<u64>, x: u32| if x == NONE { 1 } else { v[x as usize] };
    let (s0t, s1t, b0t) = (get(&inp.tags, s0), get(&inp.tags, s1), get(&inp.tags, b0));
    let (s0k, s1k, b0k) = (
        get(&inp.coarse, s0),
        get(&inp.coarse, s1),
        get(&inp.coarse, b0),
    );
    let dist = if s0 == NONE || b0 == NONE || s0 == 0 {
        0
    } else {
        u64::from((b0 - s0).min(6))
    };
    out.extend_from_slice(&[
        f2(136, s0k, b0k),
        f2(137, s0k, b0t),
        f2(138, s0t, b0k),
        f2(139, s1k, s0k),
        f2(140, s1t, s0k),
        f2(141, s1k, s0t),
        f3(142, s0k, b0k, dist),
    ]);
}

/// Suffixes of s0 and b0, punctuation between the words being linked (clause and list
/// boundaries), and the label pairs of their outer children.
fn boundary_features(st: &State, inp: &Input, out: &mut Vec<u64>) {
    let (s0, s1, b0) = (st.s(0), st.s(1), st.b(0));
    let get = |v: &Vec<u64>, x: u32, none: u64| if x == NONE { none } else { v[x as usize] };
    let (s0t, s1t, b0t) = (
        get(&inp.tags, s0, 1),
        get(&inp.tags, s1, 1),
        get(&inp.tags, b0, 1),
    );
    let (s0w, s0x, b0x) = (
        get(&inp.words, s0, 1),
        get(&inp.suffix, s0, 1),
        get(&inp.suffix, b0, 1),
    );
    let lab = |x: u32| {
        if x == NONE {
            1000
        } else {
            u64::from(st.label[x as usize])
        }
    };
    let at = |v: &Vec<u32>, x: u32| if x == NONE { NONE } else { v[x as usize] };
    // Punctuation strictly between two words, capped.
    let between = |a: u32, b: u32| {
        if a == NONE || b == NONE || a >= b {
            9
        } else {
            u64::from((inp.punct[b as usize - 1] - inp.punct[a as usize]).min(3))
        }
    };
    let (p01, p10) = (between(s0, b0), between(s1, s0));
    out.extend_from_slice(&[
        f3(122, s0x, b0x, b0t),
        f2(123, s0t, p01),
        f3(124, s0t, b0t, p01),
        f3(125, s1t, s0t, p10),
        f3(126, s0w, b0t, p01),
        f3(127, s0t, lab(at(&st.lc1, s0)), lab(at(&st.lc2, s0))),
        f3(128, s0t, lab(at(&st.rc1, s0)), lab(at(&st.rc2, s0))),
        f3(129, b0t, lab(at(&st.lc1, b0)), lab(at(&st.lc2, b0))),
    ]);
}

/// The gold tree a sentence is trained on (projective, index 0 = root).
pub struct Gold<'a> {
    pub head: &'a [u32],
    pub label: &'a [u16],
}

/// Cost (number of gold arcs made unreachable) of every class; `u32::MAX` if illegal.
pub fn costs(st: &State, gold: &Gold, classes: usize, out: &mut Vec<u32>) {
    out.clear();
    out.resize(classes, u32::MAX);
    let moves = move_costs(st, gold);
    out[SHIFT] = moves[SHIFT];
    let s0 = st.s(0);
    if s0 == NONE || s0 == 0 {
        return;
    }
    let gh = gold.head[s0 as usize];
    let gl = usize::from(gold.label[s0 as usize]);
    let (s1, b0) = (st.s(1), st.b(0));
    for l in 0..(classes - 1) / 2 {
        if moves[LEFT] != u32::MAX {
            out[left(l)] = moves[LEFT] + u32::from(gh == b0 && l != gl);
        }
        if moves[RIGHT] != u32::MAX {
            out[right(l)] = moves[RIGHT] + u32::from(gh == s1 && l != gl);
        }
    }
}

/// Unlabelled cost of SHIFT, LEFT and RIGHT; `u32::MAX` if illegal.
pub fn move_costs(st: &State, gold: &Gold) -> [u32; MOVES] {
    let mut out = [u32::MAX; MOVES];
    let (s0, s1, b0) = (st.s(0), st.s(1), st.b(0));
    let in_buffer = |x: u32| x != NONE && x >= st.next && x <= st.n;
    let buffer_children = |x: u32| {
        (st.next..=st.n)
            .filter(|&d| gold.head[d as usize] == x)
            .count() as u32
    };
    if st.legal(SHIFT) {
        let mut c = st.stack[..st.stack.len() - 1]
            .iter()
            .filter(|&&h| gold.head[b0 as usize] == h)
            .count() as u32;
        c += st
            .stack
            .iter()
            .filter(|&&d| d != 0 && gold.head[d as usize] == b0)
            .count() as u32;
        out[SHIFT] = c;
    }
    if s0 == NONE || s0 == 0 {
        return out;
    }
    let gh = gold.head[s0 as usize];
    let children = buffer_children(s0);
    if st.stack.len() >= 2 && b0 != NONE {
        out[LEFT] = children + u32::from(gh != b0 && (gh == s1 || in_buffer(gh)));
    }
    if st.legal(right(0)) {
        out[RIGHT] = children + u32::from(gh != s1 && in_buffer(gh));
    }
    out
}

/// The features of the label of the arc `mv` (LEFT or RIGHT) would make: the two words
/// linked, their distance and what lies between, the dependent's (complete) children
/// and the head's children so far. Every template also keys on the direction.
pub fn label_features(st: &State, inp: &Input, mv: usize, out: &mut Vec<u64>) {
    out.clear();
    let (h, d) = st.arc_of(mv);
    let get = |v: &Vec<u64>, x: u32| if x == NONE { 1 } else { v[x as usize] };
    let lab = |x: u32| {
        if x == NONE {
            1000
        } else {
            u64::from(st.label[x as usize])
        }
    };
    let at = |v: &Vec<u32>, x: u32| if x == NONE { NONE } else { v[x as usize] };
    let set = |v: &Vec<u64>, x: u32| if x == NONE { 3 } else { v[x as usize] };
    let (hw, ht, hx) = (get(&inp.words, h), get(&inp.tags, h), get(&inp.suffix, h));
    let (dw, dt, dx) = (get(&inp.words, d), get(&inp.tags, d), get(&inp.suffix, d));
    let (dl1, dl2, dr1) = (at(&st.lc1, d), at(&st.lc2, d), at(&st.rc1, d));
    let dr2 = at(&st.rc2, d);
    let (lo, hi) = if h < d { (h, d) } else { (d, h) };
    let dist = if h == 0 {
        0
    } else {
        u64::from((hi - lo).min(8))
    };
    let punct = u64::from((inp.punct[hi as usize - 1] - inp.punct[lo as usize]).min(3));
    let prev = if d > 1 { get(&inp.tags, d - 1) } else { 2 };
    let next = if d < st.n { get(&inp.tags, d + 1) } else { 2 };
    // What the arc leaves beside it: the word below on the stack, or the next input word.
    let beside = if mv == LEFT {
        get(&inp.tags, st.s(1))
    } else {
        get(&inp.tags, st.b(0))
    };
    let val =
        |x: u32| u64::from(st.nl[x as usize].min(4)) * 8 + u64::from(st.nr[x as usize].min(4));
    // The head's child attached just before on this side (arcs are made inside out).
    let sibling = if mv == LEFT {
        at(&st.lc1, h)
    } else {
        at(&st.rc1, h)
    };
    let g1 = |t: u64, a: u64| f2(200 + t, mv as u64, a);
    let g2 = |t: u64, a: u64, b: u64| f3(200 + t, mv as u64, a, b);
    let g3 = |t: u64, a: u64, b: u64, c: u64| f3(200 + t, mv as u64, mix(a, b), c);
    out.extend_from_slice(&[
        g1(0, 0),
        g1(1, dw),
        g1(2, dt),
        g2(3, dw, dt),
        g1(4, hw),
        g1(5, ht),
        g2(6, hw, ht),
        g2(7, dw, hw),
        g2(8, dt, ht),
        g2(9, dw, ht),
        g2(10, dt, hw),
        g2(11, dx, dt),
        g2(12, hx, ht),
        g2(13, dx, ht),
        g3(14, dt, ht, dist),
        g3(15, dt, ht, punct),
        g2(16, dt, set(&st.lset, d)),
        g2(17, dt, set(&st.rset, d)),
        g2(18, dw, set(&st.rset, d)),
        g2(19, dw, set(&st.lset, d)),
        g2(20, ht, set(&st.lset, h)),
        g2(21, ht, set(&st.rset, h)),
        g3(22, dt, ht, set(&st.lset, h)),
        g3(23, dt, ht, set(&st.rset, h)),
        g2(24, get(&inp.words, dl1), dt),
        g3(25, get(&inp.words, dl1), dt, ht),
        g2(26, get(&inp.tags, dl1), dt),
        g3(27, lab(dl1), lab(dl2), dt),
        g3(28, lab(dr1), lab(dr2), dt),
        g2(29, get(&inp.words, dr1), dt),
        g2(30, get(&inp.words, dl2), dt),
        g3(31, prev, dt, ht),
        g3(32, next, dt, ht),
        g3(33, beside, dt, ht),
        g3(34, dt, ht, val(d)),
        g3(35, dw, dt, ht),
        g3(36, dt, hw, ht),
        g3(37, lab(dl1), dt, ht),
        g3(38, lab(sibling), dt, ht),
        g3(39, get(&inp.tags, sibling), dt, ht),
        g2(40, get(&inp.words, dl1), hw),
        g3(41, get(&inp.tags, dr1), dt, ht),
        g3(42, hx, dt, ht),
        g3(43, dw, hw, ht),
        g3(44, get(&inp.words, dl1), dw, ht),
    ]);
}

/// Parses with a scoring function; returns (heads, labels) for words 1..=n (index 0 unused).
pub fn parse_with(n: usize, inp: &Input, mut score: impl FnMut(&[u64]) -> usize) -> State {
    let mut st = State::new(n);
    let mut feats = Vec::with_capacity(128);
    while !st.terminal() {
        features(&st, inp, &mut feats);
        let class = score(&feats);
        st.apply(class);
    }
    st
}

/// The best legal class of integer scores.
pub fn best_legal(st: &State, scores: &[i32]) -> usize {
    best(scores, |c| st.legal(c)).unwrap_or(SHIFT)
}

/// The state after `apply`-ing is needed by both training and parsing.
pub fn best_legal_f32(st: &State, scores: &[f32]) -> usize {
    best(scores, |c| st.legal(c)).unwrap_or(SHIFT)
}

#[cfg(test)]
mod tests;
