//! Kafka client construction: one place that turns [`Config`] into librdkafka settings.

use crate::config::Config;
use crate::telemetry::Metric;
use rdkafka::client::ClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, ConsumerContext, Rebalance};
use rdkafka::statistics::Statistics;
use std::sync::atomic::{AtomicU64, Ordering};

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
