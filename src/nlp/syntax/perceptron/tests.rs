use super::*;

#[test]
fn learns_a_separable_problem_and_survives_freezing() {
    let mut t = Trainer::new(3);
    let data = [(vec![1u64, 10], 0usize), (vec![2, 10], 1), (vec![3, 10], 2)];
    let mut scores = Vec::new();
    for _ in 0..5 {
        for (f, y) in &data {
            t.score(f, &mut scores);
            let guess = best(&scores, |_| true).unwrap_or(0);
            t.update(f, *y, guess);
            t.tick();
        }
    }
    let m = t.finish(0.0);
    let mut out = Vec::new();
    for (f, y) in &data {
        m.score(f, &mut out);
        assert_eq!(best(&out, |_| true), Some(*y));
    }
}

/// The table grows past many rows, finds every row, scores absent features as
/// zero and gives its rows back in key order.
#[test]
fn frozen_table_keeps_every_row() {
    let mut m = Model::with_capacity(4, 1.0, 0);
    let keys: Vec<u64> = (1..5000u64).map(|i| key(mix(i, 77))).collect();
    for (i, &k) in keys.iter().enumerate() {
        m.push_row(k, &[((i % 4) as u8, i as i16), (3, -1)])
            .expect("fits");
    }
    assert_eq!(m.features(), keys.len());
    let mut out = Vec::new();
    for (i, &k) in keys.iter().enumerate() {
        m.score(&[k], &mut out);
        let mut want = vec![0i32; 4];
        want[i % 4] += i as i32;
        want[3] -= 1;
        assert_eq!(out, want, "row {i}");
    }
    m.score(&[key(mix(123_456, 1))], &mut out);
    assert_eq!(out, vec![0; 4]);
    let rows = m.rows();
    assert_eq!(rows.len(), keys.len());
    assert!(rows.windows(2).all(|w| w[0].0 < w[1].0));
}

/// One-weight, short and dense rows all score as written and come back unchanged.
#[test]
fn every_row_kind_scores_and_round_trips() {
    let mut m = Model::with_capacity(20, 1.0, 0);
    let long: Vec<(u8, i16)> = (0..20u8).map(|c| (c, i16::from(c) - 7)).collect();
    let rows: [(u64, Vec<(u8, i16)>); 3] = [
        (key(1), vec![(5, -3)]),
        (key(2), vec![(1, 4), (19, 9)]),
        (
            key(3),
            long.iter().copied().filter(|&(_, w)| w != 0).collect(),
        ),
    ];
    for (k, row) in &rows {
        m.push_row(*k, row).expect("fits");
    }
    let m = m.sealed();
    let mut out = Vec::new();
    m.score(&[key(1), key(2), key(3), key(4)], &mut out);
    let mut want: Vec<i32> = long.iter().map(|&(_, w)| i32::from(w)).collect();
    want[5] -= 3;
    want[1] += 4;
    want[19] += 9;
    assert_eq!(out, want);
    let mut back = m.rows();
    back.sort_by_key(|r| r.0);
    for ((k, row), (bk, classes, weights)) in rows.iter().zip(back) {
        let mut row = row.clone();
        row.sort();
        assert_eq!((*k, row), (bk, classes.into_iter().zip(weights).collect()));
    }
}

#[test]
fn keys_fit_in_48_bits() {
    assert!(key(mix(mix(7, 8), u64::MAX)) < (1 << 48));
}

/// A model of `classes` classes whose rows are one-weight, short and dense (every
/// class, zeros dropped), with random weights, and the keys of its rows.
fn mixed_model(classes: usize, rows: u64, seed: u64) -> (Model, Vec<u64>) {
    let mut rng = crate::nlp::syntax::rng::Rng::new(seed);
    let mut m = Model::with_capacity(classes, 1.0, rows as usize);
    let mut keys = Vec::new();
    for i in 0..rows {
        let k = key(mix(i, seed));
        let len = match i % 3 {
            0 => 1,
            1 => 2 + (rng.next_u64() % 6) as usize,
            _ => classes,
        };
        let mut row: Vec<(u8, i16)> = (0..len)
            .map(|_| {
                let c = (rng.next_u64() % classes as u64) as u8;
                (c, (rng.next_u64() % 65_535) as i16)
            })
            .filter(|&(_, w)| w != 0)
            .collect();
        if len == classes {
            row = (0..classes as u8)
                .map(|c| (c, (rng.next_u64() % 65_535) as i16))
                .filter(|&(_, w)| w != 0)
                .collect();
        }
        row.sort_by_key(|&(c, _)| c);
        row.dedup_by_key(|&mut (c, _)| c);
        m.push_row(k, &row).expect("fits");
        keys.push(k);
    }
    (m.sealed(), keys)
}

/// The scorer that holds the dense rows' sums in registers (AVX2, strides of 2-14
/// vectors) gives the generic loop's scores, for every stride it has a body for and
/// one it has not, absent features and more features than one chunk included.
#[test]
fn held_sums_score_as_the_generic_loop() {
    for classes in [3, 17, 40, 64, 90, 103, 112, 113, 200] {
        let (m, keys) = mixed_model(classes, 600, classes as u64);
        let mut rng = crate::nlp::syntax::rng::Rng::new(7);
        let (mut got, mut want) = (Vec::new(), Vec::new());
        for n in [0usize, 1, 5, 66, 159, 160, 161, 400] {
            let feats: Vec<u64> = (0..n)
                .map(|_| match rng.next_u64() % 5 {
                    0 => key(mix(rng.next_u64(), 1)),
                    _ => keys[(rng.next_u64() % keys.len() as u64) as usize],
                })
                .collect();
            m.score(&feats, &mut got);
            m.score_in(&feats, &mut want);
            assert_eq!(got, want, "{classes} classes, {n} features");
            assert_eq!(got.len(), classes);
        }
    }
}
