//! State changelogs of stateful stages (the alerts stage): a compacted topic partitioned
//! like the stage's input. Written in each batch's transaction by the worker; read back
//! here, `read_committed`, when partitions are assigned.

use super::Shutdown;
use crate::stages::{Stage, StateRecord};
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::Message;
use rdkafka::{ClientConfig, Offset, TopicPartitionList};
use std::collections::BTreeSet;
use std::time::{Duration, Instant};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ChangelogError {
    #[error("cannot read the changelog {topic}: {source}")]
    Kafka {
        topic: String,
        #[source]
        source: KafkaError,
    },
    #[error("the changelog {topic} has no partition {partition}: it needs at least as many partitions as the input topic")]
    MissingPartition { topic: String, partition: i32 },
    #[error("reading the changelog {topic} did not finish within {timeout:?} (partitions left: {left:?})")]
    Timeout {
        topic: String,
        timeout: Duration,
        left: Vec<i32>,
    },
}

/// Rebuilds `stage`'s state of `partitions` from `topic`; false if shutdown came first.
pub fn restore(
    stage: &dyn Stage,
    client: &ClientConfig,
    topic: &str,
    partitions: &[i32],
    shutdown: &Shutdown,
) -> Result<bool, ChangelogError> {
    let started = Instant::now();
    let Some(records) = read(client, topic, partitions, shutdown, RESTORE_TIMEOUT)? else {
        return Ok(false);
    };
    let count = records.len();
    stage.restore(partitions, &mut records.into_iter());
    tracing::info!(%topic, ?partitions, records = count, elapsed_ms = started.elapsed().as_millis() as u64, "state restored");
    Ok(true)
}

/// A restore reads to the last stable offset (records of a dead or fenced worker's open
/// transaction lie beyond it and will be aborted); this only bounds a broker that stops
/// answering meanwhile.
const RESTORE_TIMEOUT: Duration = Duration::from_secs(120);

/// Every committed record of `partitions` of `topic`, oldest first per partition. `None`
/// when shutdown was requested meanwhile.
pub fn read(
    client: &ClientConfig,
    topic: &str,
    partitions: &[i32],
    shutdown: &Shutdown,
    timeout: Duration,
) -> Result<Option<Vec<StateRecord>>, ChangelogError> {
    let kafka = |source| ChangelogError::Kafka {
        topic: topic.to_string(),
        source,
    };
    let mut config = client.clone();
    config
        .set("group.id", format!("{topic}-restore"))
        .set("enable.auto.commit", "false")
        .set("enable.partition.eof", "true")
        .set("isolation.level", "read_committed");
    let consumer: BaseConsumer = config.create().map_err(kafka)?;
    let left = assign_non_empty(&consumer, topic, partitions, shutdown, timeout)?;
    if left.is_empty() {
        return Ok(Some(Vec::new()));
    }
    drain(&consumer, topic, left, shutdown, timeout)
}

/// Assigns the partitions that hold records, from their beginning; returns them.
fn assign_non_empty(
    consumer: &BaseConsumer,
    topic: &str,
    partitions: &[i32],
    shutdown: &Shutdown,
    timeout: Duration,
) -> Result<BTreeSet<i32>, ChangelogError> {
    let kafka = |source| ChangelogError::Kafka {
        topic: topic.to_string(),
        source,
    };
    let mut left = BTreeSet::new();
    let mut assignment = TopicPartitionList::new();
    for &partition in partitions {
        let (low, high) =
            watermarks(consumer, topic, partition, shutdown, timeout).map_err(|e| match e {
                KafkaError::MetadataFetch(RDKafkaErrorCode::UnknownPartition) => {
                    ChangelogError::MissingPartition {
                        topic: topic.to_string(),
                        partition,
                    }
                }
                e => kafka(e),
            })?;
        if high > low {
            left.insert(partition);
            assignment
                .add_partition_offset(topic, partition, Offset::Beginning)
                .map_err(kafka)?;
        }
    }
    if !left.is_empty() {
        consumer.assign(&assignment).map_err(kafka)?;
    }
    Ok(left)
}

/// Reads the assigned partitions to their end; `None` when shutdown is asked for first.
fn drain(
    consumer: &BaseConsumer,
    topic: &str,
    mut left: BTreeSet<i32>,
    shutdown: &Shutdown,
    timeout: Duration,
) -> Result<Option<Vec<StateRecord>>, ChangelogError> {
    let mut records = Vec::new();
    let deadline = Instant::now() + timeout;
    while !left.is_empty() {
        if shutdown.requested() {
            return Ok(None);
        }
        if Instant::now() >= deadline {
            return Err(ChangelogError::Timeout {
                topic: topic.to_string(),
                timeout,
                left: left.into_iter().collect(),
            });
        }
        match consumer.poll(Duration::from_millis(200)) {
            Some(Ok(m)) => records.push(StateRecord {
                partition: m.partition(),
                key: m.key().unwrap_or_default().to_vec(),
                value: m.payload().map(<[u8]>::to_vec),
            }),
            // The end of what is committed: read_committed stops at the last stable offset.
            Some(Err(KafkaError::PartitionEOF(partition))) => {
                left.remove(&partition);
            }
            Some(Err(e)) => tracing::warn!(%topic, error = %e, "changelog read error"),
            None => {}
        }
    }
    Ok(Some(records))
}

/// The partition's low and high offsets. A broker condition that passes (a leader
/// election, a topic created a moment ago, a slow answer) is retried until `timeout`
/// instead of failing the worker that is starting; other errors return at once.
fn watermarks(
    consumer: &BaseConsumer,
    topic: &str,
    partition: i32,
    shutdown: &Shutdown,
    timeout: Duration,
) -> Result<(i64, i64), KafkaError> {
    let deadline = Instant::now() + timeout;
    loop {
        match consumer.fetch_watermarks(topic, partition, Duration::from_secs(10)) {
            Err(e) if transient(&e) && Instant::now() < deadline && !shutdown.requested() => {
                tracing::warn!(%topic, partition, error = %e, "changelog offsets not available yet; retrying");
                std::thread::sleep(Duration::from_millis(250));
            }
            other => return other,
        }
    }
}

/// Errors of a broker that is electing a leader or still creating the topic.
fn transient(e: &KafkaError) -> bool {
    matches!(
        e.rdkafka_error_code(),
        Some(
            RDKafkaErrorCode::NotLeaderForPartition
                | RDKafkaErrorCode::LeaderNotAvailable
                | RDKafkaErrorCode::UnknownTopicOrPartition
                | RDKafkaErrorCode::RequestTimedOut
                | RDKafkaErrorCode::OperationTimedOut
                | RDKafkaErrorCode::BrokerTransportFailure
                | RDKafkaErrorCode::AllBrokersDown
                | RDKafkaErrorCode::NetworkException
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leader_elections_and_new_topics_are_waited_for_a_missing_partition_is_not() {
        for code in [
            RDKafkaErrorCode::NotLeaderForPartition,
            RDKafkaErrorCode::LeaderNotAvailable,
            RDKafkaErrorCode::UnknownTopicOrPartition,
            RDKafkaErrorCode::OperationTimedOut,
        ] {
            assert!(transient(&KafkaError::MetadataFetch(code)), "{code:?}");
        }
        for code in [
            RDKafkaErrorCode::UnknownPartition,
            RDKafkaErrorCode::TopicAuthorizationFailed,
        ] {
            assert!(!transient(&KafkaError::MetadataFetch(code)), "{code:?}");
        }
    }
}
