//! Trains the syntax model (tagger + parser) on UD English-EWT and writes it where the
//! crate embeds it:
//!   cargo run --release --example train_syntax -- ../shared/data/ud data/syntax
//! Fixed seed: the same data gives the same model. Small weights are then pruned at a
//! few thresholds; each candidate is serialised, read back and scored on dev, and the
//! smallest one that meets the accuracy targets is written as model.bin (the most
//! accurate one if none does); every candidate is kept under candidates/.
//! The shipped model is that file compacted by `examples/prune_syntax.rs` (a second
//! command, documented there and in EVALUATION.md), which needs no retraining.
//! For quick experiments (not the shipped recipe), environment variables override the
//! settings: SYNTAX_LIMIT (train on the first N sentences), SYNTAX_EPOCHS (parser
//! epochs), SYNTAX_FOLDS (0 = gold tags), SYNTAX_TWO_STAGE=1 (a two-stage parser: move
//! classes with label groups, then a label classifier; not the shipped recipe),
//! SYNTAX_NAMED (labels its move classes name), SYNTAX_TAGGER2 (epochs of the tagger's
//! second pass, 0 = none; default 3), SYNTAX_EXPLORE / SYNTAX_EXPLORE_FROM /
//! SYNTAX_EXPLORE_DECAY (the parser's exploration schedule, see `train::Settings`).
//! The parser keeps the epoch whose averaged weights score best (LAS) on dev.
//! Parser only: SYNTAX_PARSER_ONLY=MODEL keeps MODEL's tagger (both passes), lemmas and
//! vocabulary and retrains only its parser, on 4-fold jackknifed tags of train
//! (the recipe's tagger settings and seed); SYNTAX_JACKKNIFE2=FILE caches those tags (read
//! if the file exists, else written; the first-pass tags go beside it, extension
//! `.first`), so parser variants skip the taggers. SYNTAX_PARSER_TAGS=both (either path)
//! trains the parser on two-pass tags instead of first-pass ones (measured, not shipped).
//! SYNTAX_PARSER_CLASSES=added: the greedy parser reads all 15 class templates on top
//! of the word templates (flag `classes_added` in the file) instead of 11 in place of 11.
//! SYNTAX_TRAIN_BEAM=W (default 1 = greedy) trains the joint parser for a beam of W
//! (global max-violation perceptron, `beam_train.rs`) and picks its best epoch by
//! decoding dev with that beam (raw scores, temperature 0); SYNTAX_BEAM_FROM=E makes the
//! first E parser epochs greedy ones (beam fine-tuning of a greedy parser).
//! Only the unpruned candidate is written; compact it with `prune_syntax … 1 0.3 32 1`
//! (tagger step 1: MODEL's tagger is already on the shipped grid).

use anyhow::{bail, Context, Result};
use demarche::nlp::syntax::{conllu, tagger, train, SyntaxModel};
use std::path::{Path, PathBuf};
use std::time::Instant;

const PRUNE_LEVELS: [f32; 5] = [0.0, 0.01, 0.02, 0.05, 0.1];

fn meets_targets(s: &train::Scores) -> bool {
    s.upos >= 0.95 && s.uas >= 0.86 && s.las >= 0.83
}

fn env_number(name: &str) -> Result<Option<usize>> {
    match std::env::var(name) {
        Ok(v) => Ok(Some(v.parse().with_context(|| format!("{name}={v}"))?)),
        Err(_) => Ok(None),
    }
}

fn settings() -> Result<train::Settings> {
    let mut s = train::Settings::default();
    s.limit = env_number("SYNTAX_LIMIT")?.unwrap_or(s.limit);
    s.parser_epochs = env_number("SYNTAX_EPOCHS")?.unwrap_or(s.parser_epochs);
    s.folds = env_number("SYNTAX_FOLDS")?.unwrap_or(s.folds);
    s.tagger_second_epochs = env_number("SYNTAX_TAGGER2")?.unwrap_or(s.tagger_second_epochs);
    s.explore_from = env_number("SYNTAX_EXPLORE_FROM")?.unwrap_or(s.explore_from);
    if let Ok(v) = std::env::var("SYNTAX_EXPLORE") {
        s.explore = v.parse().with_context(|| format!("SYNTAX_EXPLORE={v}"))?;
    }
    if let Ok(v) = std::env::var("SYNTAX_EXPLORE_DECAY") {
        s.explore_decay = v
            .parse()
            .with_context(|| format!("SYNTAX_EXPLORE_DECAY={v}"))?;
    }
    s.parser_on_two_pass_tags = std::env::var("SYNTAX_PARSER_TAGS").is_ok_and(|v| v == "both");
    s.parser_classes_added = std::env::var("SYNTAX_PARSER_CLASSES").is_ok_and(|v| v == "added");
    s.two_stage = env_number("SYNTAX_TWO_STAGE")?.unwrap_or(0) == 1;
    s.named_labels = env_number("SYNTAX_NAMED")?.unwrap_or(s.named_labels);
    s.train_beam = env_number("SYNTAX_TRAIN_BEAM")?.unwrap_or(s.train_beam);
    s.beam_from = env_number("SYNTAX_BEAM_FROM")?.unwrap_or(s.beam_from);
    Ok(s)
}

/// The parser-only path (SYNTAX_PARSER_ONLY): MODEL with a retrained parser.
fn retrain_parser(
    base: &Path,
    train_set: &[conllu::GoldSentence],
    dev: &[conllu::GoldSentence],
    st: &train::Settings,
) -> Result<(SyntaxModel, Vec<String>)> {
    let (mut model, vocab) = SyntaxModel::read_with_vocab(base)?;
    if tagger::tag_classes(train_set) != model.tagger.tags {
        bail!("the model's tag classes are not those of this treebank");
    }
    let train_set = match st.limit {
        0 => train_set,
        n => &train_set[..n.min(train_set.len())],
    };
    let first_only = !st.parser_on_two_pass_tags;
    let cache = std::env::var("SYNTAX_JACKKNIFE2").ok().map(PathBuf::from);
    let cache = cache.map(|c| (c.with_extension("first"), c));
    let cached = cache.as_ref().and_then(|(f, b)| {
        Some((
            train::read_tags(f, train_set.len())?,
            train::read_tags(b, train_set.len())?,
        ))
    });
    let (first, both) = match cached {
        Some(tags) => tags,
        None => {
            let tags = train::jackknife_two_pass(train_set, &model.tagger.tags, st);
            if let Some((f, b)) = &cache {
                train::write_tags(f, &tags.0)?;
                train::write_tags(b, &tags.1)?;
            }
            tags
        }
    };
    let predicted = if first_only { first } else { both };
    let history = train::retrain_parser(&mut model, train_set, predicted, dev, st);
    for (e, s) in history.iter().enumerate() {
        println!("epoch {}: UAS {:.4} LAS {:.4}", e + 1, s.uas, s.las);
    }
    Ok((model, vocab))
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let ud = PathBuf::from(args.next().unwrap_or_else(|| "../shared/data/ud".into()));
    let out = PathBuf::from(args.next().unwrap_or_else(|| "data/syntax".into()));
    let (train_set, dev) = conllu::read_ewt(&ud)?;
    let started = Instant::now();
    let st = settings()?;
    let parser_only = std::env::var("SYNTAX_PARSER_ONLY").ok().map(PathBuf::from);
    let (model, vocab) = match &parser_only {
        Some(base) => retrain_parser(base, &train_set, &dev, &st)?,
        None => train::train_with_dev(&train_set, &dev, &st),
    };
    eprintln!("trained in {:.1?}", started.elapsed());
    std::fs::create_dir_all(&out)?;
    let mut candidates = Vec::new();
    // A quick experiment, or a parser-only run, scores only the unpruned model.
    let levels = if std::env::var("SYNTAX_LIMIT").is_ok() || parser_only.is_some() {
        &PRUNE_LEVELS[..1]
    } else {
        &PRUNE_LEVELS[..]
    };
    for &level in levels {
        let bytes = model.pruned(level).to_bytes(&vocab);
        // Score what would be shipped: the serialised, quantised model read back.
        let shipped = SyntaxModel::from_bytes(&bytes)?;
        let scores = train::evaluate(&shipped, &dev);
        eprintln!(
            "prune {level}: {} bytes; tagger {} weights, parser {} features / {} weights; ~{} MB in memory\n{scores:#?}",
            bytes.len(),
            shipped.tagger.model.weights(),
            shipped.parser.features(),
            shipped.parser.weights(),
            (shipped.tagger.model.heap_bytes() + shipped.parser.heap_bytes()) >> 20
        );
        std::fs::create_dir_all(out.join("candidates"))?;
        std::fs::write(out.join(format!("candidates/prune-{level}.bin")), &bytes)?;
        candidates.push((level, bytes, scores));
    }
    let chosen = candidates
        .iter()
        .filter(|(_, _, s)| meets_targets(s))
        .min_by_key(|(_, b, _)| b.len())
        .or_else(|| candidates.iter().max_by(|a, b| a.2.las.total_cmp(&b.2.las)))
        .context("no candidate")?;
    eprintln!("chosen: prune {} ({} bytes)", chosen.0, chosen.1.len());
    println!("{:#?}", chosen.2);
    std::fs::write(out.join("model.bin"), &chosen.1)?;
    Ok(())
}
