//! Adds a second tagger pass (see `tagger.rs`) to an existing model without retraining
//! its first pass or its parser:
//!   cargo run --release --example train_tagger2 -- IN UD_DIR OUT EPOCHS [KEEP STEP]
//! The second pass is trained on UD English-EWT train with 4-fold jackknifed
//! first-pass tags (the recipe and seed of `train_syntax`, so the same tags the parser
//! was trained on); after each epoch the model with it is scored on dev, and the model
//! of the last epoch is written to OUT. KEEP and STEP compact the second pass as
//! `prune_syntax` compacts a model (default 1 1: as trained). SYNTAX_JACKKNIFE=FILE caches the jackknifed tags
//! (read if the file exists, else written), so that variants need not redo them.

use anyhow::{bail, Context, Result};
use demarche::nlp::syntax::{conllu, tagger, train, SyntaxModel};
use std::path::{Path, PathBuf};

fn jackknifed(
    sents: &[conllu::GoldSentence],
    tags: &[(String, String)],
    cache: Option<&Path>,
) -> Result<Vec<Vec<u16>>> {
    if let Some(tags) = cache.and_then(|c| train::read_tags(c, sents.len())) {
        return Ok(tags);
    }
    let tags = train::jackknife(sents, tags, &train::Settings::default());
    if let Some(c) = cache {
        train::write_tags(c, &tags)?;
    }
    Ok(tags)
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input, ud, out, epochs, compact) = match args.as_slice() {
        [i, u, o, e] => (i, u, o, e, (1.0, 1)),
        [i, u, o, e, k, s] => (i, u, o, e, (k.parse()?, s.parse()?)),
        _ => bail!("usage: train_tagger2 IN UD_DIR OUT EPOCHS [KEEP STEP]"),
    };
    let epochs: usize = epochs.parse().context("EPOCHS")?;
    let (keep, step): (f64, i32) = compact;
    let ud = PathBuf::from(ud);
    let (train_set, dev) = conllu::read_ewt(&ud)?;
    let (mut model, vocab) = SyntaxModel::read_with_vocab(std::path::Path::new(input))?;
    let tags = model.tagger.tags.clone();
    tagger::same_classes(&train_set, &tags)?;
    let started = std::time::Instant::now();
    let cache = std::env::var("SYNTAX_JACKKNIFE").ok().map(PathBuf::from);
    let first = jackknifed(&train_set, &tags, cache.as_deref())?;
    eprintln!("jackknifed tags at {:.1?}", started.elapsed());
    let mut last = None;
    tagger::train_second_with(&train_set, &first, &tags, (epochs, 7), |e, snapshot| {
        let m = snapshot();
        let m = m
            .pruned_q(m.magnitude_quantile(1.0 - keep))
            .requantised(step);
        model.tagger.second = Some(m);
        let s = train::evaluate(&model, &dev);
        println!(
            "keep {keep} step {step} epoch {e} ({:.1?}): UPOS {:.4} XPOS {:.4} UAS {:.4} LAS {:.4}",
            started.elapsed(),
            s.upos,
            s.xpos,
            s.uas,
            s.las
        );
        if e == epochs {
            last = model.tagger.second.take();
        }
    });
    model.tagger.second = last;
    std::fs::write(out, model.to_bytes(&vocab)).with_context(|| format!("writing {out}"))?;
    Ok(())
}
