//! The worker's transactional producer: creation, sends that wait out a full queue,
//! waiting for deliveries, retries, and which fatal errors a fresh producer gets past.

use super::client_log::ClientLog;
use super::clients::{AuthWatch, WorkerProducerContext};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::producer::{BaseRecord, Producer, ThreadedProducer};
use rdkafka::ClientConfig;
use std::sync::Arc;
use std::time::Duration;

const RETRIES: u32 = 5;

pub type WorkerProducer = ThreadedProducer<WorkerProducerContext>;

pub fn create_producer(
    config: &ClientConfig,
    label: &'static str,
    log: &Arc<ClientLog>,
    auth: &AuthWatch,
) -> Result<WorkerProducer, KafkaError> {
    config.create_with_context(WorkerProducerContext::new(label, log.clone(), auth.clone()))
}

/// Fatal transaction errors a fresh producer gets past. Not these: being fenced means
/// another worker took over this transactional id (a new producer would fence it back),
/// and a refused authorisation stays refused.
pub fn renewable(error: &KafkaError) -> bool {
    let KafkaError::Transaction(rd) = error else {
        return false;
    };
    !matches!(
        rd.code(),
        RDKafkaErrorCode::ProducerFenced
            | RDKafkaErrorCode::InvalidProducerEpoch
            | RDKafkaErrorCode::TransactionalIdAuthorizationFailed
            | RDKafkaErrorCode::ClusterAuthorizationFailed
            | RDKafkaErrorCode::Fenced
    )
}

pub fn fenced(error: &KafkaError) -> bool {
    matches!(error, KafkaError::Transaction(rd) if matches!(
        rd.code(),
        RDKafkaErrorCode::ProducerFenced | RDKafkaErrorCode::InvalidProducerEpoch | RDKafkaErrorCode::Fenced
    ))
}

/// Sends, waiting while the bounded producer queue is full. A message the empty queue
/// cannot hold never will be held: that is reported as too large, not waited on.
pub fn send<'a>(
    producer: &WorkerProducer,
    mut record: BaseRecord<'a, [u8], [u8], usize>,
) -> Result<(), KafkaError> {
    loop {
        match producer.send(record) {
            Ok(()) => return Ok(()),
            Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), _))
                if producer.in_flight_count() == 0 =>
            {
                return Err(KafkaError::MessageProduction(
                    RDKafkaErrorCode::MessageSizeTooLarge,
                ))
            }
            Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), returned)) => {
                record = returned;
                std::thread::sleep(Duration::from_millis(5));
            }
            Err((e, _)) => return Err(e),
        }
    }
}

/// Waits until every queued message is delivered or failed. rdkafka's `flush` (and
/// `commit_transaction`, which flushes first) polls in 100 ms steps, and on a
/// `ThreadedProducer`, whose own thread takes the delivery reports, each step waits out its
/// full 100 ms. librdkafka's own `rd_kafka_flush` in the event mode rdkafka uses only
/// waits on a condition variable for the message count to reach zero, and treats
/// `linger.ms` as elapsed meanwhile, so lingering outputs leave at once: a commit
/// costs network round trips, not linger or polling steps.
pub fn wait_for_deliveries(producer: &WorkerProducer, timeout: Duration) -> Result<(), KafkaError> {
    let millis = i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX);
    // SAFETY: the pointer is `producer`'s live librdkafka handle, borrowed for the call;
    // rd_kafka_flush may be called from any thread.
    let code = unsafe { rdkafka::bindings::rd_kafka_flush(producer.client().native_ptr(), millis) };
    match RDKafkaErrorCode::from(code) {
        RDKafkaErrorCode::NoError => Ok(()),
        error => Err(KafkaError::Flush(error)),
    }
}

/// Retries librdkafka calls whose error says a retry may succeed.
pub fn retry(mut call: impl FnMut() -> Result<(), KafkaError>) -> Result<(), KafkaError> {
    let mut attempt = 0;
    loop {
        match call() {
            Err(KafkaError::Transaction(e)) if e.is_retriable() && attempt < RETRIES => {
                attempt += 1;
                // A slow coordinator can hold each attempt for the whole transaction
                // timeout: say so, or the worker looks stalled for minutes.
                tracing::warn!(attempt, error = %e, "transaction call failed; retrying");
                std::thread::sleep(Duration::from_millis(100 << attempt));
            }
            result => return result,
        }
    }
}
