//! A stage as a Kafka worker: transactional consume → transform → produce.
//!
//! Each batch is one transaction holding the stage's outputs, any dead-letter copies and
//! the consumed offsets (`send_offsets_to_transaction`), so offsets are committed exactly
//! when the outputs are, and `read_committed` consumers downstream never see a partial
//! batch. No poll happens while a transaction is open, so a rebalance can only land
//! between batches; a batch collected across a rebalance is dropped unprocessed and
//! re-read from the committed offsets by whoever owns the partitions now.

use super::clients::{apply_user_properties, base_config, AuthWatch, WorkerContext};
use super::Shutdown;
use crate::config::Config;
use crate::stages::{run_stage, EventMeta, Limits, Output, Record, Stage, StageKind};
use crate::telemetry::Metric;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header, Message, OwnedHeaders, OwnedMessage};
use rdkafka::producer::{BaseRecord, Producer, ThreadedProducer};
use rdkafka::{Offset, TopicPartitionList};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use thiserror::Error;

const IDLE_POLL: Duration = Duration::from_millis(100);
const TXN_TIMEOUT: Duration = Duration::from_secs(30);
const RETRIES: u32 = 5;

#[derive(Debug, Error)]
pub enum WorkerError {
    #[error("cannot create the Kafka {client}: {source}")]
    Client {
        client: &'static str,
        #[source]
        source: KafkaError,
    },
    #[error("unsupported Kafka setting: {0}")]
    Unsupported(String),
    #[error("fatal Kafka error (the worker must restart): {0}")]
    Fatal(#[source] KafkaError),
}

/// Names and limits one worker runs with.
#[derive(Debug, Clone)]
pub struct WorkerSettings {
    pub stage: StageKind,
    pub input_topic: String,
    pub output_topic: String,
    pub dlq_topic: String,
    pub group_id: String,
    pub transactional_id: String,
    pub batch_size: usize,
    pub batch_linger: Duration,
    pub limits: Limits,
}

impl WorkerSettings {
    pub fn from_config(stage: StageKind, config: &Config) -> Self {
        let topics = &config.topics;
        let (input, output) = match stage {
            StageKind::Entities => (&topics.raw, &topics.entities),
            StageKind::Stance => (&topics.entities, &topics.stance),
            StageKind::Events => (&topics.stance, &topics.events),
        };
        let group_id = format!("{}-{}", config.kafka.group_prefix, stage);
        Self {
            stage,
            input_topic: input.clone(),
            output_topic: output.clone(),
            dlq_topic: topics.dlq.clone(),
            transactional_id: format!("{group_id}-{}", config.kafka.instance_id),
            group_id,
            batch_size: config.worker.batch_size.max(1),
            batch_linger: Duration::from_millis(config.worker.batch_linger_ms),
            limits: Limits {
                max_message_bytes: config.worker.max_message_bytes,
            },
        }
    }
}

/// Shared with the HTTP server: true while partitions are assigned and the producer works.
#[derive(Debug, Clone, Default)]
pub struct Readiness(Arc<AtomicBool>);

impl Readiness {
    pub fn set(&self, stage: StageKind, ready: bool) {
        self.0.store(ready, Ordering::SeqCst);
        metrics::gauge!(Metric::Ready.name(), "stage" => stage.as_str())
            .set(f64::from(u8::from(ready)));
    }
    pub fn is_ready(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

type WorkerConsumer = BaseConsumer<WorkerContext>;
type WorkerProducer = ThreadedProducer<AuthWatch>;

pub struct Worker<'a> {
    stage: &'a dyn Stage,
    settings: WorkerSettings,
    consumer: WorkerConsumer,
    producer: WorkerProducer,
    readiness: Readiness,
}

/// What went wrong with one batch's transaction.
enum BatchFailure {
    /// No transaction was opened: rewind and try again.
    NotStarted(KafkaError),
    /// Abort, rewind to the batch start, try again.
    Abortable(KafkaError),
    Fatal(KafkaError),
}

impl<'a> Worker<'a> {
    pub fn new(
        stage: &'a dyn Stage,
        settings: WorkerSettings,
        config: &Config,
        readiness: Readiness,
    ) -> Result<Self, WorkerError> {
        reject_incremental_rebalancing(config)?;
        let client_id = settings.transactional_id.clone();
        let mut consumer_config = base_config(config, &client_id);
        consumer_config
            .set("group.id", &settings.group_id)
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false")
            .set("isolation.level", "read_committed")
            .set("auto.offset.reset", "earliest")
            .set(
                "session.timeout.ms",
                config.kafka.session_timeout_ms.to_string(),
            )
            .set("statistics.interval.ms", "5000");
        apply_user_properties(&mut consumer_config, config);
        let consumer: WorkerConsumer = consumer_config
            .create_with_context(WorkerContext::new(settings.stage.as_str()))
            .map_err(|source| WorkerError::Client {
                client: "consumer",
                source,
            })?;

        let mut producer_config = base_config(config, &client_id);
        producer_config
            .set("transactional.id", &settings.transactional_id)
            .set("enable.idempotence", "true")
            .set(
                "transaction.timeout.ms",
                config.kafka.transaction_timeout_ms.to_string(),
            )
            .set(
                "queue.buffering.max.messages",
                config.worker.max_in_flight.max(1).to_string(),
            )
            .set("linger.ms", "5");
        apply_user_properties(&mut producer_config, config);
        let producer: WorkerProducer = producer_config
            .create_with_context(AuthWatch::new(config))
            .map_err(|source| WorkerError::Client {
                client: "producer",
                source,
            })?;
        Ok(Self {
            stage,
            settings,
            consumer,
            producer,
            readiness,
        })
    }

    /// Runs until shutdown is requested or a fatal error occurs.
    pub fn run(&self, shutdown: &Shutdown) -> Result<(), WorkerError> {
        let stage = self.settings.stage;
        retry(|| self.producer.init_transactions(TXN_TIMEOUT)).map_err(WorkerError::Fatal)?;
        self.consumer
            .subscribe(&[self.settings.input_topic.as_str()])
            .map_err(WorkerError::Fatal)?;
        tracing::info!(
            %stage,
            input = %self.settings.input_topic,
            output = %self.settings.output_topic,
            transactional_id = %self.settings.transactional_id,
            "worker started"
        );
        let mut consecutive_aborts = 0u32;
        while !shutdown.requested() {
            let batch = self.collect_batch(shutdown);
            self.update_readiness();
            if batch.is_empty() {
                continue;
            }
            let failure = match self.process_batch(&batch) {
                Ok(()) => {
                    consecutive_aborts = 0;
                    continue;
                }
                Err(BatchFailure::Fatal(e)) => return Err(WorkerError::Fatal(e)),
                Err(BatchFailure::NotStarted(e)) => e,
                Err(BatchFailure::Abortable(e)) => {
                    self.abort()?;
                    e
                }
            };
            tracing::warn!(%stage, error = %failure, "batch not committed; retrying it");
            self.rewind(&batch);
            // Back off while the cause (e.g. an unreachable broker) persists.
            consecutive_aborts = consecutive_aborts.saturating_add(1);
            std::thread::sleep(abort_backoff(consecutive_aborts));
        }
        self.readiness.set(stage, false);
        self.consumer.unsubscribe();
        tracing::info!(%stage, "worker stopped");
        Ok(())
    }

    fn update_readiness(&self) {
        let assigned = self
            .consumer
            .assignment()
            .map(|a| a.count() > 0)
            .unwrap_or(false);
        if assigned != self.readiness.is_ready() {
            self.readiness.set(self.settings.stage, assigned);
        }
    }

    /// Polls until the batch is full, the linger time since its first message has passed,
    /// or the consumer goes quiet. Rebalance callbacks run inside `poll`; with the eager
    /// protocol a rebalance resets every assigned partition to its committed offset, so
    /// what was collected before it is dropped here and read again by the partitions'
    /// (possibly new) owner: committing it would duplicate or steal work.
    fn collect_batch(&self, shutdown: &Shutdown) -> Vec<OwnedMessage> {
        let mut batch = Vec::new();
        let mut deadline = Instant::now() + IDLE_POLL;
        while batch.len() < self.settings.batch_size && !shutdown.requested() {
            let wait = deadline.saturating_duration_since(Instant::now());
            if wait.is_zero() {
                break;
            }
            let rebalances = self.consumer.context().rebalances();
            let polled = self.consumer.poll(wait);
            if self.consumer.context().rebalances() != rebalances && !batch.is_empty() {
                tracing::info!(stage = %self.settings.stage, dropped = batch.len(), "rebalance while batching: leaving these to the committed offsets");
                batch.clear();
            }
            match polled {
                None => break,
                Some(Ok(message)) => {
                    if batch.is_empty() {
                        deadline = Instant::now() + self.settings.batch_linger;
                    }
                    batch.push(message.detach());
                }
                Some(Err(e)) => {
                    tracing::warn!(stage = %self.settings.stage, error = %e, "consumer error")
                }
            }
        }
        batch
    }

    fn process_batch(&self, batch: &[OwnedMessage]) -> Result<(), BatchFailure> {
        let stage = self.settings.stage.as_str();
        let opened = Instant::now();
        self.producer
            .begin_transaction()
            .map_err(|e| match classify(e) {
                BatchFailure::Abortable(e) => BatchFailure::NotStarted(e),
                other => other,
            })?;
        let mut tally = BatchTally::default();
        for message in batch {
            let started = Instant::now();
            self.process_message(message, &mut tally)?;
            metrics::histogram!(Metric::ProcessingSeconds.name(), "stage" => stage)
                .record(started.elapsed().as_secs_f64());
        }
        let group = self
            .consumer
            .group_metadata()
            .ok_or_else(|| BatchFailure::Abortable(KafkaError::Global(RDKafkaErrorCode::State)))?;
        let offsets = next_offsets(batch).map_err(BatchFailure::Abortable)?;
        retry(|| {
            self.producer
                .send_offsets_to_transaction(&offsets, &group, TXN_TIMEOUT)
        })
        .map_err(classify)?;
        wait_for_deliveries(&self.producer, TXN_TIMEOUT).map_err(BatchFailure::Abortable)?;
        retry(|| self.producer.commit_transaction(TXN_TIMEOUT)).map_err(classify)?;
        metrics::histogram!(Metric::TransactionSeconds.name(), "stage" => stage)
            .record(opened.elapsed().as_secs_f64());
        tally.record(stage, batch.len());
        Ok(())
    }

    fn process_message(
        &self,
        message: &OwnedMessage,
        tally: &mut BatchTally,
    ) -> Result<(), BatchFailure> {
        let _span = tracing::debug_span!(
            "message",
            stage = %self.settings.stage,
            partition = message.partition(),
            offset = message.offset()
        )
        .entered();
        let record = Record {
            key: message.key(),
            payload: message.payload().unwrap_or_default(),
            timestamp_ms: message.timestamp().to_millis(),
        };
        match run_stage(self.stage, self.settings.limits, &record) {
            Ok(outputs) => match self.send_outputs(&outputs) {
                Ok(()) => {
                    tally.outputs += outputs.len();
                    tally.events.extend(outputs.iter().filter_map(|o| o.event));
                }
                // An output Kafka refuses (e.g. larger than message.max.bytes) would fail
                // every retry: dead-letter its input instead of looping on it.
                Err(e) if is_permanent_send_error(&e) => {
                    let reason = format!("output rejected by Kafka: {e}");
                    self.dead_letter(message, "output_rejected", &reason)?;
                    tally.dead_lettered.push("output_rejected");
                }
                Err(e) => return Err(classify(e)),
            },
            Err(error) => {
                tracing::debug!(stage = %self.settings.stage, %error, offset = message.offset(), "dead-lettering");
                self.dead_letter(message, error.kind(), &error.to_string())?;
                tally.dead_lettered.push(error.kind());
            }
        }
        Ok(())
    }

    fn send_outputs(&self, outputs: &[Output]) -> Result<(), KafkaError> {
        for output in outputs {
            let record = BaseRecord::to(&self.settings.output_topic)
                .key(output.key.as_slice())
                .payload(output.payload.as_slice());
            send(&self.producer, record)?;
        }
        Ok(())
    }

    fn dead_letter(
        &self,
        message: &OwnedMessage,
        kind: &str,
        reason: &str,
    ) -> Result<(), BatchFailure> {
        let partition = message.partition().to_string();
        let offset = message.offset().to_string();
        let headers = OwnedHeaders::new()
            .insert(header("demarche-error", reason))
            .insert(header("demarche-error-kind", kind))
            .insert(header("demarche-stage", self.settings.stage.as_str()))
            .insert(header("demarche-original-topic", message.topic()))
            .insert(header("demarche-original-partition", &partition))
            .insert(header("demarche-original-offset", &offset));
        let payload = message.payload().unwrap_or_default();
        let mut record = BaseRecord::to(&self.settings.dlq_topic)
            .payload(payload)
            .headers(headers);
        if let Some(key) = message.key() {
            record = record.key(key);
        }
        send(&self.producer, record).map_err(classify)
    }

    fn abort(&self) -> Result<(), WorkerError> {
        metrics::counter!(Metric::Transactions.name(), "stage" => self.settings.stage.as_str(), "outcome" => "aborted").increment(1);
        retry(|| self.producer.abort_transaction(TXN_TIMEOUT)).map_err(WorkerError::Fatal)
    }

    /// Seeks each partition of the batch back to its first message, to process it again.
    fn rewind(&self, batch: &[OwnedMessage]) {
        for (topic, partition, offset) in first_offsets(batch) {
            if let Err(e) =
                self.consumer
                    .seek(&topic, partition, Offset::Offset(offset), TXN_TIMEOUT)
            {
                // The partition may have been revoked meanwhile; its new owner reads from
                // the committed offset, so nothing is lost.
                tracing::warn!(%topic, partition, error = %e, "cannot rewind partition");
            }
        }
    }
}

/// Batches dropped at a rebalance are re-read because the eager protocol resets every
/// partition to its committed offset; incremental protocols keep positions, so they would
/// lose those messages. Refuse them rather than lose data.
fn reject_incremental_rebalancing(config: &Config) -> Result<(), WorkerError> {
    let property = |key: &str| {
        config
            .kafka
            .properties
            .get(key)
            .map(|v| v.to_ascii_lowercase())
    };
    if property("partition.assignment.strategy").is_some_and(|v| v.contains("cooperative")) {
        return Err(WorkerError::Unsupported(
            "partition.assignment.strategy=cooperative-sticky: workers need an eager assignor (range, roundrobin)".into(),
        ));
    }
    if property("group.protocol").is_some_and(|v| v == "consumer") {
        return Err(WorkerError::Unsupported(
            "group.protocol=consumer (KIP-848 incremental rebalancing): use the classic protocol"
                .into(),
        ));
    }
    Ok(())
}

fn header<'a>(key: &'a str, value: &'a str) -> Header<'a, &'a str> {
    Header {
        key,
        value: Some(value),
    }
}

/// Sends, waiting while the bounded producer queue is full.
fn send<'a>(
    producer: &WorkerProducer,
    mut record: BaseRecord<'a, [u8], [u8]>,
) -> Result<(), KafkaError> {
    loop {
        match producer.send(record) {
            Ok(()) => return Ok(()),
            Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), returned)) => {
                record = returned;
                std::thread::sleep(Duration::from_millis(5));
            }
            Err((e, _)) => return Err(e),
        }
    }
}

/// rdkafka's `commit_transaction` flushes first, polling in 100 ms steps; on a
/// `ThreadedProducer`, whose own thread takes the delivery reports, each step waits out
/// its full 100 ms. Waiting here for the queue to drain first keeps a commit at network
/// speed (measured: ~101 ms → a few ms per transaction).
fn wait_for_deliveries(producer: &WorkerProducer, timeout: Duration) -> Result<(), KafkaError> {
    let deadline = Instant::now() + timeout;
    while producer.in_flight_count() > 0 {
        if Instant::now() >= deadline {
            return Err(KafkaError::Flush(RDKafkaErrorCode::OperationTimedOut));
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    Ok(())
}

fn is_permanent_send_error(e: &KafkaError) -> bool {
    matches!(
        e,
        KafkaError::MessageProduction(
            RDKafkaErrorCode::MessageSizeTooLarge | RDKafkaErrorCode::InvalidMessageSize
        )
    )
}

/// 100 ms after the first abort in a row, doubling up to 5 s.
fn abort_backoff(consecutive_aborts: u32) -> Duration {
    let exponent = consecutive_aborts.saturating_sub(1).min(6);
    Duration::from_millis(100 << exponent).min(Duration::from_secs(5))
}

/// Retries librdkafka calls whose error says a retry may succeed.
fn retry(mut call: impl FnMut() -> Result<(), KafkaError>) -> Result<(), KafkaError> {
    let mut attempt = 0;
    loop {
        match call() {
            Err(KafkaError::Transaction(e)) if e.is_retriable() && attempt < RETRIES => {
                attempt += 1;
                std::thread::sleep(Duration::from_millis(100 << attempt));
            }
            result => return result,
        }
    }
}

fn classify(e: KafkaError) -> BatchFailure {
    match &e {
        KafkaError::Transaction(rd) if rd.is_fatal() => BatchFailure::Fatal(e),
        KafkaError::Transaction(rd) if rd.txn_requires_abort() || rd.is_retriable() => {
            BatchFailure::Abortable(e)
        }
        KafkaError::Transaction(_) => BatchFailure::Fatal(e),
        _ => BatchFailure::Abortable(e),
    }
}

/// Offset after the last message of each partition in the batch.
fn next_offsets(batch: &[OwnedMessage]) -> Result<TopicPartitionList, KafkaError> {
    let mut highest: BTreeMap<(String, i32), i64> = BTreeMap::new();
    for m in batch {
        let entry = highest
            .entry((m.topic().to_string(), m.partition()))
            .or_insert(m.offset());
        *entry = (*entry).max(m.offset());
    }
    let mut list = TopicPartitionList::new();
    for ((topic, partition), offset) in highest {
        list.add_partition_offset(&topic, partition, Offset::Offset(offset + 1))?;
    }
    Ok(list)
}

/// First offset of each partition in the batch: where to rewind after an abort.
fn first_offsets(batch: &[OwnedMessage]) -> Vec<(String, i32, i64)> {
    let mut lowest: BTreeMap<(String, i32), i64> = BTreeMap::new();
    for m in batch {
        let entry = lowest
            .entry((m.topic().to_string(), m.partition()))
            .or_insert(m.offset());
        *entry = (*entry).min(m.offset());
    }
    lowest
        .into_iter()
        .map(|((topic, partition), offset)| (topic, partition, offset))
        .collect()
}

/// What one batch did, recorded only once its transaction committed.
#[derive(Default)]
struct BatchTally {
    outputs: usize,
    events: Vec<EventMeta>,
    dead_lettered: Vec<&'static str>,
}

impl BatchTally {
    fn record(&self, stage: &'static str, batch_len: usize) {
        metrics::counter!(Metric::Transactions.name(), "stage" => stage, "outcome" => "committed")
            .increment(1);
        metrics::histogram!(Metric::BatchSize.name(), "stage" => stage).record(batch_len as f64);
        metrics::counter!(Metric::MessagesIn.name(), "stage" => stage).increment(batch_len as u64);
        metrics::counter!(Metric::MessagesOut.name(), "stage" => stage)
            .increment(self.outputs as u64);
        for reason in &self.dead_lettered {
            metrics::counter!(Metric::DeadLettered.name(), "stage" => stage, "reason" => *reason)
                .increment(1);
        }
        let now = crate::stages::now_ms();
        for event in &self.events {
            event.record(now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rdkafka::Timestamp;

    fn message(partition: i32, offset: i64) -> OwnedMessage {
        OwnedMessage::new(
            None,
            None,
            "t".into(),
            Timestamp::NotAvailable,
            partition,
            offset,
            None,
        )
    }

    #[test]
    fn commits_the_offset_after_the_last_message_of_each_partition() {
        let batch = [message(0, 5), message(1, 9), message(0, 7), message(0, 6)];
        let list = next_offsets(&batch).unwrap();
        let offsets: Vec<_> = list
            .elements()
            .iter()
            .map(|e| (e.partition(), e.offset()))
            .collect();
        assert_eq!(
            offsets,
            vec![(0, Offset::Offset(8)), (1, Offset::Offset(10))]
        );
    }

    #[test]
    fn incremental_rebalancing_is_refused() {
        let mut config = Config::default();
        assert!(reject_incremental_rebalancing(&config).is_ok());
        config.kafka.properties.insert(
            "partition.assignment.strategy".into(),
            "cooperative-sticky".into(),
        );
        assert!(matches!(
            reject_incremental_rebalancing(&config),
            Err(WorkerError::Unsupported(_))
        ));
    }

    #[test]
    fn abort_backoff_grows_and_is_capped() {
        assert_eq!(abort_backoff(1), Duration::from_millis(100));
        assert_eq!(abort_backoff(2), Duration::from_millis(200));
        assert_eq!(abort_backoff(30), Duration::from_secs(5));
    }

    #[test]
    fn rewinds_each_partition_to_its_first_message() {
        let batch = [message(0, 5), message(1, 9), message(0, 4)];
        assert_eq!(
            first_offsets(&batch),
            vec![("t".to_string(), 0, 4), ("t".to_string(), 1, 9)]
        );
    }
}
