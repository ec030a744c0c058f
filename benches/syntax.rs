//! Tagging + parsing throughput of the shipped syntax model, in words per second, on
//! news-like sentences from the example articles (split and tokenised as the pipeline
//! does).
//!   cargo bench --bench syntax

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use demarche::nlp::syntax;
use demarche::nlp::text;
use std::hint::black_box;

fn corpus() -> String {
    std::fs::read_to_string("examples/articles.jsonl")
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn bench(c: &mut Criterion) {
    let model = syntax::builtin().expect("shipped syntax model");
    let text = corpus();
    let tokens = text::tokenize(&text);
    let sentences = text::sentence_ranges(&text, &tokens);
    let words: usize = sentences
        .iter()
        .map(|&(a, b)| model.analyse_sentence(&text, &tokens[a..b]).words.len())
        .sum();
    let mut group = c.benchmark_group("syntax");
    group.throughput(Throughput::Elements(words as u64));
    group.bench_function("tag_and_parse_words", |b| {
        b.iter(|| {
            for &(a, z) in &sentences {
                black_box(model.analyse_sentence(&text, &tokens[a..z]));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
