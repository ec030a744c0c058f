//! Retrains the whole tagger (both passes) of an existing model, keeping its parser,
//! lemmas and vocabulary, with or without word-class features:
//!   cargo run --release --example train_tagger -- IN UD_DIR OUT [CLASSES]
//! CLASSES is 1 (default: the tagger reads word classes, `tagger::class_features`) or 0
//! (the shipped feature set: a control replay). The recipe is `train::train`'s (seed,
//! epochs, 4-fold jackknife for the second pass); each tagger is compacted onto the
//! shipped grid (`compacted_steps((1, 32), ..)`) before it is scored, as the shipped
//! one was. Printed on UD English-EWT dev: the first pass alone after each epoch, IN's
//! first pass alone, then both passes with IN's parser (greedy and adaptive beam).
//! SYNTAX_JACKKNIFE2=FILE writes the jackknifed tags (first pass to FILE.first, both
//! passes to FILE), the cache `train_syntax` reads, so a parser can then be retrained on
//! this tagger's tags (SYNTAX_PARSER_ONLY=OUT).

use anyhow::{bail, Context, Result};
use demarche::nlp::syntax::{conllu, tagger, train, Decoding, SyntaxModel};
use std::path::PathBuf;

/// `model` with its tagger on the shipped grid (the parser untouched).
fn on_grid(model: &SyntaxModel) -> SyntaxModel {
    model.compacted_steps((1.0, 32), (1.0, 1))
}

fn report(what: &str, s: &train::Scores) {
    println!(
        "{what}: UPOS {:.4} XPOS {:.4} UAS {:.4} LAS {:.4}",
        s.upos, s.xpos, s.uas, s.las
    );
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input, ud, out, classes) = match args.as_slice() {
        [i, u, o] => (i, u, o, true),
        [i, u, o, c] => (i, u, o, c == "1"),
        _ => bail!("usage: train_tagger IN UD_DIR OUT [CLASSES]"),
    };
    let ud = PathBuf::from(ud);
    let (train_set, dev) = conllu::read_ewt(&ud)?;
    let (mut model, vocab) = SyntaxModel::read_with_vocab(std::path::Path::new(input))?;
    let tags = model.tagger.tags.clone();
    tagger::same_classes(&train_set, &tags)?;
    let st = train::Settings {
        tagger_classes: classes,
        ..train::Settings::default()
    };
    let started = std::time::Instant::now();
    let shipped_second = model.tagger.second.take();
    report("IN first pass", &train::evaluate(&model, &dev));
    model.tagger.second = shipped_second;
    report("IN both passes", &train::evaluate(&model, &dev));
    let mut first_pass = None;
    let run = (st.tagger_epochs, st.seed);
    tagger::train_with(&train_set, &tags, run, classes, |e, snapshot| {
        model.tagger = snapshot();
        let s = train::evaluate(&on_grid(&model), &dev);
        report(
            &format!("epoch {e} ({:.1?}) first pass", started.elapsed()),
            &s,
        );
        if e == st.tagger_epochs {
            first_pass = Some(snapshot());
        }
    });
    model.tagger = first_pass.context("no epoch ran")?;
    let (first, both) = train::jackknife_two_pass(&train_set, &tags, &st);
    eprintln!("jackknifed at {:.1?}", started.elapsed());
    if let Ok(cache) = std::env::var("SYNTAX_JACKKNIFE2") {
        let cache = PathBuf::from(cache);
        train::write_tags(&cache.with_extension("first"), &first)?;
        train::write_tags(&cache, &both)?;
    }
    let run = (st.tagger_second_epochs, st.seed);
    model.tagger.second = Some(tagger::train_second(&train_set, &first, &tags, run));
    let model = on_grid(&model);
    report("both passes, greedy", &train::evaluate(&model, &dev));
    let adaptive = train::evaluate_with(&model, &dev, &Decoding::ADAPTIVE);
    report("both passes, adaptive beam", &adaptive);
    eprintln!("done at {:.1?}", started.elapsed());
    std::fs::write(out, model.to_bytes(&vocab)).with_context(|| format!("writing {out}"))?;
    Ok(())
}
