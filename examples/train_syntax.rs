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
//! second pass, 0 = none; default 3).

use anyhow::{Context, Result};
use demarche::nlp::syntax::{conllu, train, SyntaxModel};
use std::path::PathBuf;
use std::time::Instant;

const PRUNE_LEVELS: [f32; 5] = [0.0, 0.01, 0.02, 0.05, 0.1];

fn read(dir: &std::path::Path, name: &str) -> Result<Vec<conllu::GoldSentence>> {
    let path = dir.join(name);
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    Ok(conllu::read(&text)?)
}

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
    s.two_stage = env_number("SYNTAX_TWO_STAGE")?.unwrap_or(0) == 1;
    s.named_labels = env_number("SYNTAX_NAMED")?.unwrap_or(s.named_labels);
    Ok(s)
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let ud = PathBuf::from(args.next().unwrap_or_else(|| "../shared/data/ud".into()));
    let out = PathBuf::from(args.next().unwrap_or_else(|| "data/syntax".into()));
    let train_set = read(&ud, "en_ewt-ud-train.conllu")?;
    let dev = read(&ud, "en_ewt-ud-dev.conllu")?;
    let started = Instant::now();
    let (model, vocab) = train::train(&train_set, &settings()?);
    eprintln!("trained in {:.1?}", started.elapsed());
    std::fs::create_dir_all(&out)?;
    let mut candidates = Vec::new();
    // A quick experiment scores only the unpruned model.
    let levels = if std::env::var("SYNTAX_LIMIT").is_ok() {
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
