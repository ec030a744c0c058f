//! Kafka client construction: one place that turns [`Config`] into librdkafka settings.

use super::client_log::ClientLog;
use super::lag::Assignment;
use super::recovery::DeliveryTracker;
use crate::config::Config;
use crate::telemetry::Metric;
use rdkafka::client::ClientContext;
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::{BaseConsumer, ConsumerContext, Rebalance};
use rdkafka::error::KafkaError;
use rdkafka::producer::{DeliveryResult, ProducerContext};
use rdkafka::statistics::Statistics;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Base settings for every client: bootstrap servers, then user properties last so that
/// SASL/TLS and tuning pass through untouched.
pub fn base_config(config: &Config, client_id: &str) -> ClientConfig {
    let mut client = ClientConfig::new();
    client
        .set("bootstrap.servers", &config.kafka.bootstrap_servers)
        .set("client.id", client_id);
    client
}

pub fn apply_user_properties(client: &mut ClientConfig, config: &Config) {
    for (key, value) in &config.kafka.properties {
        client.set(key, value);
    }
}

/// Consumer context of a worker: counts rebalances (so a batch collected across one is
/// dropped, not committed), keeps the assignment for the lag monitor, and rate-limits
/// librdkafka's logs.
pub struct WorkerContext {
    stage: &'static str,
    rebalances: AtomicU64,
    assignment: Assignment,
    log: Arc<ClientLog>,
}

impl WorkerContext {
    pub fn new(stage: &'static str) -> Self {
        Self {
            stage,
            rebalances: AtomicU64::new(0),
            assignment: Assignment::default(),
            log: Arc::new(ClientLog::new(stage)),
        }
    }

    pub fn rebalances(&self) -> u64 {
        self.rebalances.load(Ordering::SeqCst)
    }

    pub fn assignment(&self) -> Assignment {
        self.assignment.clone()
    }

    /// Shared with the worker's other clients, so start-up errors see every complaint.
    pub fn log(&self) -> Arc<ClientLog> {
        self.log.clone()
    }

    fn set_assignment(&self, partitions: Vec<(String, i32)>) {
        if let Ok(mut assignment) = self.assignment.lock() {
            *assignment = partitions;
        }
    }
}

impl ClientContext for WorkerContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        self.log.log(level, fac, log_message);
    }
    fn error(&self, error: KafkaError, reason: &str) {
        self.log.error(&error, reason);
    }
}

impl ConsumerContext for WorkerContext {
    fn post_rebalance(&self, _consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        self.rebalances.fetch_add(1, Ordering::SeqCst);
        match rebalance {
            Rebalance::Assign(list) => {
                metrics::counter!(Metric::Rebalances.name(), "stage" => self.stage).increment(1);
                self.set_assignment(
                    list.elements()
                        .iter()
                        .map(|e| (e.topic().to_string(), e.partition()))
                        .collect(),
                );
                tracing::info!(
                    stage = self.stage,
                    partitions = list.count(),
                    "partitions assigned"
                )
            }
            Rebalance::Revoke(list) => {
                self.set_assignment(Vec::new());
                tracing::info!(
                    stage = self.stage,
                    partitions = list.count(),
                    "partitions revoked"
                )
            }
            Rebalance::Error(e) => {
                tracing::warn!(stage = self.stage, error = %e, "rebalance error")
            }
        }
    }
}

/// Producer context of a worker: the queue-depth gauge from librdkafka statistics, the
/// same rate-limited logs as its consumer, and the deliveries Kafka refused for good.
pub struct WorkerProducerContext {
    stage: &'static str,
    log: Arc<ClientLog>,
    pub deliveries: DeliveryTracker,
}

impl WorkerProducerContext {
    pub fn new(stage: &'static str, log: Arc<ClientLog>) -> Self {
        Self {
            stage,
            log,
            deliveries: DeliveryTracker::default(),
        }
    }
}

impl ClientContext for WorkerProducerContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        self.log.log(level, fac, log_message);
    }
    fn error(&self, error: KafkaError, reason: &str) {
        self.log.error(&error, reason);
    }
    fn stats(&self, statistics: Statistics) {
        metrics::gauge!(Metric::ProducerQueue.name(), "stage" => self.stage)
            .set(statistics.msg_cnt as f64);
    }
}

impl ProducerContext for WorkerProducerContext {
    /// The input's index in the batch and what the send was (`recovery::opaque`).
    type DeliveryOpaque = usize;
    fn delivery(&self, result: &DeliveryResult<'_>, opaque: usize) {
        self.deliveries.record(result, opaque);
    }
}
