//! Bounds on what a worker holds at once, so large articles cannot push it past its
//! memory budget (150 MB RSS per worker). librdkafka's defaults are sized for throughput
//! on big machines: a consumer may prefetch 64 MiB per client and fetch 50 MiB at a time,
//! and a producer may queue 1 GiB. These defaults are applied before the user's
//! `kafka.properties`, which still override them.

use crate::config::Config;
use rdkafka::ClientConfig;

/// Consumer prefetch queue (`queued.max.messages.kbytes`): a soft limit, fetching
/// continues while below it, so one message larger than this still arrives. Measured with
/// 400 articles of 600-700 KB among 2,000 (scripts/bench_poison.py memory): 8 MiB halves
/// the throughput on large articles, 16 MiB costs ~25 % of it, 32 MiB none but +25 MB RSS.
const CONSUMER_QUEUE_KBYTES: usize = 16 * 1024;
/// Largest fetch response (`fetch.max.bytes`); a larger single message is still returned.
const FETCH_MAX_BYTES: usize = 16 * 1024 * 1024;
/// Producer queue floor (`queue.buffering.max.kbytes`); raised to hold at least two
/// messages of `message.max.bytes`, or a large output could never be queued.
const PRODUCER_QUEUE_KBYTES: usize = 16 * 1024;
/// Input bytes in one batch: beyond this the batch is closed early. Outputs of a batch
/// stay queued until it commits, so this bounds them too.
const BATCH_MAX_BYTES: usize = 8 * 1024 * 1024;

pub fn bound_consumer(client: &mut ClientConfig) {
    client
        .set(
            "queued.max.messages.kbytes",
            CONSUMER_QUEUE_KBYTES.to_string(),
        )
        .set("fetch.max.bytes", FETCH_MAX_BYTES.to_string());
}

pub fn bound_producer(client: &mut ClientConfig, config: &Config) {
    let message_max_kbytes = config
        .kafka
        .properties
        .get("message.max.bytes")
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(1_000_000)
        .div_ceil(1024);
    let kbytes = PRODUCER_QUEUE_KBYTES.max(2 * message_max_kbytes);
    client.set("queue.buffering.max.kbytes", kbytes.to_string());
}

/// Input bytes after which a batch is closed (at least one message always fits).
pub fn batch_max_bytes(config: &Config) -> usize {
    BATCH_MAX_BYTES.max(config.worker.max_message_bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn producer_queue_holds_two_of_the_largest_messages() {
        let mut config = Config::default();
        let mut client = ClientConfig::new();
        bound_producer(&mut client, &config);
        assert_eq!(client.get("queue.buffering.max.kbytes"), Some("16384"));
        config
            .kafka
            .properties
            .insert("message.max.bytes".into(), "20000000".into());
        bound_producer(&mut client, &config);
        assert_eq!(client.get("queue.buffering.max.kbytes"), Some("39064"));
    }
}
