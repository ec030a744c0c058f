//! Trains the judge of the tagger's unsure readings (`syntax::judge`) on EWT train
//! readings the models never saw:
//!   cargo run --release --example train_judge -- OUT GAP MODEL UD_DIR SKIP [MODEL UD_DIR SKIP ...]
//! Each (MODEL, UD_DIR, SKIP) is a model trained on the first SKIP sentences of UD_DIR's
//! train file (`train_syntax` with SYNTAX_LIMIT=SKIP); its readings are collected on the
//! sentences after SKIP, which neither its tagger nor its parser saw. With two halves
//! swapped (A then B, B then A) every train sentence is judged by models that did not
//! see it. A reading is a positive example when its other class is the gold UPOS.
//! Logistic regression by stochastic gradient descent, fixed seed and schedule; the
//! weights go to OUT (`data/syntax/judge.tsv`). Dev is never read.

use anyhow::{bail, Context, Result};
use demarche::nlp::syntax::conllu;
use demarche::nlp::syntax::judge::{Feature, Judge};
use demarche::nlp::syntax::SyntaxModel;
use std::collections::HashMap;
use std::path::PathBuf;

const EPOCHS: usize = 20;
const RATE: f64 = 0.05;
/// L2 penalty (JUDGE_L2 overrides it, for validation runs within train).
fn l2() -> f64 {
    std::env::var("JUDGE_L2")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1e-3)
}
const ALTERNATIVES: usize = 3;
const SEED: u64 = 7;

/// (is the other reading gold, features) for each reading of one held-out part.
fn collect(file: &str, ud: &str, skip: usize, gap: f32) -> Result<Vec<(bool, Vec<Feature>)>> {
    let bytes = std::fs::read(file).with_context(|| format!("reading {file}"))?;
    let model = SyntaxModel::from_bytes(&bytes)?;
    let path = PathBuf::from(ud).join("en_ewt-ud-train.conllu");
    let sents = conllu::read_file(&path)?;
    let mut out = Vec::new();
    for s in sents.iter().skip(skip) {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let tags = model.tagger.tag(&forms);
        for r in model.judge_readings(&forms, &tags, gap, ALTERNATIVES) {
            let other = &model.tagger.tags[usize::from(r.unsure.class)].0;
            out.push((*other == s.words[r.unsure.at].upos, r.features));
        }
    }
    eprintln!(
        "{file}: {} readings, {} with the other class gold",
        out.len(),
        out.iter().filter(|r| r.0).count()
    );
    Ok(out)
}

/// A tiny seeded xorshift, for the order of examples.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// Logistic regression over the examples; weights of magnitude below 1e-3 dropped.
fn train(examples: &[(bool, Vec<Feature>)]) -> HashMap<String, f32> {
    let mut w: HashMap<String, f64> = HashMap::new();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = SEED;
    let l2 = l2();
    for epoch in 0..EPOCHS {
        for i in (1..order.len()).rev() {
            order.swap(i, (next(&mut rng) % (i as u64 + 1)) as usize);
        }
        let rate = RATE / (1.0 + 0.2 * epoch as f64);
        for &k in &order {
            let (y, feats) = &examples[k];
            let z: f64 = feats
                .iter()
                .map(|(n, v)| w.get(n).copied().unwrap_or(0.0) * f64::from(*v))
                .sum();
            let err = f64::from(u8::from(*y)) - 1.0 / (1.0 + (-z).exp());
            for (n, v) in feats {
                let wt = w.entry(n.clone()).or_insert(0.0);
                *wt += rate * (err * f64::from(*v) - l2 * *wt);
            }
        }
    }
    w.into_iter()
        .filter(|(_, v)| v.abs() >= 1e-3)
        .map(|(n, v)| (n, v as f32))
        .collect()
}

/// JUDGE_VALIDATE=K: trains on the examples outside every K-th one and reports, on
/// those, the readings taken and how many of them are right (gold other class), beside
/// the parser's own judgement (take a reading whose tree scores higher). Within train.
fn validate(examples: &[(bool, Vec<Feature>)], k: usize, gap: f32) {
    let k = k.max(2);
    let (held, rest): (Vec<_>, Vec<_>) = examples.iter().enumerate().partition(|(i, _)| i % k == 0);
    let rest: Vec<_> = rest.into_iter().map(|(_, e)| e.clone()).collect();
    let judge = Judge::new(train(&rest), gap, ALTERNATIVES);
    let gain = |f: &[Feature]| f.iter().find(|(n, _)| n == "gain").map_or(0.0, |x| x.1);
    let (mut t, mut r, mut pt, mut pr) = (0, 0, 0, 0);
    for (_, (y, f)) in held {
        let take = judge.prob(f) > 0.5;
        t += usize::from(take);
        r += usize::from(take && *y);
        let parser = gain(f) > 0.0;
        pt += usize::from(parser);
        pr += usize::from(parser && *y);
    }
    eprintln!("validation: judge takes {t}, {r} right (net {}); parser alone takes {pt}, {pr} right (net {})",
        2 * r as isize - t as isize, 2 * pr as isize - pt as isize);
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 5 || (args.len() - 2) % 3 != 0 {
        bail!("usage: train_judge OUT GAP MODEL UD_DIR SKIP [MODEL UD_DIR SKIP ...]");
    }
    let gap: f32 = args[1].parse().context("GAP")?;
    let mut examples = Vec::new();
    for part in args[2..].chunks(3) {
        let skip = part[2].parse().context("SKIP")?;
        examples.extend(collect(&part[0], &part[1], skip, gap)?);
    }
    if let Ok(k) = std::env::var("JUDGE_VALIDATE") {
        validate(&examples, k.parse().context("JUDGE_VALIDATE")?, gap);
    }
    let judge = Judge::new(train(&examples), gap, ALTERNATIVES);
    let (mut right, mut taken) = (0, 0);
    for (y, f) in &examples {
        let take = judge.prob(f) > 0.5;
        taken += usize::from(take);
        right += usize::from(take == *y);
    }
    eprintln!(
        "training accuracy {:.4} ({} of {}), {taken} readings taken",
        right as f64 / examples.len().max(1) as f64,
        right,
        examples.len()
    );
    std::fs::write(&args[0], judge.to_text()).with_context(|| format!("writing {}", args[0]))?;
    Ok(())
}
