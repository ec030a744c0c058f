//! Compacts a trained syntax model after the fact, without retraining:
//!   cargo run --release --example prune_syntax -- IN UD_DIR OUT TAGGER_KEEP PARSER_KEEP STEP [TAGGER_STEP]
//! e.g. the shipped model, from what train_syntax wrote:
//!   cargo run --release --example prune_syntax -- data/syntax/model.bin ../shared/data/ud \
//!       data/syntax/model.bin 1 0.3 32
//! In each of the tagger and the parser only the largest-magnitude fraction of weights is
//! kept (TAGGER_KEEP, PARSER_KEEP in 0..=1; features left with no weight are dropped) and
//! the rest are requantised on a grid STEP times coarser. The result is serialised, read
//! back and scored on UD English-EWT dev, so the figures printed are those of the file.
//! TAGGER_STEP (default STEP) is the tagger's own grid step: 1 leaves an already compacted
//! tagger as it is (a model whose parser alone was retrained by `train_syntax` with
//! SYNTAX_PARSER_ONLY: `… 1 0.3 32 1`).
//! SYNTAX_PARSER_CLASSES=added marks IN's parser as trained with the 15 class templates
//! added to the word templates (a model trained at parser7's commit with the since
//! removed cargo feature `word-clusters`, whose file carries no flag for it).

use anyhow::{bail, Context, Result};
use demarche::nlp::syntax::{conllu, train, SyntaxModel};
use std::path::PathBuf;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input, ud, out, keep_tagger, keep_parser, step, tagger_step) = match args.as_slice() {
        [i, u, o, kt, kp, s] => (i, u, o, kt, kp, s, s),
        [i, u, o, kt, kp, s, ts] => (i, u, o, kt, kp, s, ts),
        _ => bail!("usage: prune_syntax IN UD_DIR OUT TAGGER_KEEP PARSER_KEEP STEP [TAGGER_STEP]"),
    };
    let keep_tagger: f64 = keep_tagger.parse().context("TAGGER_KEEP")?;
    let keep_parser: f64 = keep_parser.parse().context("PARSER_KEEP")?;
    let step: i32 = step.parse().context("STEP")?;
    let tagger_step: i32 = tagger_step.parse().context("TAGGER_STEP")?;
    let fractions = (0.0..=1.0).contains(&keep_tagger) && (0.0..=1.0).contains(&keep_parser);
    if !fractions || step < 1 || tagger_step < 1 {
        bail!("keep fractions must lie in 0..=1 and the steps must be at least 1");
    }
    let bytes = std::fs::read(input).with_context(|| format!("reading {input}"))?;
    let (mut model, vocab) = SyntaxModel::from_bytes_with_vocab(&bytes)?;
    if std::env::var("SYNTAX_PARSER_CLASSES").is_ok_and(|v| v == "added") {
        model.word_classes = true;
        model.classes_added = true;
    }
    let compact = model
        .compacted_steps((keep_tagger, tagger_step), (keep_parser, step))
        .to_bytes(&vocab);
    let shipped = SyntaxModel::from_bytes(&compact)?;
    let dev_path = PathBuf::from(ud).join("en_ewt-ud-dev.conllu");
    let text = std::fs::read_to_string(&dev_path)
        .with_context(|| format!("reading {}", dev_path.display()))?;
    let scores = train::evaluate(&shipped, &conllu::read(&text)?);
    eprintln!(
        "{} -> {} bytes; tagger {} features / {} weights, parser {} features / {} weights; ~{} MB in memory",
        bytes.len(),
        compact.len(),
        shipped.tagger.model.features(),
        shipped.tagger.model.weights(),
        shipped.parser.features(),
        shipped.parser.weights(),
        (shipped.tagger.model.heap_bytes() + shipped.parser.heap_bytes()) >> 20
    );
    println!(
        "keep tagger {keep_tagger} parser {keep_parser} step {step} tagger step {tagger_step}: {} bytes, UPOS {:.4} XPOS {:.4} UAS {:.4} LAS {:.4} (without punctuation UAS {:.4} LAS {:.4})",
        compact.len(),
        scores.upos,
        scores.xpos,
        scores.uas,
        scores.las,
        scores.uas_no_punct,
        scores.las_no_punct
    );
    std::fs::write(out, &compact).with_context(|| format!("writing {out}"))?;
    Ok(())
}
