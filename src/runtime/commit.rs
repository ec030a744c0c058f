//! The second half of a batch's transaction: its consumed offsets, the deliveries of its
//! records, the commit. It needs only the producer, so a pipelined worker runs it on
//! another thread while its own thread reads the next batch and runs the stages over it.

use super::producer::{retry, wait_for_deliveries, WorkerProducer};
use crate::telemetry::Metric;
use rdkafka::consumer::ConsumerGroupMetadata;
use rdkafka::error::KafkaError;
use rdkafka::producer::Producer;
use rdkafka::TopicPartitionList;
use std::time::{Duration, Instant};

pub const TXN_TIMEOUT: Duration = Duration::from_secs(30);

/// What went wrong with one batch's transaction.
pub enum BatchFailure {
    /// No transaction was opened: rewind and try again.
    NotStarted(KafkaError),
    /// Abort, rewind to the batch start, try again.
    Abortable(KafkaError),
    Fatal(KafkaError),
    /// Not even a minimal dead letter could be written: stop.
    Unwritable(Box<super::recovery::Unwritable>),
}

pub fn classify(e: KafkaError) -> BatchFailure {
    match &e {
        KafkaError::Transaction(rd) if rd.is_fatal() => BatchFailure::Fatal(e),
        KafkaError::Transaction(rd) if rd.txn_requires_abort() || rd.is_retriable() => {
            BatchFailure::Abortable(e)
        }
        KafkaError::Transaction(_) => BatchFailure::Fatal(e),
        _ => BatchFailure::Abortable(e),
    }
}

/// An open transaction with every record of its batch sent: what its commit needs.
pub struct Commit {
    pub offsets: TopicPartitionList,
    pub group: ConsumerGroupMetadata,
    pub opened: Instant,
    pub messages: usize,
}

/// Sends the offsets, waits for the deliveries and commits.
pub fn close(
    producer: &WorkerProducer,
    commit: &Commit,
    stage: &'static str,
) -> Result<(), BatchFailure> {
    let opened = commit.opened;
    let t_sent = opened.elapsed();
    retry(|| producer.send_offsets_to_transaction(&commit.offsets, &commit.group, TXN_TIMEOUT))
        .map_err(classify)?;
    let t_off = opened.elapsed();
    wait_for_deliveries(producer, TXN_TIMEOUT).map_err(BatchFailure::Abortable)?;
    let t_del = opened.elapsed();
    retry(|| producer.commit_transaction(TXN_TIMEOUT)).map_err(classify)?;
    // Where a transaction's time goes (RUST_LOG=demarche=debug), for latency work.
    tracing::debug!(stage, messages = commit.messages, ?t_sent, ?t_off, ?t_del, total = ?opened.elapsed(), "transaction committed");
    metrics::histogram!(Metric::TransactionSeconds.name(), "stage" => stage)
        .record(opened.elapsed().as_secs_f64());
    Ok(())
}
