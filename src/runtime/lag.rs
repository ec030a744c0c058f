//! Consumer lag from the group's committed offsets and the partitions' log-end offsets,
//! the definition Kafka's own `kafka-consumer-groups --describe` uses.
//!
//! Workers commit offsets through their transactions (`send_offsets_to_transaction`), so
//! the consumer's statistics never see those commits: lag computed from them was missing
//! for a fresh group and frozen after a restart. A separate, never-subscribed client owned
//! by one background thread asks the group coordinator instead, every
//! `telemetry.stats_interval_ms`, for the partitions currently assigned; the worker's own
//! consumer is never touched from another thread.

use super::client_log::ClientLog;
use super::health::{PartitionLag, WorkerStatus};
use crate::telemetry::Metric;
use rdkafka::client::ClientContext;
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::{KafkaError, KafkaResult};
use rdkafka::{Offset, TopicPartitionList};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Partitions assigned to a worker, kept current by its rebalance callback.
pub type Assignment = Arc<Mutex<Vec<(String, i32)>>>;

/// One lag query's bound: short, so a broker outage only delays the next refresh.
const QUERY_TIMEOUT: Duration = Duration::from_secs(2);
/// How often the thread wakes to check whether it should stop.
const TICK: Duration = Duration::from_millis(100);

/// Stops the monitor thread when dropped.
pub struct LagMonitor {
    stop: Arc<AtomicBool>,
}

impl Drop for LagMonitor {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

struct LagContext {
    log: Arc<ClientLog>,
}

impl ClientContext for LagContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        self.log.log(level, fac, log_message);
    }
    fn error(&self, error: KafkaError, reason: &str) {
        self.log.error(&error, reason);
    }
}

impl ConsumerContext for LagContext {}

/// Starts measuring. `client` carries the connection settings; the group id is the
/// worker's, so the coordinator answers with the group's committed offsets.
pub fn start(
    mut client: ClientConfig,
    group_id: &str,
    assignment: Assignment,
    status: WorkerStatus,
    interval: Duration,
    log: Arc<ClientLog>,
) -> KafkaResult<LagMonitor> {
    client
        .set("group.id", group_id)
        .set("enable.auto.commit", "false")
        // Log-end offsets, as Kafka's tooling reports them.
        .set("isolation.level", "read_uncommitted");
    let consumer: BaseConsumer<LagContext> = client.create_with_context(LagContext { log })?;
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = stop.clone();
    std::thread::Builder::new()
        .name("lag-monitor".into())
        .spawn(move || {
            let mut next = Instant::now();
            let mut measured: Option<Vec<(String, i32)>> = None;
            while !stopped.load(Ordering::SeqCst) {
                let partitions = assignment.lock().map(|a| a.clone()).unwrap_or_default();
                // A new assignment is measured at once, not up to an interval later.
                if Instant::now() >= next || measured.as_ref() != Some(&partitions) {
                    refresh(&consumer, &partitions, &status);
                    measured = Some(partitions);
                    next = Instant::now() + interval;
                }
                // Serves this client's own callbacks; it has no assignment, so no messages.
                let _ = consumer.poll(TICK);
            }
        })
        .map_err(|e| {
            tracing::error!(error = %e, "cannot start the lag monitor thread");
            KafkaError::Global(rdkafka::types::RDKafkaErrorCode::Fail)
        })?;
    Ok(LagMonitor { stop })
}

fn refresh(
    consumer: &BaseConsumer<LagContext>,
    partitions: &[(String, i32)],
    status: &WorkerStatus,
) {
    match measure(consumer, partitions) {
        Ok(lag) => status.set_lag(lag),
        // Keep the last values: an outage must not read as "no lag".
        Err(e) => tracing::debug!(error = %e, "consumer lag not refreshed"),
    }
}

fn measure(
    consumer: &BaseConsumer<LagContext>,
    partitions: &[(String, i32)],
) -> KafkaResult<Vec<PartitionLag>> {
    if partitions.is_empty() {
        return Ok(Vec::new());
    }
    let mut list = TopicPartitionList::new();
    for (topic, partition) in partitions {
        list.add_partition(topic, *partition);
    }
    let committed = consumer.committed_offsets(list, QUERY_TIMEOUT)?;
    let mut lags = Vec::with_capacity(partitions.len());
    for element in committed.elements() {
        let (topic, partition) = (element.topic(), element.partition());
        let (low, high) = consumer.fetch_watermarks(topic, partition, QUERY_TIMEOUT)?;
        lags.push(PartitionLag {
            topic: topic.to_string(),
            partition,
            lag: lag_of(element.offset(), low, high),
        });
    }
    Ok(lags)
}

/// Messages between the committed offset and the log end. Without a committed offset (a
/// fresh group) or with one below the log start (deleted by retention) the whole
/// retained log is pending.
pub fn lag_of(committed: Offset, low: i64, high: i64) -> i64 {
    let from = match committed {
        Offset::Offset(offset) if offset >= low => offset,
        _ => low,
    };
    (high - from).max(0)
}

/// `demarche_consumer_lag` lines for every worker's current assignment. Rendered here
/// rather than through the recorder so a revoked partition's series disappears instead of
/// freezing at its last value.
pub fn render(statuses: &[WorkerStatus]) -> String {
    let mut text = Metric::ConsumerLag.header();
    for status in statuses {
        let Some(stage) = status.stage() else {
            continue;
        };
        for p in status.lag() {
            let _ = writeln!(
                text,
                "{}{{stage=\"{}\",topic=\"{}\",partition=\"{}\"}} {}",
                Metric::ConsumerLag.name(),
                stage,
                escape(&p.topic),
                p.partition,
                p.lag
            );
        }
    }
    text
}

fn escape(label: &str) -> String {
    label
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lag_counts_from_the_committed_offset_or_the_log_start() {
        assert_eq!(lag_of(Offset::Offset(40), 0, 100), 60);
        assert_eq!(lag_of(Offset::Offset(100), 0, 100), 0);
        assert_eq!(lag_of(Offset::Invalid, 0, 100), 100, "fresh group");
        assert_eq!(
            lag_of(Offset::Invalid, 30, 100),
            70,
            "fresh group, trimmed log"
        );
        assert_eq!(
            lag_of(Offset::Offset(10), 30, 100),
            70,
            "committed below the log start"
        );
    }

    #[test]
    fn renders_one_series_per_assigned_partition() {
        let status = WorkerStatus::default();
        status.configure("stance", Duration::from_secs(60));
        status.set_lag(vec![PartitionLag {
            topic: "articles.entities".into(),
            partition: 3,
            lag: 17,
        }]);
        let text = render(std::slice::from_ref(&status));
        assert!(
            text.contains("# TYPE demarche_consumer_lag gauge\n"),
            "{text}"
        );
        assert!(
            text.contains("demarche_consumer_lag{stage=\"stance\",topic=\"articles.entities\",partition=\"3\"} 17\n"),
            "{text}"
        );
        status.set_lag(Vec::new());
        assert!(
            !render(&[status]).contains("partition="),
            "revoked: no series"
        );
    }
}
