//! Tagging + parsing throughput of the shipped syntax model, in words per second, on
//! news-like sentences from the example articles (split and tokenised as the pipeline
//! does).
//!   cargo bench --bench syntax
//! Two figures: `tag_and_parse_words` is wall-clock time (what Criterion normally
//! measures, and what a loaded machine distorts); `tag_and_parse_words_cpu` counts only
//! the CPU time the benchmark thread itself was given (Linux `/proc/thread-self/schedstat`),
//! which is the one-core figure on a machine shared with other jobs.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use demarche::nlp::syntax;
use demarche::nlp::text;
use std::hint::black_box;
use std::time::Duration;

/// CPU time this thread has run, if the kernel reports it.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

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
    let run = || {
        for &(a, z) in &sentences {
            black_box(model.analyse_sentence(&text, &tokens[a..z]));
        }
    };
    group.bench_function("tag_and_parse_words", |b| b.iter(run));
    if thread_cpu().is_some() {
        group.bench_function("tag_and_parse_words_cpu", |b| {
            b.iter_custom(|iters| {
                let start = thread_cpu().unwrap_or_default();
                for _ in 0..iters {
                    run();
                }
                thread_cpu().unwrap_or_default().saturating_sub(start)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
