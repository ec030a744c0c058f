//! The whole `annotate` path (entities → event coding on the parse → stance → annotation
//! JSON) in sentences per second, on two inputs:
//!
//! - `news_dev`: the project's own multi-sentence news dev articles
//!   (`data/eval/news_dev/articles.jsonl`, 271 articles), the realistic input;
//! - `conflibert`: the ConfliBERT dev sentences grouped 10 to an article, when the shared
//!   dev data is found (`$DEMARCHE_DEV_DIR`, else `../shared/data/dev`); nearly every one
//!   names an actor and a verb, so nearly every one is parsed;
//! - `one_long_article`: the news dev articles joined into one text. Its sentences per
//!   second should match `news_dev`'s: a rule that scans the whole text for every word it
//!   asks about is quadratic in an article's length and shows here first (a run-on
//!   quotation rule once made a 1.2 MB article take five times as long per sentence).
//!
//!   cargo bench --bench annotate            (add `-- --quick` for a short run)

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use demarche::nlp::{annotation, ArticleText, Extractor, NlpConfig};
use std::hint::black_box;

fn texts_of_jsonl(path: &str) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}

fn conflibert() -> Vec<String> {
    let dir = std::env::var("DEMARCHE_DEV_DIR").unwrap_or_else(|_| "../shared/data/dev".into());
    let Ok(tsv) = std::fs::read_to_string(format!("{dir}/ConfliBERT_cameo_class_train.tsv")) else {
        return Vec::new();
    };
    let sentences: Vec<&str> = tsv.lines().filter_map(|l| l.split('\t').next()).collect();
    sentences.chunks(10).map(|c| c.join(" ")).collect()
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

fn sentences_in(extractor: &Extractor, texts: &[String]) -> usize {
    texts
        .iter()
        .map(|t| {
            let article = ArticleText {
                id: "",
                text: t,
                published: None,
            };
            extractor.entities(&article).sentences.len()
        })
        .sum()
}

fn bench_annotate(c: &mut Criterion) {
    let extractor = Extractor::new(&NlpConfig::default()).expect("built-in dictionaries");
    let news = texts_of_jsonl("data/eval/news_dev/articles.jsonl");
    let long: Vec<String> = (!news.is_empty())
        .then(|| news.join("\n\n"))
        .into_iter()
        .collect();
    let inputs = [
        ("news_dev", news),
        ("conflibert", conflibert()),
        ("one_long_article", long),
    ];
    let mut group = c.benchmark_group("annotate");
    group.sample_size(10);
    for (name, texts) in inputs.iter().filter(|(_, t)| !t.is_empty()) {
        let sentences = sentences_in(&extractor, texts);
        group.throughput(Throughput::Elements(sentences as u64));
        group.bench_function(
            format!("{name}: {} articles / {sentences} sentences", texts.len()),
            |b| b.iter(|| annotate_all(black_box(&extractor), black_box(texts))),
        );
    }
    group.finish();
}

criterion_group!(benches, bench_annotate);
criterion_main!(benches);
