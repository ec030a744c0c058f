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
use rdkafka::types::RDKafkaErrorCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

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
    auth: AuthWatch,
}

impl WorkerContext {
    pub fn new(stage: &'static str, auth: AuthWatch) -> Self {
        Self {
            stage,
            rebalances: AtomicU64::new(0),
            assignment: Assignment::default(),
            log: Arc::new(ClientLog::new(stage)),
            auth,
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
        if !self.auth.observe(&error, reason) {
            self.log.error(&error, reason);
        }
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
    auth: AuthWatch,
}

impl WorkerProducerContext {
    pub fn new(stage: &'static str, log: Arc<ClientLog>, auth: AuthWatch) -> Self {
        Self {
            stage,
            log,
            deliveries: DeliveryTracker::default(),
            auth,
        }
    }
}

impl ClientContext for WorkerProducerContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        self.log.log(level, fac, log_message);
    }
    fn error(&self, error: KafkaError, reason: &str) {
        if !self.auth.observe(&error, reason) {
            self.log.error(&error, reason);
        }
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

/// The first authentication failure any watched client saw in this process.
static AUTH_FAILURE: OnceLock<String> = OnceLock::new();

/// A failed SASL authentication (wrong password, unknown user, mechanism the broker does
/// not offer), if one happened. librdkafka retries those forever, so the owner of the
/// clients polls this and stops with the message.
pub fn auth_failure() -> Option<&'static str> {
    AUTH_FAILURE.get().map(String::as_str)
}

/// Client context that turns librdkafka's `Authentication` global error into
/// [`auth_failure`], with a message naming the brokers and the mechanism (never the
/// password). Other errors are logged as rdkafka's default context does.
#[derive(Clone)]
pub struct AuthWatch {
    bootstrap_servers: String,
    mechanism: String,
}

impl AuthWatch {
    pub fn new(config: &Config) -> Self {
        let property = |key: &str, default: &str| {
            config
                .kafka
                .properties
                .get(key)
                .cloned()
                .unwrap_or_else(|| default.to_string())
        };
        Self {
            bootstrap_servers: config.kafka.bootstrap_servers.clone(),
            mechanism: format!(
                "security.protocol={}, sasl.mechanism={}",
                property("security.protocol", "plaintext"),
                property("sasl.mechanism", "GSSAPI")
            ),
        }
    }

    fn message(&self, reason: &str) -> String {
        format!(
            "Kafka authentication failed at {} ({}): {reason}",
            self.bootstrap_servers, self.mechanism
        )
    }
}

impl AuthWatch {
    /// Records an authentication failure (logged once per process); false for any other
    /// error, which the caller logs its own way.
    pub fn observe(&self, error: &KafkaError, reason: &str) -> bool {
        if error.rdkafka_error_code() != Some(RDKafkaErrorCode::Authentication) {
            return false;
        }
        let message = self.message(reason);
        if AUTH_FAILURE.set(message.clone()).is_ok() {
            tracing::error!("{message}");
        }
        true
    }
}

impl ClientContext for AuthWatch {
    fn error(&self, error: KafkaError, reason: &str) {
        if !self.observe(&error, reason) {
            tracing::error!("librdkafka: {error}: {reason}");
        }
    }
}

impl ConsumerContext for AuthWatch {}

impl ProducerContext for AuthWatch {
    type DeliveryOpaque = ();
    fn delivery(&self, _: &DeliveryResult<'_>, _: Self::DeliveryOpaque) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auth_message_names_brokers_and_mechanism_but_no_secret() {
        let mut config = Config::default();
        config.kafka.bootstrap_servers = "kafka-1:9093,kafka-2:9093".into();
        let properties = &mut config.kafka.properties;
        properties.insert("security.protocol".into(), "SASL_SSL".into());
        properties.insert("sasl.mechanism".into(), "SCRAM-SHA-512".into());
        properties.insert("sasl.password".into(), "hunter2".into());
        let message = AuthWatch::new(&config).message("invalid credentials");
        assert!(message.contains("kafka-1:9093,kafka-2:9093"), "{message}");
        assert!(
            message.contains("sasl.mechanism=SCRAM-SHA-512"),
            "{message}"
        );
        assert!(message.contains("invalid credentials"), "{message}");
        assert!(!message.contains("hunter2"), "{message}");
    }
}
