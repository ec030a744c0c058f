use super::*;
use crate::nlp::{
    Actor, ArticleText, CodedEvent, EntityAnalysis, EntityType, Mention, Modality, Participant,
    Sentence, Span,
};

/// Four well-separated 2-d clusters, 10 points each.
fn clusters() -> (Vec<Vec<f32>>, Vec<usize>) {
    let centres = [(3.0, 0.0), (0.0, 3.0), (-3.0, 0.0), (0.0, -3.0)];
    let mut x = Vec::new();
    let mut y = Vec::new();
    for (c, &(cx, cy)) in centres.iter().enumerate() {
        for k in 0..10 {
            let a = k as f32 * 0.7;
            x.push(vec![cx + 0.5 * a.cos(), cy + 0.5 * a.sin()]);
            y.push(c);
        }
    }
    (x, y)
}

#[test]
fn logreg_separates_a_separable_set_and_probabilities_sum_to_one() {
    let (x, y) = clusters();
    let m = LogReg::train(&x, &y, 4, &TrainOptions::default()).expect("trains");
    assert_eq!(m.weights.len(), 4 * 3);
    for (xi, &yi) in x.iter().zip(&y) {
        assert_eq!(m.predict(xi), yi, "{xi:?}");
        let p = m.predict_proba(xi);
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-5, "{p:?}");
        assert!(p.iter().all(|&v| (0.0..=1.0).contains(&v)));
    }
    // Deterministic: same data, same weights.
    let again = LogReg::train(&x, &y, 4, &TrainOptions::default()).expect("trains");
    assert_eq!(m, again);
}

#[test]
fn logreg_rejects_bad_input() {
    let (x, mut y) = clusters();
    assert!(LogReg::train(&x, &y[..3], 4, &TrainOptions::default()).is_err());
    y[0] = 9;
    assert!(LogReg::train(&x, &y, 4, &TrainOptions::default()).is_err());
    assert!(LogReg::train(&[], &[], 4, &TrainOptions::default()).is_err());
}

fn weights_with_bias(bias: [f32; QUAD_CLASSES], dim: usize) -> QuadWeights {
    let mut w = vec![0.0; QUAD_CLASSES * (dim + 1)];
    for (c, b) in bias.iter().enumerate() {
        w[c * (dim + 1) + dim] = *b;
    }
    QuadWeights {
        format: WEIGHTS_FORMAT.to_string(),
        head: LogReg {
            classes: QUAD_CLASSES,
            dim,
            weights: w,
        },
        options: RefineOptions {
            fill_threshold: 0.6,
            override_threshold: 0.9,
            require_actor: true,
            confidence_scale: 0.3,
        },
        notes: "test".into(),
    }
}

#[test]
fn weights_round_trip_through_a_file() {
    let mut w = weights_with_bias([0.5, -1.0, 2.0, 0.0, 0.25], 4);
    w.head.weights[1] = 0.123_456_79;
    let path = std::env::temp_dir().join(format!("demarche-quad-{}.json", std::process::id()));
    w.save(&path).expect("saves");
    let back = QuadWeights::load(&path);
    let _ = std::fs::remove_file(&path);
    assert_eq!(back.expect("loads"), w);
}

#[test]
fn loading_rejects_a_malformed_weights_file() {
    let mut w = weights_with_bias([0.0; QUAD_CLASSES], 4);
    w.head.weights.pop();
    let path = std::env::temp_dir().join(format!("demarche-quad-bad-{}.json", std::process::id()));
    w.save(&path).expect("saves");
    let back = QuadWeights::load(&path);
    let _ = std::fs::remove_file(&path);
    assert!(
        matches!(back, Err(LearnedError::Weights { .. })),
        "{back:?}"
    );
    let missing = QuadWeights::load(Path::new("/nonexistent/quad.json"));
    assert!(matches!(missing, Err(LearnedError::Io { .. })));
}

#[test]
fn phoenix_quad_classes() {
    assert_eq!(phoenix_quad("010"), Some(0));
    assert_eq!(phoenix_quad("0233"), Some(0));
    assert_eq!(phoenix_quad("043"), Some(1));
    assert_eq!(phoenix_quad("057"), Some(1));
    assert_eq!(phoenix_quad("073"), Some(2));
    assert_eq!(phoenix_quad("112"), Some(3));
    assert_eq!(phoenix_quad("163"), Some(3));
    assert_eq!(phoenix_quad("145"), Some(4));
    assert_eq!(phoenix_quad("190"), Some(4));
    assert_eq!(phoenix_quad("x"), None);
    for (c, code) in GENERIC_CODES.iter().enumerate() {
        assert_eq!(phoenix_quad(code), Some(c));
    }
}

const TEXT: &str = "Russia sent troops to Ukraine.";

fn actor(code: &str, name: &str) -> Actor {
    Actor {
        code: code.into(),
        name: name.into(),
        country: code.into(),
        sector: String::new(),
    }
}

fn analysis() -> EntityAnalysis {
    EntityAnalysis {
        sentences: vec![Sentence {
            span: Span::new(0, TEXT.len()),
        }],
        mentions: vec![
            Mention {
                span: Span::new(0, 6),
                entity_type: EntityType::Location,
                actor: Some(actor("RUS", "Russia")),
                sentence: 0,
                antecedent: None,
                geo: None,
            },
            Mention {
                span: Span::new(22, 29),
                entity_type: EntityType::Location,
                actor: Some(actor("UKR", "Ukraine")),
                sentence: 0,
                antecedent: None,
                geo: None,
            },
        ],
    }
}

fn article() -> ArticleText<'static> {
    ArticleText {
        id: "t",
        text: TEXT,
        published: None,
    }
}

#[test]
fn refine_adds_nothing_when_the_classifier_is_unsure() {
    // All-zero weights: uniform probabilities, 0.2 each.
    let clf =
        QuadClassifier::from_head_only(weights_with_bias([0.0; QUAD_CLASSES], 8)).expect("builds");
    let p = clf.predict(TEXT);
    assert!(p.iter().all(|&v| (v - 0.2).abs() < 1e-6), "{p:?}");
    let mut events = Vec::new();
    refine(&article(), &analysis(), &mut events, &clf);
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn refine_fills_an_uncoded_sentence_when_confident() {
    // Class 4 gets e^4 / (e^4 + 4) ≈ 0.93 of the mass.
    let clf = QuadClassifier::from_head_only(weights_with_bias([0.0, 0.0, 0.0, 0.0, 4.0], 8))
        .expect("builds");
    let mut events = Vec::new();
    refine(&article(), &analysis(), &mut events, &clf);
    assert_eq!(events.len(), 1, "{events:?}");
    let e = &events[0];
    assert_eq!(e.cameo, "190");
    assert_eq!(e.source.actor.code, "RUS");
    assert_eq!(
        e.target.as_ref().map(|t| t.actor.code.as_str()),
        Some("UKR")
    );
    assert_eq!(e.trigger, Span::new(0, TEXT.len()));
    assert!(
        e.confidence > 0.0 && e.confidence <= 0.3,
        "{}",
        e.confidence
    );

    // No actor in the sentence: nothing, unless the options allow it.
    let bare = EntityAnalysis {
        sentences: analysis().sentences,
        mentions: Vec::new(),
    };
    let mut events = Vec::new();
    refine(&article(), &bare, &mut events, &clf);
    assert!(events.is_empty());
    let mut w = clf.weights().clone();
    w.options.require_actor = false;
    let clf = QuadClassifier::from_head_only(w).expect("builds");
    refine(&article(), &bare, &mut events, &clf);
    assert_eq!(events.len(), 1);
    assert!(events[0].source.actor.code.is_empty());
    assert!(events[0].target.is_none());
}

fn rule_event(code: &str) -> CodedEvent {
    CodedEvent {
        sentence: 0,
        source: Participant {
            actor: actor("RUS", "Russia"),
            mention: Some(0),
            text: "Russia".into(),
        },
        target: None,
        cameo: code.into(),
        trigger: Span::new(7, 11),
        modality: Modality::Asserted,
        speaker: None,
        location: None,
        confidence: 0.8,
        path: String::new(),
    }
}

#[test]
fn refine_recodes_only_a_confidently_contradicted_rule_event() {
    // ≈ 0.93 for class 2: above both fill (0.6) and override (0.9).
    let sure = QuadClassifier::from_head_only(weights_with_bias([0.0, 0.0, 4.0, 0.0, 0.0], 8))
        .expect("builds");
    // ≈ 0.65 for class 2: enough to fill, not to override.
    let fair = QuadClassifier::from_head_only(weights_with_bias([0.0, 0.0, 2.0, 0.0, 0.0], 8))
        .expect("builds");

    let mut events = vec![rule_event("190")];
    refine(&article(), &analysis(), &mut events, &fair);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].cameo, "190");

    refine(&article(), &analysis(), &mut events, &sure);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].cameo, "060");
    assert_eq!(events[0].source.actor.code, "RUS");
    assert!(events[0].confidence <= 0.3);

    // Agreeing rules are left as they are.
    let mut events = vec![rule_event("073")];
    refine(&article(), &analysis(), &mut events, &sure);
    assert_eq!(events[0].cameo, "073");
    assert!((events[0].confidence - 0.8).abs() < 1e-6);
}
