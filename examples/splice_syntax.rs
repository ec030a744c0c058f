//! Joins the tagger of one syntax model file to the parser of another, without
//! retraining (`train::splice`), and scores the result on UD English-EWT dev:
//!   cargo run --release --example splice_syntax -- TAGGER_MODEL PARSER_MODEL UD_DIR OUT
//! The class model of EVALUATION.md (branch parser14) is built this way: its class
//! tagger comes from `train_tagger … 1`, its parser (class templates added) from
//! `train_syntax` with SYNTAX_PARSER_ONLY, both grown from the shipped model. The
//! tagger brings its second pass, its tag dictionary and its class flag; lemmas,
//! vocabulary, labels and the parser's flags come from PARSER_MODEL. Printed: greedy
//! and adaptive-beam (the pipeline's decoding) figures of the file as written.

use anyhow::{bail, Context, Result};
use demarche::nlp::syntax::{conllu, train, Decoding, SyntaxModel};
use std::path::Path;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [tagger_from, parser_from, ud, out] = args.as_slice() else {
        bail!("usage: splice_syntax TAGGER_MODEL PARSER_MODEL UD_DIR OUT");
    };
    let (tagger_model, _) = SyntaxModel::read_with_vocab(Path::new(tagger_from))?;
    let (parser_model, vocab) = SyntaxModel::read_with_vocab(Path::new(parser_from))?;
    let joined = train::splice(tagger_model, parser_model)?;
    let bytes = joined.to_bytes(&vocab);
    std::fs::write(out, &bytes).with_context(|| format!("writing {out}"))?;
    let written = SyntaxModel::from_bytes(&bytes)?;
    let (_, dev) = conllu::read_ewt(Path::new(ud))?;
    let greedy = train::evaluate(&written, &dev);
    let beam = train::evaluate_with(&written, &dev, &Decoding::ADAPTIVE);
    println!(
        "{out}: {} bytes; tagger classes {}, parser classes {} (added {}), tag dictionary {} words; UPOS {:.4} XPOS {:.4}; greedy UAS {:.4} LAS {:.4}; adaptive beam UAS {:.4} LAS {:.4}",
        bytes.len(),
        written.tagger.classes,
        written.word_classes,
        written.classes_added,
        written.tagger.dict.len(),
        greedy.upos,
        greedy.xpos,
        greedy.uas,
        greedy.las,
        beam.uas,
        beam.las
    );
    Ok(())
}
