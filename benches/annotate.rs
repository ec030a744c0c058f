//! The whole `annotate` path (entities → event coding → stance → annotation JSON) on
//! realistic article text, reported in sentences per second.
//!
//! Text: the example articles plus, when present, the ConfliBERT dev sentences (news
//! sentences) grouped into 10-sentence articles.
//!   cargo bench --bench annotate

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use demarche::nlp::{annotation, ArticleText, Extractor, NlpConfig};
use std::hint::black_box;

fn corpus() -> Vec<String> {
    let mut texts: Vec<String> = std::fs::read_to_string("examples/articles.jsonl")
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    if let Ok(tsv) = std::fs::read_to_string("../shared/data/dev/ConfliBERT_cameo_class_train.tsv")
    {
        let sentences: Vec<&str> = tsv.lines().filter_map(|l| l.split('\t').next()).collect();
        texts.extend(sentences.chunks(10).map(|c| c.join(" ")));
    }
    texts
}

fn annotate_all(extractor: &Extractor, texts: &[String]) -> usize {
    let mut written = 0;
    for (i, text) in texts.iter().enumerate() {
        let id = i.to_string();
        let article = ArticleText {
            id: &id,
            text,
            published: chrono::NaiveDate::from_ymd_opt(2015, 6, 1),
        };
        let entities = extractor.entities(&article);
        let events = extractor.events(&article, &entities);
        let stance = extractor.stance(&article, &entities, &events);
        let record = annotation::annotate(&article, &entities, &events, &stance, extractor.cameo());
        written += serde_json::to_vec(&record).map_or(0, |v| v.len());
    }
    written
}

fn bench_annotate(c: &mut Criterion) {
    let extractor = Extractor::new(&NlpConfig::default()).expect("built-in dictionaries");
    let texts = corpus();
    let sentences: usize = texts
        .iter()
        .map(|t| {
            let article = ArticleText {
                id: "",
                text: t,
                published: None,
            };
            extractor.entities(&article).sentences.len()
        })
        .sum();
    let mut group = c.benchmark_group("annotate");
    group.throughput(Throughput::Elements(sentences as u64));
    group.sample_size(20);
    group.bench_function(
        format!("{} articles / {sentences} sentences", texts.len()),
        |b| b.iter(|| annotate_all(black_box(&extractor), black_box(&texts))),
    );
    group.finish();
}

criterion_group!(benches, bench_annotate);
criterion_main!(benches);
