//! Kafka client construction: one place that turns [`Config`] into librdkafka settings.

use crate::config::Config;
use crate::telemetry::Metric;
use rdkafka::client::ClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, ConsumerContext, Rebalance};
use rdkafka::error::KafkaError;
use rdkafka::producer::{DeliveryResult, ProducerContext};
use rdkafka::statistics::Statistics;
use rdkafka::types::RDKafkaErrorCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

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
/// dropped, not committed) and turns librdkafka statistics into lag gauges.
pub struct WorkerContext {
    stage: &'static str,
    rebalances: AtomicU64,
}

impl WorkerContext {
    pub fn new(stage: &'static str) -> Self {
        Self {
            stage,
            rebalances: AtomicU64::new(0),
        }
    }

    pub fn rebalances(&self) -> u64 {
        self.rebalances.load(Ordering::SeqCst)
    }
}

impl ClientContext for WorkerContext {
    fn stats(&self, statistics: Statistics) {
        for (topic, topic_stats) in &statistics.topics {
            for (partition, p) in &topic_stats.partitions {
                if *partition < 0 || p.consumer_lag < 0 {
                    continue;
                }
                metrics::gauge!(
                    Metric::ConsumerLag.name(),
                    "stage" => self.stage,
                    "topic" => topic.clone(),
                    "partition" => partition.to_string()
                )
                .set(p.consumer_lag as f64);
            }
        }
    }
}

impl ConsumerContext for WorkerContext {
    fn post_rebalance(&self, _consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        self.rebalances.fetch_add(1, Ordering::SeqCst);
        match rebalance {
            Rebalance::Assign(list) => {
                tracing::info!(
                    stage = self.stage,
                    partitions = list.count(),
                    "partitions assigned"
                )
            }
            Rebalance::Revoke(list) => {
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

impl ClientContext for AuthWatch {
    fn error(&self, error: KafkaError, reason: &str) {
        if error.rdkafka_error_code() == Some(RDKafkaErrorCode::Authentication) {
            let message = self.message(reason);
            if AUTH_FAILURE.set(message.clone()).is_ok() {
                tracing::error!("{message}");
            }
            return;
        }
        tracing::error!("librdkafka: {error}: {reason}");
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
