use super::*;

/// Where `only_shift` skips scoring, SHIFT is the one legal class (so the greedy
/// choice is the same without the scores), and it holds at the start and after a
/// LEFT arc leaves only the root on the stack.
#[test]
fn only_shift_exactly_when_no_arc_is_legal() {
    let classes = 1 + 2 * 4;
    let mut st = State::new(4);
    let mut seen = 0;
    // 1 <- 2, 3 -> 2 (RIGHT: s0 attaches to s1), 2 <- 4, 4 -> root.
    for &c in &[
        SHIFT,
        left(1),
        SHIFT,
        SHIFT,
        right(2),
        left(0),
        SHIFT,
        right(3),
    ] {
        let legal: Vec<usize> = (0..classes).filter(|&k| st.legal(k)).collect();
        assert_eq!(st.only_shift(), legal == [SHIFT], "{:?}", st.stack);
        seen += usize::from(st.only_shift());
        assert!(st.legal(c));
        st.apply(c);
    }
    assert!(st.terminal());
    assert_eq!(seen, 3);
}

/// Two words of one class give the same class features where their word features
/// differ: what the parser learned for one carries to the other.
#[test]
fn words_of_one_class_share_the_class_features() {
    // "they met DAY" with "met" on the stack and the day first in the buffer.
    let state_of = |day: &str| {
        let inp = super::super::parse_input(&["they", "met", day], &[1, 2, 3], true);
        let mut st = State::new(3);
        st.apply(SHIFT);
        st.apply(left(0));
        st.apply(SHIFT);
        (st, inp)
    };
    let all = |day: &str| {
        let (st, inp) = state_of(day);
        let mut out = Vec::new();
        features(&st, &inp, &mut out);
        out
    };
    let (st, inp) = state_of("Monday");
    let mut classes = Vec::new();
    cluster_features(&st, &inp, &mut classes);
    let (monday, tuesday, of) = (all("Monday"), all("Tuesday"), all("of"));
    assert!(monday.iter().any(|f| !tuesday.contains(f)));
    assert!(classes.iter().all(|f| tuesday.contains(f)));
    assert!(classes.iter().any(|f| !of.contains(f)));
}

/// A model trained with classes reads them in place of the word templates they made
/// redundant (as many look-ups per state, so as fast); one trained without them (an
/// older model) reads exactly its old templates, none of the class ones.
#[test]
fn class_templates_replace_word_templates_one_for_one() {
    let words = ["they", "met", "on", "Monday", "in", "Oslo"];
    let tags = [1, 2, 3, 4, 3, 5];
    let mut st = State::new(words.len());
    st.apply(SHIFT);
    st.apply(SHIFT);
    let feats = |classes: bool| {
        let inp = super::super::parse_input(&words, &tags, classes);
        let mut out = Vec::new();
        features(&st, &inp, &mut out);
        (out, inp)
    };
    let (old, old_inp) = feats(false);
    let (new, new_inp) = feats(true);
    assert_eq!(old.len(), new.len());
    let b2_word = f1(10, old_inp.words[st.b(2) as usize]);
    assert!(old.contains(&b2_word) && !new.contains(&b2_word));
    let mut classes = Vec::new();
    cluster_features(&st, &new_inp, &mut classes);
    assert!(classes.iter().all(|f| new.contains(f) && !old.contains(f)));
}

/// "the cat sat on the mat": the->cat, cat->sat, sat->root, on->mat, the->mat, mat->sat.
const CAT_HEAD: [u32; 7] = [NONE, 2, 3, 0, 6, 6, 3];
const CAT_LABEL: [u16; 7] = [0, 1, 2, 3, 4, 1, 5];

/// Following the zero-cost transitions rebuilds any projective gold tree.
#[test]
fn oracle_rebuilds_a_projective_tree() {
    let (head, label) = (CAT_HEAD, CAT_LABEL);
    let gold = Gold {
        head: &head,
        label: &label,
    };
    let classes = 1 + 2 * 6;
    let mut st = State::new(6);
    let mut costs_v = Vec::new();
    while !st.terminal() {
        costs(&st, &gold, classes, &mut costs_v);
        let c = (0..classes)
            .find(|&c| costs_v[c] == 0)
            .expect("a zero-cost move");
        st.apply(c);
    }
    assert_eq!(&st.head[1..], &head[1..]);
    assert_eq!(&st.label[1..], &label[1..]);
}

/// The unlabelled move costs agree with the labelled ones, and zero-cost moves with
/// the gold label of each arc (what the label classifier learns) rebuild the tree.
#[test]
fn move_oracle_rebuilds_a_projective_tree() {
    let (head, label) = (CAT_HEAD, CAT_LABEL);
    let gold = Gold {
        head: &head,
        label: &label,
    };
    let classes = 1 + 2 * 6;
    let mut st = State::new(6);
    let mut labelled = Vec::new();
    while !st.terminal() {
        let moves = move_costs(&st, &gold);
        costs(&st, &gold, classes, &mut labelled);
        let min_left = (0..6).map(|l| labelled[left(l)]).min();
        let min_right = (0..6).map(|l| labelled[right(l)]).min();
        assert_eq!(
            [Some(labelled[SHIFT]), min_left, min_right],
            moves.map(Some)
        );
        let mv = (0..MOVES)
            .find(|&m| moves[m] == 0)
            .expect("a zero-cost move");
        let l = if mv == SHIFT {
            0
        } else {
            let (h, d) = st.arc_of(mv);
            assert_eq!(head[d as usize], h, "a zero-cost arc is a gold arc");
            usize::from(label[d as usize])
        };
        st.apply_move(mv, l);
    }
    assert_eq!(&st.head[1..], &head[1..]);
    assert_eq!(&st.label[1..], &label[1..]);
}

#[test]
fn only_one_word_attaches_to_the_root() {
    let mut st = State::new(3);
    st.apply(SHIFT);
    assert!(
        !st.legal(right(0)),
        "root attachment before the buffer is empty"
    );
    st.apply(SHIFT);
    st.apply(SHIFT);
    st.apply(right(0));
    st.apply(right(0));
    st.apply(right(0));
    assert!(st.terminal());
    assert_eq!(st.head[1..].iter().filter(|&&h| h == 0).count(), 1);
}
