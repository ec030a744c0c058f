//! A batch's bookkeeping: the offsets its transaction commits, where to rewind it, and
//! what it did (counted only once committed).

use super::recovery::Coord;
use super::series;
use crate::stages::{EventMeta, StageKind};
use crate::telemetry::Metric;
use rdkafka::error::KafkaError;
use rdkafka::message::Message;
use rdkafka::{Offset, TopicPartitionList};
use std::collections::BTreeMap;

/// Offset after the last message of each partition in the batch.
pub fn next_offsets<M: Message>(batch: &[M]) -> Result<TopicPartitionList, KafkaError> {
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

/// First offset of each partition among the messages at `coords`: where to rewind after
/// an abort (a pipelined worker passes the failed batch and the one read while it
/// committed).
pub fn first_offsets(coords: impl IntoIterator<Item = Coord>) -> Vec<Coord> {
    let mut lowest: BTreeMap<(String, i32), i64> = BTreeMap::new();
    for (topic, partition, offset) in coords {
        let entry = lowest.entry((topic, partition)).or_insert(offset);
        *entry = (*entry).min(offset);
    }
    lowest
        .into_iter()
        .map(|((topic, partition), offset)| (topic, partition, offset))
        .collect()
}

/// What one batch did, recorded only once its transaction committed.
#[derive(Default)]
pub struct BatchTally {
    pub outputs: usize,
    pub events: Vec<EventMeta>,
    /// What the stage did not emit, one label each (the precision gate's reasons, late
    /// events), counted on the registry's `skipped_metric`.
    pub events_dropped: Vec<&'static str>,
    /// The kind of each side output written (the events stage's coded statements).
    pub statements: Vec<&'static str>,
    pub dead_lettered: Vec<&'static str>,
}

impl BatchTally {
    /// Counts the committed batch under the worker's `label`; `kind`, its (last) stage,
    /// says which metric counts what the stage did not emit.
    pub fn record(&self, stage: &'static str, kind: StageKind, batch_len: usize) {
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
        if let Some(metric) = kind.spec().skipped_metric {
            for reason in &self.events_dropped {
                metrics::counter!(metric.name(), "reason" => *reason).increment(1);
            }
        }
        for kind in &self.statements {
            metrics::counter!(Metric::StatementsEmitted.name(), "kind" => *kind).increment(1);
        }
        let now = crate::stages::now_ms();
        for event in &self.events {
            series::record_event(event, now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::recovery::coord;
    use rdkafka::message::OwnedMessage;
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
    fn rewinds_each_partition_to_its_first_message() {
        let batch = [message(0, 5), message(1, 9), message(0, 4)];
        assert_eq!(
            first_offsets(batch.iter().map(coord)),
            vec![("t".to_string(), 0, 4), ("t".to_string(), 1, 9)]
        );
    }

    #[test]
    fn a_failed_pipelined_commit_rewinds_the_later_batch_too() {
        // Batch N read partitions 0 and 1; N+1, read while N committed, also partition 2.
        let failed = [message(0, 5), message(1, 9)];
        let later = [message(0, 6), message(2, 3)];
        let coords = failed.iter().chain(&later).map(coord);
        assert_eq!(
            first_offsets(coords),
            vec![
                ("t".to_string(), 0, 5),
                ("t".to_string(), 1, 9),
                ("t".to_string(), 2, 3)
            ]
        );
    }
}
