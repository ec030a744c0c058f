//! A worker's start-up: reach the brokers, then initialise the transactional producer,
//! both within `kafka.startup_timeout_ms`, in short steps that check for shutdown.
//!
//! Before this, a wrong bootstrap address meant ~190 s of repeated librdkafka errors, then
//! "Timed out waiting for operation" naming no broker, and SIGTERM waited for the
//! blocking call. Now the worker fails with one error naming the address and the last
//! thing the client reported, and stops within a step of a signal.

use super::client_log::ClientLog;
use super::Shutdown;
use rdkafka::client::{Client, ClientContext};
use rdkafka::error::KafkaError;
use rdkafka::producer::{Producer, ProducerContext};
use std::time::{Duration, Instant};
use thiserror::Error;

/// Longest single blocking call during start-up: the bound on reacting to SIGTERM.
const STEP: Duration = Duration::from_millis(500);

#[derive(Debug, Error)]
pub enum StartupError {
    #[error(
        "cannot reach Kafka at {bootstrap} within {seconds:.0} s (kafka.startup_timeout_ms): {reason}"
    )]
    Unreachable {
        bootstrap: String,
        seconds: f64,
        reason: String,
    },
    #[error(
        "Kafka at {bootstrap} did not initialise transactions for transactional.id {transactional_id} within {seconds:.0} s (kafka.startup_timeout_ms): {reason}"
    )]
    Transactions {
        bootstrap: String,
        transactional_id: String,
        seconds: f64,
        reason: String,
    },
    #[error("Kafka at {bootstrap} refused to initialise transactions for transactional.id {transactional_id}: {reason}")]
    TransactionsRefused {
        bootstrap: String,
        transactional_id: String,
        reason: String,
    },
}

/// Whether start-up completed or a shutdown request cut it short.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Started {
    Yes,
    Stopped,
}

/// One start-up attempt: a deadline shared by its steps.
pub struct Startup<'a> {
    pub bootstrap: &'a str,
    pub timeout: Duration,
    pub shutdown: &'a Shutdown,
    pub log: &'a ClientLog,
    began: Instant,
}

impl<'a> Startup<'a> {
    pub fn new(
        bootstrap: &'a str,
        timeout: Duration,
        shutdown: &'a Shutdown,
        log: &'a ClientLog,
    ) -> Self {
        Self {
            bootstrap,
            timeout,
            shutdown,
            log,
            began: Instant::now(),
        }
    }

    fn remaining(&self) -> Duration {
        self.timeout.saturating_sub(self.began.elapsed())
    }

    fn seconds(&self) -> f64 {
        self.timeout.as_secs_f64()
    }

    /// The client's last complaint (e.g. "Connect to ipv4#10.0.0.9:9092 failed: Connection
    /// refused") says more than the metadata call's own "timed out".
    fn reason(&self, error: &KafkaError) -> String {
        match self.log.last_error() {
            Some(last) => format!("{last} ({error})"),
            None => error.to_string(),
        }
    }

    /// Waits for a metadata answer about `topic` from any broker.
    pub fn reach_brokers<C: ClientContext>(
        &self,
        client: &Client<C>,
        topic: &str,
    ) -> Result<Started, StartupError> {
        loop {
            if self.shutdown.requested() {
                return Ok(Started::Stopped);
            }
            let step = self.remaining().min(STEP).max(Duration::from_millis(1));
            let error = match client.fetch_metadata(Some(topic), step) {
                Ok(metadata) => {
                    let missing = metadata
                        .topics()
                        .iter()
                        .any(|t| t.name() == topic && t.error().is_some());
                    if missing {
                        tracing::warn!(%topic, "input topic does not exist (yet): the worker waits for it");
                    }
                    return Ok(Started::Yes);
                }
                Err(e) => e,
            };
            if self.remaining().is_zero() {
                return Err(StartupError::Unreachable {
                    bootstrap: self.bootstrap.to_string(),
                    seconds: self.seconds(),
                    reason: self.reason(&error),
                });
            }
        }
    }

    /// `init_transactions` in short calls: librdkafka resumes the pending initialisation
    /// when a timed-out call is repeated.
    pub fn init_transactions<C: ProducerContext>(
        &self,
        producer: &impl Producer<C>,
        transactional_id: &str,
    ) -> Result<Started, StartupError> {
        loop {
            if self.shutdown.requested() {
                return Ok(Started::Stopped);
            }
            let step = self.remaining().min(STEP).max(Duration::from_millis(1));
            let error = match producer.init_transactions(step) {
                Ok(()) => return Ok(Started::Yes),
                Err(e) => e,
            };
            let retriable = matches!(&error, KafkaError::Transaction(rd) if rd.is_retriable());
            if !retriable {
                return Err(StartupError::TransactionsRefused {
                    bootstrap: self.bootstrap.to_string(),
                    transactional_id: transactional_id.to_string(),
                    reason: error.to_string(),
                });
            }
            if self.remaining().is_zero() {
                return Err(StartupError::Transactions {
                    bootstrap: self.bootstrap.to_string(),
                    transactional_id: transactional_id.to_string(),
                    seconds: self.seconds(),
                    reason: self.reason(&error),
                });
            }
        }
    }
}
