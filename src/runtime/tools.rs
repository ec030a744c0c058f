//! User tools: read article files, publish them (`produce`), watch topics (`tail`).

use super::clients::{apply_user_properties, auth_failure, base_config, AuthWatch};
use super::Shutdown;
use crate::config::Config;
use crate::proto::{self, v1 as pb};
use prost::Message as _;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Headers, Message};
use rdkafka::producer::{BaseRecord, DeliveryResult, Producer, ProducerContext, ThreadedProducer};
use rdkafka::{ClientContext, Offset, TopicPartitionList};
use serde_json::{json, Value};
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
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
    #[error("{failed} of {total} messages were not delivered")]
    Undelivered { failed: u64, total: u64 },
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
    let read_err = |source| ToolError::Read {
        path: path.display().to_string(),
        source,
    };
    let is_json_document = path.extension().and_then(|e| e.to_str()) == Some("json");
    if is_json_document {
        let text = std::fs::read(path).map_err(read_err)?;
        return match serde_json::from_slice::<Value>(&text) {
            Ok(Value::Array(items)) => items
                .iter()
                .try_for_each(|item| each(item.to_string().as_bytes())),
            _ => each(&text),
        };
    }
    let reader: Box<dyn BufRead> = if path == Path::new("-") {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(path).map_err(read_err)?,
        ))
    };
    for line in reader.split(b'\n') {
        let line = line.map_err(read_err)?;
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        if !line.iter().all(u8::is_ascii_whitespace) {
            each(line)?;
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

struct DeliveryCounter {
    failed: AtomicU64,
    auth: AuthWatch,
}

impl ClientContext for DeliveryCounter {
    fn error(&self, error: rdkafka::error::KafkaError, reason: &str) {
        self.auth.error(error, reason);
    }
}

impl ProducerContext for DeliveryCounter {
    type DeliveryOpaque = ();
    fn delivery(&self, result: &DeliveryResult<'_>, _: Self::DeliveryOpaque) {
        if let Err((e, _)) = result {
            tracing::error!(error = %e, "message not delivered");
            self.failed.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// Publishes every article of the inputs to `topic`, keyed by article id.
pub fn produce(config: &Config, topic: &str, inputs: &[PathBuf]) -> Result<u64, ToolError> {
    let mut client = base_config(config, "demarche-produce");
    client
        .set("enable.idempotence", "true")
        .set("linger.ms", "10");
    apply_user_properties(&mut client, config);
    let producer: ThreadedProducer<DeliveryCounter> =
        client.create_with_context(DeliveryCounter {
            failed: AtomicU64::new(0),
            auth: AuthWatch::new(config),
        })?;
    let mut total = 0u64;
    for path in inputs {
        for_each_article(path, |payload| {
            let key = article_key(payload);
            let mut record = BaseRecord::to(topic).payload(payload);
            if let Some(key) = key.as_deref() {
                record = record.key(key);
            }
            loop {
                match producer.send(record) {
                    Ok(()) => break,
                    Err((
                        rdkafka::error::KafkaError::MessageProduction(
                            rdkafka::types::RDKafkaErrorCode::QueueFull,
                        ),
                        returned,
                    )) => {
                        record = returned;
                        std::thread::sleep(Duration::from_millis(10));
                    }
                    Err((e, _)) => return Err(e.into()),
                }
            }
            total += 1;
            Ok(())
        })?;
    }
    flush(&producer)?;
    let failed = producer.context().failed.load(Ordering::Relaxed);
    if failed > 0 {
        return Err(ToolError::Undelivered { failed, total });
    }
    Ok(total)
}

/// Waits up to 30 s for every delivery, but gives up at once after a refused login,
/// which librdkafka would otherwise retry until the deadline.
fn flush(producer: &ThreadedProducer<DeliveryCounter>) -> Result<(), ToolError> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match producer.flush(Duration::from_millis(200)) {
            Ok(()) => return Ok(()),
            Err(e) if Instant::now() >= deadline || auth_failure().is_some() => {
                return Err(e.into())
            }
            Err(_) => {}
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

/// Prints the committed messages of a topic as JSON lines, decoded by topic role.
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
    let topics = &config.topics;
    let topic = message.topic();
    let decoded = if topic == topics.events {
        pb::DiplomaticEvent::decode(payload)
            .ok()
            .map(|m| proto::to_json(&m))
    } else if topic == topics.stance {
        pb::ArticleStance::decode(payload)
            .ok()
            .map(|m| proto::to_json(&m))
    } else if topic == topics.entities {
        pb::ArticleEntities::decode(payload)
            .ok()
            .map(|m| proto::to_json(&m))
    } else {
        None
    };
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
