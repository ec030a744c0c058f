//! The alerts stage in-process: synthetic events through the example rules
//! (deploy/alerts.example.toml), committed in batches of 200 as a worker does (state
//! changes taken for the changelog each batch), reported in events per second.
//!   cargo bench --bench alerts

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use demarche::proto::v1::{Actor, DiplomaticEvent};
use demarche::stages::alerts::{load_rules, AlertsStage};
use demarche::stages::{Record, Stage};
use prost::Message;
use std::hint::black_box;

const EVENTS: usize = 20_000;
const COUNTRIES: [&str; 20] = [
    "USA", "RUS", "CHN", "UKR", "IRN", "ISR", "TUR", "IND", "PAK", "FRA", "DEU", "GBR", "JPN",
    "KOR", "PRK", "SYR", "SAU", "EGY", "BRA", "POL",
];
/// A mix where about a third of the events match some example rule.
const CAMEO: [&str; 9] = [
    "040", "051", "1312", "138", "150", "125", "160", "190", "036",
];

fn events() -> Vec<Vec<u8>> {
    (0..EVENTS)
        .map(|i| {
            let source = COUNTRIES[i % COUNTRIES.len()];
            let target = COUNTRIES[(i / 7 + 1) % COUNTRIES.len()];
            let cameo = CAMEO[(i * 13) % CAMEO.len()];
            DiplomaticEvent {
                event_id: format!("e{i}"),
                article_id: format!("a{}", i / 3),
                article_source: format!("outlet{}", i % 11),
                // 30 days of news, a little out of order.
                published_at_ms: 1_700_000_000_000 + (i as i64) * 130_000 - (i as i64 % 5) * 60_000,
                source: Some(Actor {
                    code: format!("{source}GOV"),
                    country: source.into(),
                    sector: "GOV".into(),
                    ..Default::default()
                }),
                target: Some(Actor {
                    code: format!("{target}MIL"),
                    country: target.into(),
                    sector: "MIL".into(),
                    ..Default::default()
                }),
                cameo_code: cameo.into(),
                cameo_root: cameo[..2].into(),
                quad_class: if cameo.starts_with('0') { 1 } else { 4 },
                goldstein: if cameo.starts_with('0') { 3.0 } else { -6.0 },
                location: if i % 4 == 0 {
                    "near the border".into()
                } else {
                    String::new()
                },
                evidence_text: "A sentence of evidence of about the usual length for one event."
                    .into(),
                story_key: format!("s{}", i / 4),
                ..Default::default()
            }
            .encode_to_vec()
        })
        .collect()
}

fn run(rules: &demarche::stages::alerts::RuleSet, payloads: &[Vec<u8>]) -> usize {
    let stage = AlertsStage::new(rules.clone());
    let mut alerts = 0;
    for batch in payloads.chunks(200) {
        for payload in batch {
            let record = Record {
                key: None,
                payload,
                timestamp_ms: None,
                partition: 0,
            };
            alerts += stage.process(&record).map_or(0, |o| o.len());
        }
        black_box(stage.take_changes());
        stage.committed();
    }
    alerts
}

fn bench(c: &mut Criterion) {
    let (rules, _) = load_rules("deploy/alerts.example.toml".as_ref()).expect("example rules");
    let payloads = events();
    eprintln!("alerts raised per pass: {}", run(&rules, &payloads));
    let mut group = c.benchmark_group("alerts");
    group.throughput(Throughput::Elements(EVENTS as u64));
    group.sample_size(20);
    group.bench_function("example rules, 20k events", |b| {
        b.iter(|| run(&rules, black_box(&payloads)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
