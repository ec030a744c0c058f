//! `demarche parse`: every sentence of the input, tagged and parsed, as CoNLL-U or JSON.

use crate::config::Config;
use crate::nlp::syntax::{self, conllu, Analysis, SyntaxError};
use crate::runtime::tools;
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// JSON-lines articles (as for `run`), a directory of them, or `-` for stdin.
    #[arg(long, short)]
    input: PathBuf,
    /// The input is plain text (one document), not JSON articles.
    #[arg(long)]
    text: bool,
    /// Output file, or `-` for stdout.
    #[arg(long, short, default_value = "-")]
    output: PathBuf,
    #[arg(long, value_enum, default_value_t = ParseFormat::Conllu)]
    format: ParseFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParseFormat {
    /// CoNLL-U, character offsets in MISC as TokenRange=start:end.
    Conllu,
    /// One JSON object per document: {"id", "sentences": [...]}.
    Json,
}

pub fn run(args: &ParseArgs, config: &Config) -> Result<()> {
    let model = syntax::builtin().context("loading the syntax model")?;
    syntax::set_pipeline_decoding(syntax::configured_decoding(&config.nlp))?;
    let mut out = super::open_output(&args.output)?;
    let mut emit = |id: &str, text: &str| -> Result<()> {
        match model.analyse_text(text) {
            Ok(sentences) => write_document(&mut *out, id, &sentences, args.format)
                .with_context(|| format!("writing {}", args.output.display())),
            Err(e @ (SyntaxError::Empty | SyntaxError::NotEnglish { .. })) => {
                eprintln!("{id}: not parsed: {e}");
                Ok(())
            }
            Err(e) => Err(e.into()),
        }
    };
    if args.text {
        emit("text", &read_all(&args.input)?)?;
    } else {
        let mut n = 0usize;
        let mut failure = None;
        for file in tools::input_files(&args.input)? {
            tools::for_each_article(&file, |raw| {
                n += 1;
                if let Err(e) = article(raw, n).and_then(|(id, text)| emit(&id, &text)) {
                    failure.get_or_insert(e);
                }
                Ok(())
            })?;
            if let Some(e) = failure.take() {
                return Err(e);
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// The id and text of one JSON article; a bad article is reported and skipped.
fn article(raw: &[u8], n: usize) -> Result<(String, String)> {
    let value: Value = match serde_json::from_slice(raw) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("article {n}: invalid JSON, skipped: {e}");
            return Ok((format!("article-{n}"), String::new()));
        }
    };
    let id = value["id"]
        .as_str()
        .map_or_else(|| format!("article-{n}"), str::to_string);
    let text = value["text"].as_str().unwrap_or_default().to_string();
    Ok((id, text))
}

fn read_all(path: &Path) -> Result<String> {
    let mut text = String::new();
    if path == Path::new("-") {
        std::io::stdin().read_to_string(&mut text)?;
    } else {
        text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
    }
    Ok(text)
}

fn write_document(
    out: &mut dyn Write,
    id: &str,
    sentences: &[Analysis],
    format: ParseFormat,
) -> std::io::Result<()> {
    match format {
        ParseFormat::Conllu => {
            let mut buf = String::new();
            for (i, s) in sentences.iter().enumerate() {
                conllu::write_sentence(&mut buf, &format!("{id}-{}", i + 1), s);
            }
            out.write_all(buf.as_bytes())
        }
        ParseFormat::Json => writeln!(out, "{}", document_json(id, sentences)),
    }
}

fn document_json(id: &str, sentences: &[Analysis]) -> Value {
    let sentences: Vec<Value> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let words: Vec<Value> = s
                .words
                .iter()
                .enumerate()
                .map(|(j, w)| {
                    json!({"id": j + 1, "form": w.form, "lemma": w.lemma, "upos": w.upos,
                           "xpos": w.xpos, "head": w.head, "deprel": w.deprel,
                           "start": w.start_char, "end": w.end_char})
                })
                .collect();
            json!({"sent_id": format!("{id}-{}", i + 1), "text": s.text, "words": words})
        })
        .collect();
    json!({"id": id, "sentences": sentences})
}
