//! User tools: read article files, publish them (`produce`), watch topics (`tail`).

use super::clients::{apply_user_properties, auth_failure, base_config, AuthWatch};
use super::Shutdown;
use crate::config::Config;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Headers, Message};
use rdkafka::producer::{
    BaseRecord, DeliveryResult, Producer, ProducerContext, PurgeConfig, ThreadedProducer,
};
use rdkafka::{ClientContext, Offset, TopicPartitionList};
use serde_json::{json, Value};
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ToolError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Kafka(#[from] rdkafka::error::KafkaError),
    #[error(
        "{failed} of {total} messages were not delivered{}: first error: {first_error}; from {from}",
        if *interrupted { " (interrupted)" } else { "" }
    )]
    Undelivered {
        failed: u64,
        total: u64,
        first_error: String,
        /// `file:line` of the first few undelivered messages.
        from: String,
        interrupted: bool,
    },
}

/// Article files to read: a file, every `.json`/`.jsonl` file of a directory, or stdin (`-`).
pub fn input_files(input: &Path) -> Result<Vec<PathBuf>, ToolError> {
    if input == Path::new("-") || input.is_file() {
        return Ok(vec![input.to_path_buf()]);
    }
    let read_err = |source| ToolError::Read {
        path: input.display().to_string(),
        source,
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(input)
        .map_err(read_err)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("json" | "jsonl")
            )
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Calls `each` with every article of a file: one per line for JSON lines, one per
/// element for a `.json` array, the whole file for a `.json` object. Lines are passed
/// through as bytes, unparsed: validating them is the entities stage's job.
pub fn for_each_article(
    path: &Path,
    mut each: impl FnMut(&[u8]) -> Result<(), ToolError>,
) -> Result<(), ToolError> {
    for_each_article_at(path, |_, payload| each(payload))
}

/// As [`for_each_article`], also passing where the article is: its line number in a
/// JSON-lines file, its 1-based element number in a `.json` array, 1 for a whole file.
pub fn for_each_article_at(
    path: &Path,
    mut each: impl FnMut(u64, &[u8]) -> Result<(), ToolError>,
) -> Result<(), ToolError> {
    let read_err = |source| ToolError::Read {
        path: path.display().to_string(),
        source,
    };
    let is_json_document = path.extension().and_then(|e| e.to_str()) == Some("json");
    if is_json_document {
        let text = std::fs::read(path).map_err(read_err)?;
        return match serde_json::from_slice::<Value>(&text) {
            Ok(Value::Array(items)) => (1..)
                .zip(&items)
                .try_for_each(|(n, item)| each(n, item.to_string().as_bytes())),
            _ => each(1, &text),
        };
    }
    let reader: Box<dyn BufRead> = if path == Path::new("-") {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(path).map_err(read_err)?,
        ))
    };
    for (n, line) in (1..).zip(reader.split(b'\n')) {
        let line = line.map_err(read_err)?;
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        if !line.iter().all(u8::is_ascii_whitespace) {
            each(n, line)?;
        }
    }
    Ok(())
}

/// Reads all of stdin or a file (used when the input is not line-oriented).
pub fn read_all(path: &Path) -> Result<Vec<u8>, ToolError> {
    let mut buf = Vec::new();
    let result = if path == Path::new("-") {
        std::io::stdin().read_to_end(&mut buf).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut buf).map(|_| ()))
    };
    result.map_err(|source| ToolError::Read {
        path: path.display().to_string(),
        source,
    })?;
    Ok(buf)
}

/// Where a message came from, for the report of what was not delivered.
struct Origin {
    file: usize,
    line: u64,
}

/// What the delivery callbacks saw: successes, failures, the first error and the
/// first few failed messages (as indexes into the origins).
#[derive(Default)]
struct Failures {
    count: u64,
    first_error: Option<String>,
    examples: Vec<usize>,
}

const REPORTED_ORIGINS: usize = 10;

struct DeliveryCounter {
    delivered: AtomicU64,
    failures: Mutex<Failures>,
    auth: AuthWatch,
}

impl ClientContext for DeliveryCounter {
    fn error(&self, error: rdkafka::error::KafkaError, reason: &str) {
        self.auth.error(error, reason);
    }
}

impl ProducerContext for DeliveryCounter {
    type DeliveryOpaque = Box<usize>;
    fn delivery(&self, result: &DeliveryResult<'_>, origin: Self::DeliveryOpaque) {
        let Err((e, _)) = result else {
            self.delivered.fetch_add(1, Ordering::Relaxed);
            return;
        };
        tracing::debug!(error = %e, "message not delivered");
        let mut failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        failures.count += 1;
        failures.first_error.get_or_insert_with(|| e.to_string());
        if failures.examples.len() < REPORTED_ORIGINS {
            failures.examples.push(*origin);
        }
    }
}

/// How long `produce` keeps retrying a message; `None` retries until interrupted.
#[derive(Debug, Clone, Copy)]
pub struct ProduceOptions {
    pub delivery_timeout: Option<Duration>,
}

/// Publishes every article of the inputs to `topic`, keyed by article id, and waits
/// until each is acknowledged or has failed; any failure is reported with the input
/// lines it came from.
pub fn produce(
    config: &Config,
    topic: &str,
    inputs: &[PathBuf],
    options: ProduceOptions,
    shutdown: &Shutdown,
) -> Result<u64, ToolError> {
    let producer = create_producer(config, options)?;
    let mut origins: Vec<Origin> = Vec::new();
    for (file, path) in inputs.iter().enumerate() {
        for_each_article_at(path, |line, payload| {
            if shutdown.requested() {
                return Ok(()); // interrupted: the rest of the input is not sent
            }
            let key = article_key(payload);
            let mut record =
                BaseRecord::with_opaque_to(topic, Box::new(origins.len())).payload(payload);
            if let Some(key) = key.as_deref() {
                record = record.key(key);
            }
            send(&producer, record, shutdown)?;
            origins.push(Origin { file, line });
            Ok(())
        })?;
        if shutdown.requested() {
            break;
        }
    }
    wait_for_deliveries(&producer, shutdown);
    let total = origins.len() as u64;
    let context = producer.context();
    let delivered = context.delivered.load(Ordering::Relaxed);
    if delivered == total {
        return Ok(total);
    }
    let failures = context.failures.lock().unwrap_or_else(|p| p.into_inner());
    let from = failures
        .examples
        .iter()
        .filter_map(|&i| origins.get(i))
        .map(|o| format!("{}:{}", inputs[o.file].display(), o.line))
        .collect::<Vec<_>>()
        .join(", ");
    Err(ToolError::Undelivered {
        failed: total - delivered,
        total,
        first_error: failures
            .first_error
            .clone()
            .unwrap_or_else(|| "interrupted".into()),
        from,
        interrupted: shutdown.requested(),
    })
}

fn create_producer(
    config: &Config,
    options: ProduceOptions,
) -> Result<ThreadedProducer<DeliveryCounter>, ToolError> {
    let timeout_ms = options.delivery_timeout.map_or(0, |d| d.as_millis());
    let mut client = base_config(config, "demarche-produce");
    // Idempotence keeps retries after a broker outage from writing a message twice.
    client
        .set("enable.idempotence", "true")
        .set("linger.ms", "10")
        .set("message.timeout.ms", timeout_ms.to_string());
    apply_user_properties(&mut client, config);
    Ok(client.create_with_context(DeliveryCounter {
        delivered: AtomicU64::new(0),
        failures: Mutex::new(Failures::default()),
        auth: AuthWatch::new(config),
    })?)
}

/// Queues one record, waiting while librdkafka's queue is full.
fn send(
    producer: &ThreadedProducer<DeliveryCounter>,
    mut record: BaseRecord<'_, str, [u8], Box<usize>>,
    shutdown: &Shutdown,
) -> Result<(), ToolError> {
    loop {
        match producer.send(record) {
            Ok(()) => return Ok(()),
            Err((
                rdkafka::error::KafkaError::MessageProduction(
                    rdkafka::types::RDKafkaErrorCode::QueueFull,
                ),
                returned,
            )) if !shutdown.requested() && auth_failure().is_none() => {
                record = returned;
                std::thread::sleep(Duration::from_millis(10));
            }
            Err((e, _)) => return Err(e.into()),
        }
    }
}

/// Waits until every queued message is delivered or has failed (librdkafka fails it at
/// `message.timeout.ms`). A refused login or Ctrl-C/SIGTERM stops the wait: what is
/// still queued is purged, so its delivery callbacks report it as not delivered.
fn wait_for_deliveries(producer: &ThreadedProducer<DeliveryCounter>, shutdown: &Shutdown) {
    while producer.flush(Duration::from_millis(200)).is_err() {
        if shutdown.requested() || auth_failure().is_some() {
            producer.purge(PurgeConfig::default().queue().inflight());
            let _ = producer.flush(Duration::from_secs(5));
            return;
        }
    }
}

fn article_key(payload: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Id {
        id: Value,
    }
    match serde_json::from_slice::<Id>(payload).ok()?.id {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// How `tail` stops.
#[derive(Debug, Clone, Copy)]
pub struct TailOptions {
    pub from_beginning: bool,
    pub max_messages: Option<u64>,
    /// Stop after this long without a message.
    pub idle_timeout: Option<Duration>,
}

/// Prints the committed messages of a topic as JSON lines, decoded as the message type the
/// stage registry gives the topic (raw otherwise, e.g. the dead letters, with headers).
pub fn tail(
    config: &Config,
    topic: &str,
    options: TailOptions,
    shutdown: &Shutdown,
    mut out: impl std::io::Write,
) -> Result<u64, ToolError> {
    let mut client = base_config(config, "demarche-tail");
    client
        .set("group.id", "demarche-tail")
        .set("enable.auto.commit", "false")
        .set("isolation.level", "read_committed");
    apply_user_properties(&mut client, config);
    let consumer: BaseConsumer<AuthWatch> = client.create_with_context(AuthWatch::new(config))?;
    let metadata = consumer.fetch_metadata(Some(topic), Duration::from_secs(10))?;
    let start = if options.from_beginning {
        Offset::Beginning
    } else {
        Offset::End
    };
    let mut assignment = TopicPartitionList::new();
    for t in metadata.topics() {
        for p in t.partitions() {
            assignment.add_partition_offset(topic, p.id(), start)?;
        }
    }
    consumer.assign(&assignment)?;
    let mut printed = 0u64;
    let mut last_message = Instant::now();
    while !shutdown.requested() && options.max_messages.is_none_or(|max| printed < max) {
        match consumer.poll(Duration::from_millis(200)) {
            Some(Ok(message)) => {
                let line = decode_for_display(config, &message);
                let _ = writeln!(out, "{line}");
                printed += 1;
                last_message = Instant::now();
            }
            Some(Err(e)) => tracing::warn!(error = %e, "consumer error"),
            None => {
                if options
                    .idle_timeout
                    .is_some_and(|t| last_message.elapsed() >= t)
                {
                    break;
                }
            }
        }
    }
    Ok(printed)
}

fn decode_for_display<M: Message>(config: &Config, message: &M) -> Value {
    let payload = message.payload().unwrap_or_default();
    let topic = message.topic();
    let decoded = crate::stages::registry::message_type_of(&config.topics, topic)
        .and_then(|kind| kind.to_json(payload).ok());
    match decoded {
        Some(value) => value,
        None => {
            let headers: serde_json::Map<String, Value> = message
                .headers()
                .map(|h| {
                    h.iter()
                        .map(|h| {
                            let value = h.value.map(String::from_utf8_lossy).unwrap_or_default();
                            (h.key.to_string(), Value::String(value.into_owned()))
                        })
                        .collect()
                })
                .unwrap_or_default();
            json!({
                "topic": topic,
                "partition": message.partition(),
                "offset": message.offset(),
                "key": message.key().map(String::from_utf8_lossy),
                "headers": headers,
                "payload": String::from_utf8_lossy(payload),
            })
        }
    }
}
