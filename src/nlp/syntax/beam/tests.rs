use super::*;
use crate::nlp::syntax::builtin;

const SENTENCES: [&str; 4] = [
    "The minister said that talks with the rebels would resume on Monday .",
    "Troops fired on protesters in the capital , officials said .",
    "If the envoy rejects the offer , sanctions will follow .",
    "Old men and women from the villages near the river fled across it before dawn .",
];

fn words(s: &str) -> Vec<&str> {
    s.split(' ').collect()
}

fn adaptive(width: usize, margin: f64) -> Decoding {
    Decoding {
        width,
        temperature: TEMPERATURE,
        margin,
    }
}

/// Width 1, and any width with margin 0, is the greedy parser; wider beams still give
/// one tree with one root.
#[test]
fn beam_of_one_or_margin_zero_is_greedy_and_wider_beams_give_trees() {
    let model = builtin().expect("shipped model");
    for s in SENTENCES {
        let words = words(s);
        let greedy = model.analyse_words(&words);
        for d in [Decoding::beam(1, TEMPERATURE), adaptive(8, 0.0)] {
            let p = model.analyse_words_with(&words, &d);
            assert_eq!((&p.head, &p.label), (&greedy.head, &greedy.label), "{d:?}");
        }
        for d in [Decoding::beam(2, TEMPERATURE), adaptive(4, 2.0)] {
            let p = model.analyse_words_with(&words, &d);
            assert_eq!(p.head.len(), words.len());
            assert_eq!(p.head.iter().filter(|&&h| h == 0).count(), 1, "{s}");
            assert!(p.head.iter().all(|&h| h as usize <= words.len()));
        }
    }
}

/// A margin wider than any score gap is the plain beam.
#[test]
fn a_huge_margin_is_the_plain_beam() {
    let model = builtin().expect("shipped model");
    for s in SENTENCES {
        let words = words(s);
        let plain = model.analyse_words_with(&words, &Decoding::beam(4, TEMPERATURE));
        let wide = model.analyse_words_with(&words, &adaptive(4, 1e6));
        assert_eq!((&plain.head, &plain.label), (&wide.head, &wide.label));
    }
}

fn item(score: f64) -> Item {
    Item {
        state: State::new(3),
        score,
    }
}

/// The next beam keeps at most `width` candidates, best first, and none more than
/// `margin` below the best; each state is taken by its item's last candidate.
#[test]
fn advance_keeps_the_best_within_the_margin() {
    let model = &builtin().expect("shipped model").parser;
    let mut step = Step::new(model, &adaptive(3, 1.5));
    step.candidates = vec![
        (-1.0, 0, parser::SHIFT),
        (-0.2, 1, parser::SHIFT),
        (-3.0, 1, parser::SHIFT),
        (-1.6, 0, parser::SHIFT),
        (-0.5, 0, parser::SHIFT),
    ];
    let mut next = vec![item(0.0), item(-0.1)];
    step.advance(&mut next);
    let scores: Vec<f64> = next.iter().map(|i| i.score).collect();
    // Relative to the best (-0.2): -0.5 and -1.0 are within 1.5, -1.6 is kept out by
    // the width of 3 and -3.0 by the margin.
    assert_eq!(scores.len(), 3);
    for (got, want) in scores.iter().zip([0.0, -0.3, -0.8]) {
        assert!((got - want).abs() < 1e-9, "{scores:?}");
    }
    assert!(next.iter().all(|i| i.state.stack == [0, 1]));
}

/// The log-normaliser of a softmax ignores only terms too small to matter (and is
/// computed in single precision).
#[test]
fn log_normaliser_matches_the_full_sum() {
    let scores = [0.0, -0.5, -2.0, -40.0, f64::NEG_INFINITY];
    let full: f64 = scores.iter().map(|s| s.exp()).sum::<f64>().ln();
    assert!((log_normaliser(&scores) - full).abs() < 1e-6);
}

/// Applies `classes` to a fresh state of `n` words.
fn state_after(n: usize, classes: &[usize]) -> State {
    let mut st = State::new(n);
    for &c in classes {
        st.apply(c);
    }
    st
}

/// States whose difference the features can still read have different signatures;
/// once the word holding the difference is reduced, they are the same.
#[test]
fn signatures_differ_only_while_the_features_can_tell() {
    use parser::{left, SHIFT};
    let a = state_after(3, &[SHIFT, left(1)]);
    let b = state_after(3, &[SHIFT, left(2)]);
    assert_ne!(
        signature(&a),
        signature(&b),
        "word 2's left child's label differs"
    );
    let a = state_after(3, &[SHIFT, left(1), SHIFT, left(3)]);
    let b = state_after(3, &[SHIFT, left(2), SHIFT, left(3)]);
    assert_ne!(a.label, b.label);
    assert_eq!(signature(&a), signature(&b), "word 2 is reduced");
    let c = state_after(3, &[SHIFT, left(1), SHIFT, left(4)]);
    assert_ne!(signature(&a), signature(&c));
}

/// Scoring from another state's features and scores gives exactly the full score.
#[test]
fn rescoring_from_a_sibling_equals_scoring_in_full() {
    let model = builtin().expect("shipped model");
    let words = words(SENTENCES[3]);
    let tags = model.tagger.tag(&words);
    let inp = crate::nlp::syntax::parse_input(&words, &tags, model.word_classes);
    let parser = &model.parser;
    let states = [
        state_after(words.len(), &[parser::SHIFT, parser::SHIFT]),
        state_after(
            words.len(),
            &[parser::SHIFT, parser::SHIFT, parser::left(3)],
        ),
        state_after(
            words.len(),
            &[parser::SHIFT, parser::SHIFT, parser::left(5)],
        ),
        state_after(words.len(), &[parser::SHIFT, parser::SHIFT, parser::SHIFT]),
    ];
    let (mut fa, mut fb) = (Vec::new(), Vec::new());
    let (mut sa, mut sb, mut full) = (Vec::new(), Vec::new(), Vec::new());
    let mut removed = Vec::new();
    for a in &states {
        for b in &states {
            parser::features(a, &inp, &mut fa);
            parser::features(b, &inp, &mut fb);
            parser.score(&fa, &mut sa);
            parser.score(&fb, &mut full);
            parser.rescore((&fa, &sa), &fb, &mut removed, &mut sb);
            assert_eq!(sb, full);
        }
    }
}

/// The configuration picks greedy or the adaptive beam, its own margin and temperature
/// winning over the defaults.
#[test]
fn configured_decoding_follows_the_settings() {
    use crate::nlp::syntax::{configured_decoding, DEFAULT_DECODING};
    use crate::nlp::NlpConfig;
    let mut config = NlpConfig::default();
    assert_eq!(configured_decoding(&config), DEFAULT_DECODING);
    config.parser_beam = Some(1);
    assert!(configured_decoding(&config).is_greedy());
    config.parser_beam = Some(6);
    let d = configured_decoding(&config);
    assert_eq!((d.width, d.margin), (6, Decoding::ADAPTIVE.margin));
    config.parser_beam_margin = Some(2.5);
    config.parser_beam_temperature = Some(28.0);
    let d = configured_decoding(&config);
    assert_eq!((d.width, d.margin, d.temperature), (6, 2.5, 28.0));
}

/// A process parses one way: setting the decoding it already has is fine, switching is
/// refused.
#[test]
fn the_pipeline_decoding_is_set_once() {
    use crate::nlp::syntax::{pipeline_decoding, set_pipeline_decoding, DEFAULT_DECODING};
    assert!(set_pipeline_decoding(DEFAULT_DECODING).is_ok());
    assert_eq!(pipeline_decoding(), DEFAULT_DECODING);
    let other = if DEFAULT_DECODING.is_greedy() {
        Decoding::ADAPTIVE
    } else {
        Decoding::GREEDY
    };
    assert!(set_pipeline_decoding(other).is_err());
    assert_eq!(pipeline_decoding(), DEFAULT_DECODING);
}

/// The candidates `Step::expand` took from `move_scores` before `Ranked`: every legal
/// class within `margin` of the best seen so far, in class order.
fn reference_candidates(
    st: &State,
    scores: &[i32],
    (k, scale, margin): (f64, Scale, f64),
    (i, base, top): (usize, f64, f64),
    out: &mut Vec<Candidate>,
) -> f64 {
    let mut moves = Vec::new();
    move_scores(st, scores, k, scale, &mut moves);
    let best = moves.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let top = top.max(base + best);
    let floor = top - margin;
    out.extend(
        moves
            .iter()
            .enumerate()
            .filter(|&(_, &s)| s > f64::NEG_INFINITY && base + s >= floor)
            .map(|(c, &s)| (base + s, i, c)),
    );
    top
}

/// `Ranked` keeps the candidates `move_scores` gave, with the same scores to the bit, on
/// both scales, for states where LEFT/RIGHT are legal or not, for scores spread widely
/// or bunched near the best, for items below or above the best seen.
#[test]
fn ranked_candidates_equal_the_full_move_scores() {
    use parser::SHIFT;
    // SHIFT and LEFT legal; all three; RIGHT only (the buffer is empty).
    let states = [
        state_after(3, &[SHIFT]),
        state_after(3, &[SHIFT, SHIFT]),
        state_after(2, &[SHIFT, SHIFT]),
    ];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    // One table for every round: it is kept across rounds of one `k` and remade when
    // `k` changes, as it is from sentence to sentence.
    let mut exps = Exps::default();
    for round in 0..400 {
        let spread = [40, 4_000, 400_000][round % 3];
        let scores: Vec<i32> = (0..103)
            .map(|_| {
                seed = mix(seed, round as u64);
                (seed % (2 * spread + 1)) as i32 - spread as i32
            })
            .collect();
        let st = &states[round % states.len()];
        let k = [1e-4, 0.0123, 1.0][round / 3 % 3];
        for scale in [Scale::Relative, Scale::LogSoftmax] {
            for margin in [0.0, 1.5, f64::INFINITY] {
                for (base, top) in [(0.0, f64::NEG_INFINITY), (-0.7, 0.0), (-3.0, 2.5)] {
                    let (mut want, mut got) = (Vec::new(), Vec::new());
                    let t0 = reference_candidates(
                        st,
                        &scores,
                        (k, scale, margin),
                        (1, base, top),
                        &mut want,
                    );
                    exps.for_scale(k, NEGLIGIBLE);
                    let ranked = Ranked::new(st, &scores, k, scale, &mut exps);
                    let t1 = ranked.candidates(1, base, top, margin, &mut got);
                    let bits = |v: &[Candidate]| -> Vec<(u64, usize, usize)> {
                        v.iter().map(|&(s, i, c)| (s.to_bits(), i, c)).collect()
                    };
                    assert_eq!(t0.to_bits(), t1.to_bits(), "{round} {margin} {base}");
                    assert_eq!(bits(&want), bits(&got), "{round} {margin} {base}");
                }
            }
        }
    }
}

/// `legal_max` takes the maximum over the kinds' slices; it must equal the maximum over
/// the classes whose kind is legal, for every combination of legal kinds and for score
/// vectors whose best lies in any kind (odd and even lengths, one class, none).
#[test]
fn legal_max_equals_the_maximum_over_legal_classes() {
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for round in 0..300u64 {
        let len = [0, 1, 2, 3, 7, 103, 104][round as usize % 7];
        let scores: Vec<i32> = (0..len)
            .map(|_| {
                seed = mix(seed, round);
                (seed % 2001) as i32 - 1000
            })
            .collect();
        for mask in 0..8u8 {
            let legal = [mask & 1 != 0, mask & 2 != 0, mask & 4 != 0];
            let want = scores
                .iter()
                .enumerate()
                .filter(|&(c, _)| legal[kind(c)])
                .map(|(_, &s)| s)
                .max();
            assert_eq!(legal_max(&scores, legal), want, "{len} {legal:?}");
        }
    }
}

/// The remembered exponentials equal `(s as f32).exp()` to the bit, when first computed
/// and when looked up again, for the shipped scale and after a change of scale (also
/// for differences beyond the table and for a scale whose table would be too long).
#[test]
fn remembered_exponentials_equal_the_computed_ones() {
    let mut exps = Exps::default();
    for k in [0.003_783_835, 0.0123, 0.003_783_835, 1e-6] {
        exps.for_scale(k, NEGLIGIBLE);
        for _pass in 0..2 {
            for d in (-8000..=0).chain([1, 5]) {
                let s = f64::from(d) * k;
                let want = (s as f32).exp();
                assert_eq!(exps.exp(d, s).to_bits(), want.to_bits(), "{k} {d}");
            }
        }
    }
}
