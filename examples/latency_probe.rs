//! Latency probe for `scripts/bench_latency.py`: produces articles at a fixed rate into the
//! raw topic and reads the events topic with a `read_committed` consumer, timing every
//! event from its article's produce call to the moment the consumer sees it.
//!
//!     cargo run --release --example latency_probe -- BOOTSTRAP RAW_TOPIC EVENTS_TOPIC \
//!         [--rate 500] [--seconds 20] [--warmup-seconds 3] [--tag run1] [--by-key]
//!
//! Article texts come from `examples/articles.jsonl`, each produced under a fresh id
//! (`<tag>-<n>`), so every event names the article it came from. Events of the first
//! `--warmup-seconds` are left out of the quantiles. Prints one `RESULT {json}` line.
//! `--by-key`: the output records are not events but copies keyed by article id (the Kafka
//! Streams pass-through of `scripts/bench_kstreams.py`); the key names the article.

use demarche::proto::v1::DiplomaticEvent;
use prost::Message as _;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::Message;
use rdkafka::producer::{BaseRecord, DefaultProducerContext, Producer, ThreadedProducer};
use rdkafka::ClientConfig;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Args {
    bootstrap: String,
    raw: String,
    events: String,
    rate: f64,
    seconds: f64,
    warmup: f64,
    tag: String,
    by_key: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut positional = Vec::new();
    let mut named: HashMap<String, String> = HashMap::new();
    let mut it = std::env::args().skip(1);
    let mut by_key = false;
    while let Some(arg) = it.next() {
        match arg.strip_prefix("--") {
            Some("by-key") => by_key = true,
            Some(name) => {
                let value = it.next().ok_or(format!("--{name} needs a value"))?;
                named.insert(name.to_string(), value);
            }
            None => positional.push(arg),
        }
    }
    let [bootstrap, raw, events] = <[String; 3]>::try_from(positional)
        .map_err(|_| "usage: latency_probe BOOTSTRAP RAW_TOPIC EVENTS_TOPIC [--rate R] [--seconds S] [--warmup-seconds W] [--tag T] [--by-key]".to_string())?;
    let number = |name: &str, default: f64| -> Result<f64, String> {
        named.get(name).map_or(Ok(default), |v| {
            v.parse()
                .map_err(|_| format!("--{name}: not a number: {v}"))
        })
    };
    Ok(Args {
        bootstrap,
        raw,
        events,
        rate: number("rate", 500.0)?,
        seconds: number("seconds", 20.0)?,
        warmup: number("warmup-seconds", 3.0)?,
        tag: named.get("tag").cloned().unwrap_or_else(|| "probe".into()),
        by_key,
    })
}

fn texts() -> Result<Vec<String>, String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles.jsonl");
    let body = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    body.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).map_err(|e| e.to_string())?;
            v["text"]
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| "article without text".to_string())
        })
        .collect()
}

/// When each article's produce call was made, by article id.
type Sent = Arc<Mutex<HashMap<String, Instant>>>;

fn main() -> Result<(), String> {
    let args = parse_args()?;
    let texts = texts()?;
    let sent: Sent = Arc::default();
    let producing = Arc::new(AtomicBool::new(true));

    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &args.bootstrap)
        .set("group.id", format!("{}-probe", args.tag))
        .set("isolation.level", "read_committed")
        .set("auto.offset.reset", "latest")
        .set("enable.auto.commit", "false")
        .set("fetch.wait.max.ms", "5")
        .create()
        .map_err(|e| e.to_string())?;
    consumer
        .subscribe(&[args.events.as_str()])
        .map_err(|e| e.to_string())?;
    wait_for_assignment(&consumer)?;

    let reader = {
        let (sent, producing) = (sent.clone(), producing.clone());
        let by_key = args.by_key;
        std::thread::spawn(move || read_events(consumer, sent, producing, by_key))
    };
    let producer: ThreadedProducer<DefaultProducerContext> = ClientConfig::new()
        .set("bootstrap.servers", &args.bootstrap)
        .set("linger.ms", "0")
        .set("enable.idempotence", "true")
        .create()
        .map_err(|e| e.to_string())?;
    let total = (args.rate * args.seconds).round() as usize;
    let warm = (args.rate * args.warmup).round() as usize;
    let started = Instant::now();
    for n in 0..total {
        let due = started + Duration::from_secs_f64(n as f64 / args.rate);
        if let Some(wait) = due.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
        let prefix = if n < warm { "warm" } else { "m" };
        let id = format!("{}-{prefix}-{n}", args.tag);
        let body = serde_json::json!({"id": id, "text": texts[n % texts.len()],
                                      "published_at": "2016-05-01T00:00:00Z"})
        .to_string();
        sent.lock()
            .map_err(|_| "poisoned")?
            .insert(id.clone(), Instant::now());
        let mut record = BaseRecord::to(&args.raw).key(id.as_str()).payload(&body);
        loop {
            match producer.send(record) {
                Ok(()) => break,
                Err((_, back)) => {
                    record = back;
                    std::thread::sleep(Duration::from_millis(1));
                }
            }
        }
    }
    let late = started.elapsed().as_secs_f64() - args.seconds;
    producer
        .flush(Duration::from_secs(30))
        .map_err(|e| e.to_string())?;
    // Let the last articles through the pipeline.
    std::thread::sleep(Duration::from_secs(3));
    producing.store(false, Ordering::SeqCst);
    let (latencies, articles_seen) = reader.join().map_err(|_| "reader panicked")?;
    report(&args, total - warm, late, latencies, articles_seen);
    Ok(())
}

fn wait_for_assignment(consumer: &BaseConsumer) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        consumer.poll(Duration::from_millis(100));
        if consumer
            .assignment()
            .map(|a| a.count() > 0)
            .unwrap_or(false)
        {
            return Ok(());
        }
    }
    Err("probe consumer got no partitions within 60 s".into())
}

/// Latency in ms of every measured event, and how many measured articles had one.
fn read_events(
    consumer: BaseConsumer,
    sent: Sent,
    producing: Arc<AtomicBool>,
    by_key: bool,
) -> (Vec<f64>, usize) {
    let mut latencies = Vec::new();
    let mut articles = std::collections::HashSet::new();
    while producing.load(Ordering::SeqCst) {
        let Some(Ok(message)) = consumer.poll(Duration::from_millis(50)) else {
            continue;
        };
        let seen = Instant::now();
        let Some(article_id) = article_of(&message, by_key) else {
            continue;
        };
        if !article_id.contains("-m-") {
            continue;
        }
        let produced = sent.lock().ok().and_then(|s| s.get(&article_id).copied());
        if let Some(produced) = produced {
            latencies.push(seen.duration_since(produced).as_secs_f64() * 1000.0);
            articles.insert(article_id);
        }
    }
    (latencies, articles.len())
}

/// The id of the article `message` came from: the event's `article_id`, or with
/// `by_key` the record key.
fn article_of(message: &impl Message, by_key: bool) -> Option<String> {
    if by_key {
        let key = message.key()?;
        return std::str::from_utf8(key).ok().map(str::to_string);
    }
    let event = DiplomaticEvent::decode(message.payload().unwrap_or_default()).ok()?;
    Some(event.article_id)
}

fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn report(args: &Args, measured: usize, late: f64, mut latencies: Vec<f64>, articles: usize) {
    latencies.sort_by(f64::total_cmp);
    let q = |p| (quantile(&latencies, p) * 10.0).round() / 10.0;
    println!(
        "{} events of {articles}/{measured} measured articles at {}/s: p50 {} ms, p90 {} ms, p99 {} ms, max {} ms (producer {late:.2} s behind schedule)",
        latencies.len(),
        args.rate,
        q(0.5),
        q(0.9),
        q(0.99),
        q(1.0)
    );
    println!(
        "RESULT {}",
        serde_json::json!({"events": latencies.len(), "articles_measured": measured,
            "articles_with_events": articles, "rate": args.rate, "p50_ms": q(0.5),
            "p90_ms": q(0.9), "p99_ms": q(0.99), "max_ms": q(1.0),
            "producer_late_s": (late * 100.0).round() / 100.0})
    );
}
