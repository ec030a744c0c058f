//! Scores a syntax model file on UD English-EWT dev, greedy and with parser beams:
//!   cargo run --release --example eval_syntax -- MODEL UD_DIR [WIDTH...]
//! e.g. `-- data/syntax/model.bin ../shared/data/ud 1 4 8`. For each beam width it
//! prints UPOS, UAS, LAS and the words tagged and parsed per second of this thread's
//! CPU time (Linux; wall-clock time elsewhere), so a loaded machine does not distort it.
//! SYNTAX_BEAM_T (default 0: raw summed scores) is the beam's softmax temperature in
//! model units, SYNTAX_BEAM_MARGIN (default `inf`: a plain beam) the score margin below
//! the best sequence beyond which sequences are dropped (see `src/nlp/syntax/beam.rs`);
//! a list separated by commas tries each.

use anyhow::{bail, Context, Result};
use demarche::nlp::syntax::{conllu, train, Decoding, SyntaxModel};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// CPU time this thread has run, if the kernel reports it.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(
        stat.split_whitespace().next()?.parse().ok()?,
    ))
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [model_path, ud, widths @ ..] = args.as_slice() else {
        bail!("usage: eval_syntax MODEL UD_DIR [WIDTH...]");
    };
    let widths: Vec<usize> = if widths.is_empty() {
        vec![1]
    } else {
        widths
            .iter()
            .map(|w| w.parse().context("WIDTH"))
            .collect::<Result<_>>()?
    };
    let bytes = std::fs::read(model_path).with_context(|| format!("reading {model_path}"))?;
    let model = SyntaxModel::from_bytes(&bytes)?;
    let dev_path = PathBuf::from(ud).join("en_ewt-ud-dev.conllu");
    let text = std::fs::read_to_string(&dev_path)
        .with_context(|| format!("reading {}", dev_path.display()))?;
    let dev = conllu::read(&text)?;
    let second = model.tagger.second.as_ref();
    eprintln!(
        "tagger classes {}, parser classes {} (added {}), tag dictionary {} words",
        model.tagger.classes,
        model.word_classes,
        model.classes_added,
        model.tagger.dict.len()
    );
    eprintln!(
        "tagger {} + {} weights (second pass), parser {} weights; ~{} MB in memory",
        model.tagger.model.weights(),
        second.map_or(0, |m| m.weights()),
        model.parser.weights(),
        (model.tagger.model.heap_bytes()
            + second.map_or(0, |m| m.heap_bytes())
            + model.parser.heap_bytes())
            >> 20
    );
    let temperatures = env_list("SYNTAX_BEAM_T", "0")?;
    let margins = env_list("SYNTAX_BEAM_MARGIN", "inf")?;
    let mut settings = Vec::new();
    for &width in &widths {
        for &temperature in &temperatures {
            for &margin in &margins {
                settings.push(Decoding {
                    width,
                    temperature,
                    margin,
                });
            }
        }
    }
    for d in settings {
        let (width, t, margin) = (d.width, d.temperature, d.margin);
        let (wall, cpu) = (Instant::now(), thread_cpu());
        let s = train::evaluate_with(&model, &dev, &d);
        let spent = match (cpu, thread_cpu()) {
            (Some(a), Some(b)) => b.saturating_sub(a),
            _ => wall.elapsed(),
        };
        println!(
            "{model_path} beam {width} temperature {t} margin {margin}: {} bytes, UPOS {:.4} XPOS {:.4} UAS {:.4} LAS {:.4} (without punctuation UAS {:.4} LAS {:.4}); {:.0} words/s",
            bytes.len(),
            s.upos,
            s.xpos,
            s.uas,
            s.las,
            s.uas_no_punct,
            s.las_no_punct,
            s.words as f64 / spent.as_secs_f64().max(1e-9)
        );
    }
    Ok(())
}

/// A list of numbers separated by commas from the environment variable `name`.
fn env_list(name: &str, default: &str) -> Result<Vec<f64>> {
    std::env::var(name)
        .unwrap_or_else(|_| default.into())
        .split(',')
        .map(|t| t.trim().parse().with_context(|| name.to_string()))
        .collect()
}
