//! Rebuilds a syntax model's tag dictionary from the training treebank with another
//! frequency threshold, without retraining, and scores the result on EWT dev:
//!   cargo run --release --example tag_dict -- IN UD_DIR OUT MIN_COUNT
//! Words seen at least MIN_COUNT times in train with one (UPOS, XPOS) class 99.5 % of the
//! time are tagged from the dictionary and skip the model (`tagger::dictionary`).

use anyhow::{bail, Context, Result};
use demarche::nlp::syntax::{conllu, tagger, train, Decoding, SyntaxModel};
use std::path::Path;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, ud, out, min_count] = args.as_slice() else {
        bail!("usage: tag_dict IN UD_DIR OUT MIN_COUNT");
    };
    let min_count: u32 = min_count.parse().context("MIN_COUNT")?;
    let (mut model, vocab) = SyntaxModel::read_with_vocab(std::path::Path::new(input))?;
    let (train_set, dev) = conllu::read_ewt(Path::new(ud))?;
    let before = model.tagger.dict.len();
    model.tagger.dict = tagger::dictionary(&train_set, &model.tagger.tags, min_count);
    let written = model.to_bytes(&vocab);
    std::fs::write(out, &written).with_context(|| format!("writing {out}"))?;
    let shipped = SyntaxModel::from_bytes(&written)?;
    let greedy = train::evaluate(&shipped, &dev);
    let beam = train::evaluate_with(&shipped, &dev, &Decoding::ADAPTIVE);
    println!(
        "min count {min_count}: dictionary {before} -> {} words, {} bytes; UPOS {:.4} XPOS {:.4}; greedy UAS {:.4} LAS {:.4}; adaptive beam UAS {:.4} LAS {:.4}",
        shipped.tagger.dict.len(),
        written.len(),
        greedy.upos,
        greedy.xpos,
        greedy.uas,
        greedy.las,
        beam.uas,
        beam.las
    );
    Ok(())
}
