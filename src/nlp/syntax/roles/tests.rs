use super::*;
use crate::nlp::syntax::parser::{features, left, right, state_features, SHIFT};
use crate::nlp::syntax::perceptron::{mix, Trainer};

/// A model with a weight for every class on every feature the parser reads of
/// `inp`'s states along `moves`: the weights differ by feature, so a feature missed or
/// counted twice changes the scores.
fn model_for(inp: &Input, n: usize, moves: &[usize], classes: usize) -> Model {
    let mut t = Trainer::new(classes);
    let mut st = State::new(n);
    let mut feats = Vec::new();
    for &m in moves {
        features(&st, inp, &mut feats);
        for (k, &f) in feats.iter().enumerate() {
            t.add(
                &[f],
                (f % classes as u64) as usize,
                1.0 + (mix(f, 9) % 50) as f32,
            );
            t.add(&[f], k % classes, -2.0);
        }
        t.tick();
        st.apply(m);
    }
    t.finish(0.0)
}

/// Scoring a state's state features and adding its roles' sums gives exactly the
/// scores of its full feature set, for every kind of model input (no classes, classes
/// swapped in, classes added) and every state along a parse, empty roles included.
#[test]
fn role_sums_plus_state_features_score_as_the_full_features() {
    let words = ["they", "met", "on", "Monday", "in", "Oslo", "."];
    let tags = [1, 2, 3, 4, 3, 5, 6];
    let n = words.len();
    let moves = [
        SHIFT,
        left(1),
        SHIFT,
        SHIFT,
        SHIFT,
        left(2),
        right(3),
        SHIFT,
        SHIFT,
        right(4),
        right(5),
        SHIFT,
        right(6),
        right(0),
    ];
    let classes = 1 + 2 * 7;
    for (with_classes, added) in [(false, false), (true, false), (true, true)] {
        let mut inp = crate::nlp::syntax::parse_input(&words, &tags, with_classes);
        inp.added = added;
        let model = model_for(&inp, n, &moves, classes);
        let roles = RoleScores::new(&model, &inp);
        let mut st = State::new(n);
        let (mut all, mut part) = (Vec::new(), Vec::new());
        let (mut want, mut got) = (Vec::new(), Vec::new());
        for &m in &moves {
            features(&st, &inp, &mut all);
            model.score(&all, &mut want);
            assert!(want.iter().any(|&s| s != 0));
            state_features(&st, &inp, &mut part);
            assert!(part.len() < all.len());
            model.score(&part, &mut got);
            roles.add_to(&model, &st, &mut got);
            assert_eq!(
                got, want,
                "classes {with_classes}, added {added}, {:?}",
                st.stack
            );
            st.apply(m);
        }
        assert!(st.terminal());
    }
}

/// Each group of `score_groups` scores as `score` does alone, empty groups included.
#[test]
fn grouped_scores_equal_single_scores() {
    let classes = 20;
    let mut t = Trainer::new(classes);
    let keys: Vec<u64> = (0..400u64).map(|i| mix(i, 3) & ((1 << 48) - 1)).collect();
    for (i, &k) in keys.iter().enumerate() {
        t.add(&[k], i % classes, 1.0 + (i % 7) as f32);
        if i % 3 == 0 {
            for c in 0..classes {
                t.add(&[k], c, (c % 5) as f32 - 2.0);
            }
        }
    }
    t.tick();
    let model = t.finish(0.0);
    let ends = [0, 3, 3, 170, 171, 400];
    let mut out = Vec::new();
    model.score_groups(&keys, &ends, &mut out);
    let w = model.width();
    assert_eq!(out.len(), ends.len() * w);
    let mut start = 0;
    let mut one = Vec::new();
    for (g, &end) in ends.iter().enumerate() {
        model.score(&keys[start..end], &mut one);
        assert_eq!(&out[g * w..g * w + classes], &one[..], "group {g}");
        start = end;
    }
}
