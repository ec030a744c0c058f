//! Measures the joint tag choice (`syntax::joint`) on UD English-EWT dev:
//!   cargo run --release --example joint_tags -- UD_DIR [MODEL]
//! (MODEL: a model file; the shipped model without it.) Every dev sentence is tagged;
//! for each word the tagger is unsure of (`SyntaxModel::judge_readings`, its other
//! reading within the widest gap of JOINT_GAPS, a fraction of the sentence's median
//! tagger margin since syntax10; syntax9's gaps were model units), at most three per
//! sentence, the sentence is tagged
//! again with that reading and parsed as the pipeline parses (its decoding and the
//! syntax layer's repairs). Each reading's tree scores and its correct tags / heads /
//! labels are kept, so every setting of (gap, alternatives, bias, per-gap) is scored
//! without parsing again. Printed: per gap, the readings and the LAS words they would
//! change if all were taken; then UPOS / UAS / LAS and the sentences swapped per
//! setting. Settings: JOINT_GAPS, JOINT_BIAS, JOINT_PER_GAP (comma lists, see
//! `JointChoice`); JOINT_DUMP=FILE writes one line per other reading (sentence, word,
//! tagger UPOS, other UPOS, gold UPOS, tree score gains at the judge temperatures of
//! `TEMPS`, tagger gap, gain at the beam's temperature, UAS and LAS words gained) for
//! other judges to be tried offline. JOINT_JUDGE=FILE also scores the trained judge
//! (`syntax::judge`, e.g. `data/syntax/judge.tsv`) on the same readings. A measurement,
//! so it lives outside the library.

use anyhow::{bail, Context, Result};
use demarche::nlp::syntax::conllu::{self, GoldSentence};
use demarche::nlp::syntax::joint::JointChoice;
use demarche::nlp::syntax::judge::{Feature, Judge};
use demarche::nlp::syntax::{builtin, pipeline_decoding, repair, SyntaxModel};
use std::path::PathBuf;

/// One reading of a sentence: the tagger's gap (0 for its own), tree score and counts.
struct Reading {
    gap: f32,
    /// The word and its UPOS change, "" for the tagger's own reading.
    what: String,
    /// Tree log-probabilities at the judge temperatures of `TEMPS`.
    at: Vec<f64>,
    log_prob: f64,
    counts: [usize; 3],
    /// The judge's features (`syntax::judge`), none for the tagger's reading.
    features: Vec<Feature>,
}

/// Judge temperatures dumped beside the pipeline's.
const TEMPS: [f64; 5] = [4.0, 12.0, 48.0, 96.0, 1e9];

fn counts(model: &SyntaxModel, s: &GoldSentence, forms: &[&str], tags: Vec<u16>) -> [usize; 3] {
    let parsed = model.parse_tagged(forms, tags, &pipeline_decoding());
    let words: Vec<_> = (0..forms.len())
        .map(|i| model.word_of(&parsed, i, forms[i]))
        .collect();
    let mut c = [0; 3];
    for (g, p) in s.words.iter().zip(repair::repaired(&words).iter()) {
        c[0] += usize::from(p.upos == g.upos);
        c[1] += usize::from(p.head == g.head);
        c[2] += usize::from(p.head == g.head && p.deprel == g.deprel);
    }
    c
}

/// The tagger's reading first, then each unsure word's other reading, closest first.
fn readings(model: &SyntaxModel, s: &GoldSentence, max_gap: f32) -> Vec<Reading> {
    let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
    let tags = model.tagger.tag(&forms);
    let mut out = vec![Reading {
        gap: 0.0,
        what: String::new(),
        at: TEMPS
            .iter()
            .map(|&t| model.tree_log_prob_at(&forms, &tags, t))
            .collect(),
        log_prob: model.tree_log_prob(&forms, &tags),
        counts: counts(model, s, &forms, tags.clone()),
        features: Vec::new(),
    }];
    if forms.len() > 120 {
        return out;
    }
    for judged in model.judge_readings(&forms, &tags, max_gap, 3) {
        let (u, other) = (judged.unsure, judged.tags);
        let name = |c: u16| model.tagger.tags[usize::from(c)].0.clone();
        out.push(Reading {
            gap: u.gap,
            at: TEMPS
                .iter()
                .map(|&t| model.tree_log_prob_at(&forms, &other, t))
                .collect(),
            what: format!(
                "{}\t{}\t{}\t{}",
                forms[u.at],
                name(tags[u.at]),
                name(u.class),
                s.words[u.at].upos
            ),
            log_prob: model.tree_log_prob(&forms, &other),
            counts: counts(model, s, &forms, other),
            features: judged.features,
        });
    }
    out
}

fn main() -> Result<()> {
    let Some(ud) = std::env::args().nth(1) else {
        bail!("usage: joint_tags UD_DIR [MODEL]");
    };
    let path = PathBuf::from(ud).join("en_ewt-ud-dev.conllu");
    let dev = conllu::read_file(&path).with_context(|| format!("reading {}", path.display()))?;
    let loaded;
    let model = match std::env::args().nth(2) {
        Some(file) => {
            let bytes = std::fs::read(&file).with_context(|| format!("reading {file}"))?;
            loaded = SyntaxModel::from_bytes(&bytes)?;
            &loaded
        }
        None => builtin()?,
    };
    let gaps = numbers("JOINT_GAPS", "2,4,8,16,32,64")?;
    let biases = numbers("JOINT_BIAS", "-2,-1,0,1,2,4")?;
    let per_gaps = numbers("JOINT_PER_GAP", "0,0.02,0.05,0.1")?;
    let widest = gaps.iter().copied().fold(0.0, f64::max) as f32;
    let all: Vec<Vec<Reading>> = dev.iter().map(|s| readings(model, s, widest)).collect();
    let words: usize = dev.iter().map(|s| s.words.len()).sum();
    let unsure: usize = all.iter().filter(|r| r.len() > 1).count();
    println!("{} sentences, {unsure} with an unsure word", dev.len());
    if let Ok(file) = std::env::var("JOINT_DUMP") {
        write_dump(&all, &file)?;
    }
    print_gaps(&all, &gaps);
    if let Ok(file) = std::env::var("JOINT_JUDGE") {
        let text = std::fs::read_to_string(&file).with_context(|| format!("reading {file}"))?;
        print_judge(&all, &Judge::from_text(&text)?, words);
    }
    for &max_gap in &gaps {
        for alternatives in [1usize, 2, 3] {
            for &bias in &biases {
                for &per_gap in &per_gaps {
                    let choice = JointChoice {
                        max_gap: max_gap as f32,
                        alternatives,
                        bias,
                        per_gap,
                    };
                    let (c, swapped) = score_setting(&all, &choice);
                    let r = |a: usize| a as f64 / words as f64;
                    println!(
                        "gap {max_gap} alt {alternatives} bias {bias} per_gap {per_gap}: UPOS {:.4} UAS {:.4} LAS {:.4} swapped {swapped}",
                        r(c[0]), r(c[1]), r(c[2])
                    );
                }
            }
        }
    }
    Ok(())
}

/// One line per other reading (see the module comment) into `file`.
fn write_dump(all: &[Vec<Reading>], file: &str) -> Result<()> {
    let mut text = String::new();
    for (si, r) in all.iter().enumerate() {
        for o in &r[1..] {
            let at: Vec<String> =
                o.at.iter()
                    .zip(&r[0].at)
                    .map(|(a, b)| format!("{:.3}", a - b))
                    .collect();
            text.push_str(&format!(
                "{si}\t{}\t{}\t{:.3}\t{:.3}\t{}\t{}\n",
                o.what,
                at.join("\t"),
                o.gap,
                o.log_prob - r[0].log_prob,
                o.counts[1] as isize - r[0].counts[1] as isize,
                o.counts[2] as isize - r[0].counts[2] as isize
            ));
        }
    }
    std::fs::write(file, text)?;
    Ok(())
}

/// Per gap: the other readings within it and the LAS words they change if all are taken.
fn print_gaps(all: &[Vec<Reading>], gaps: &[f64]) {
    for &g in gaps {
        let n: usize = all
            .iter()
            .map(|r| r[1..].iter().filter(|o| f64::from(o.gap) <= g).count())
            .sum();
        let good: isize = all
            .iter()
            .flat_map(|r| {
                r[1..]
                    .iter()
                    .filter(|o| f64::from(o.gap) <= g)
                    .map(move |o| o.counts[2] as isize - r[0].counts[2] as isize)
            })
            .sum();
        println!("gap <= {g}: {n} readings, LAS words if all taken {good}");
    }
}

/// Right UPOS / heads / labels over all sentences when each keeps the reading `choice`
/// picks (as `SyntaxModel::tag_jointly` picks), and the sentences whose reading changed.
fn score_setting(all: &[Vec<Reading>], choice: &JointChoice) -> ([usize; 3], usize) {
    let (mut c, mut swapped) = ([0usize; 3], 0);
    for r in all {
        let base = &r[0];
        let pick = r[1..]
            .iter()
            .take(choice.alternatives)
            .filter(|o| o.gap <= choice.max_gap)
            .map(|o| (o.log_prob - base.log_prob, o))
            .filter(|(g, o)| *g > choice.bias + choice.per_gap * f64::from(o.gap))
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, o)| o);
        swapped += usize::from(pick.is_some());
        let chosen = pick.unwrap_or(base);
        c.iter_mut().zip(chosen.counts).for_each(|(t, n)| *t += n);
    }
    (c, swapped)
}

/// The numbers of environment variable `name` (separated by commas), else `default`'s.
fn numbers(name: &str, default: &str) -> Result<Vec<f64>> {
    let text = std::env::var(name).unwrap_or_else(|_| default.into());
    let number = |t: &str| t.trim().parse().with_context(|| format!("{name}={text}"));
    text.split(',').map(number).collect()
}

/// UPOS / UAS / LAS when each sentence keeps the reading `judge` gives the highest
/// probability above one half (as `SyntaxModel::tag_judged` picks), and how the
/// readings it took split between right (gold class) and wrong.
fn print_judge(all: &[Vec<Reading>], judge: &Judge, words: usize) {
    let (mut c, mut swapped, mut gold) = ([0usize; 3], 0, 0);
    for r in all {
        let pick = r[1..]
            .iter()
            .take(judge.alternatives)
            .filter(|o| o.gap <= judge.max_gap)
            .map(|o| (judge.prob(&o.features), o))
            .filter(|(p, _)| *p > 0.5)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, o)| o);
        swapped += usize::from(pick.is_some());
        gold += usize::from(
            pick.is_some_and(|o| o.what.split('\t').nth(2) == o.what.split('\t').nth(3)),
        );
        let chosen = pick.unwrap_or(&r[0]);
        c.iter_mut().zip(chosen.counts).for_each(|(t, n)| *t += n);
    }
    let r = |a: usize| a as f64 / words as f64;
    println!(
        "judge (gap {}, alt {}): UPOS {:.4} UAS {:.4} LAS {:.4} swapped {swapped} (other class gold {gold})",
        judge.max_gap, judge.alternatives, r(c[0]), r(c[1]), r(c[2])
    );
}
