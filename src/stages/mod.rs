//! The pipeline stages as plain, synchronous transforms: one input message in, zero or
//! more output messages out. No Kafka here: the runtime owns I/O, transactions, retries
//! and metrics, and runs the very same code in embedded mode. `registry` declares them.

pub mod alerts;
pub mod article;
pub mod convert;
pub mod entities;
pub mod events;
pub mod registry;
pub mod stance;
pub mod validate;

pub use registry::{MessageType, StageKind, StageSpec, STAGES};
use thiserror::Error;

/// A stable id from its parts: the first 16 bytes of the SHA-256 of the parts, each
/// followed by a unit separator (so `["ab", "c"]` and `["a", "bc"]` differ), in hex. Event
/// ids, story keys and alert ids are the same after any replay, so consumers can
/// de-duplicate on them.
pub fn stable_id(parts: &[&str]) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0x1f]);
    }
    hasher
        .finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// An input message as a stage sees it.
#[derive(Debug, Clone, Copy)]
pub struct Record<'a> {
    pub key: Option<&'a [u8]>,
    pub payload: &'a [u8],
    /// Record timestamp (Unix ms), when the transport has one.
    pub timestamp_ms: Option<i64>,
    /// Input partition (0 in embedded mode): stateful stages keep state per partition.
    pub partition: i32,
}

/// An output message; the runtime decides the topic: the stage's output topic, or for a
/// side output its side topic (`StageSpec::side`).
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    pub key: Vec<u8>,
    pub payload: Vec<u8>,
    /// Set on diplomatic events, for the runtime's metrics.
    pub event: Option<EventMeta>,
    /// `Some(kind)`: a side output (the events stage's coded statements, by kind), written
    /// to the stage's side topic in the same transaction and never passed on to the next
    /// stage; counted by `kind` once committed.
    pub side: Option<&'static str>,
}

/// What the runtime needs to know about an emitted event, without decoding it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EventMeta {
    pub quad_class: i32,
    /// When the raw article entered Kafka (Unix ms); 0 = unknown.
    pub ingested_at_ms: i64,
}

/// The proto enum's name of a QuadClass number (`QUAD_CLASS_VERBAL_COOPERATION`), the
/// label value of the events metric; unknown numbers count as unspecified.
pub fn quad_class_name(quad_class: i32) -> &'static str {
    use crate::proto::v1::QuadClass;
    QuadClass::try_from(quad_class)
        .unwrap_or(QuadClass::Unspecified)
        .as_str_name()
}

/// Why a message cannot be processed. Every variant sends the message to the dead-letter
/// topic; none of them stops the worker.
#[derive(Debug, Error, PartialEq)]
pub enum StageError {
    #[error("invalid JSON: {0}")]
    InvalidJson(String),
    #[error("missing or empty required field `{0}`")]
    MissingField(&'static str),
    #[error("invalid field `{field}`: {reason}")]
    InvalidField { field: &'static str, reason: String },
    #[error("undecodable protobuf {message}: {reason}")]
    UndecodableProtobuf {
        message: &'static str,
        reason: String,
    },
    #[error("message of {size} bytes exceeds the limit of {limit} bytes")]
    Oversized { size: usize, limit: usize },
}

impl StageError {
    /// A short, stable label for metrics and the `demarche-error-kind` header.
    /// Every value [`StageError::kind`] returns (metrics are registered for each at start-up).
    pub const KINDS: [&'static str; 5] = [
        "invalid_json",
        "missing_field",
        "invalid_field",
        "undecodable_protobuf",
        "oversized",
    ];

    pub fn kind(&self) -> &'static str {
        match self {
            StageError::InvalidJson(_) => "invalid_json",
            StageError::MissingField(_) => "missing_field",
            StageError::InvalidField { .. } => "invalid_field",
            StageError::UndecodableProtobuf { .. } => "undecodable_protobuf",
            StageError::Oversized { .. } => "oversized",
        }
    }
}

/// A pipeline stage. `process` is the one required method; the hooks have defaults, so a
/// stateless stage is a function of its input. Stages count nothing themselves: the run
/// loop records every metric once a batch is committed (Arroyo's operator model).
pub trait Stage: Send + Sync {
    fn process(&self, record: &Record<'_>) -> Result<Vec<Output>, StageError>;
    /// `process`, plus one label per item the stage deliberately did not emit (the events
    /// stage: the precision gate's drop reasons), for the runtime to count once committed
    /// on the registry's `skipped_metric`.
    fn process_tallied(
        &self,
        record: &Record<'_>,
    ) -> Result<(Vec<Output>, Vec<&'static str>), StageError> {
        Ok((self.process(record)?, Vec::new()))
    }
    /// Stateful stages: the input partitions now owned, and every committed record of
    /// their changelog partitions, oldest first, to rebuild the state from (replacing it).
    fn restore(&self, _partitions: &[i32], _changelog: &mut dyn Iterator<Item = StateRecord>) {}
    /// The state changes of the open batch, for the runtime to write to the changelog in
    /// the batch's transaction. Called once per batch, after the last `process`.
    fn take_changes(&self) -> Vec<StateRecord> {
        Vec::new()
    }
    /// The open batch committed: its changes are now the state to return to.
    fn committed(&self) {}
    /// The open batch will not commit (aborted, or dropped at a rebalance): forget what it
    /// changed; it will be processed again.
    fn rolled_back(&self) {}
}

/// One changelog record: a state key of an input partition and its value (`None` deletes
/// it; compaction then drops the key).
#[derive(Debug, Clone, PartialEq)]
pub struct StateRecord {
    pub partition: i32,
    pub key: Vec<u8>,
    pub value: Option<Vec<u8>>,
}

/// Decodes a protobuf payload, naming the message type in the error.
pub fn decode<M: prost::Message + Default>(
    payload: &[u8],
    message: &'static str,
) -> Result<M, StageError> {
    M::decode(payload).map_err(|e| StageError::UndecodableProtobuf {
        message,
        reason: e.to_string(),
    })
}

/// Wall-clock time in Unix milliseconds.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Limits applied to every message before a stage sees it, in both runtimes.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_message_bytes: usize,
}

/// Runs one record through a stage, enforcing the limits first. Both runtimes call this,
/// so the embedded mode and the Kafka workers cannot drift apart.
pub fn run_stage(
    stage: &dyn Stage,
    limits: Limits,
    record: &Record<'_>,
) -> Result<Vec<Output>, StageError> {
    Ok(run_stage_tallied(stage, limits, record)?.0)
}

/// `run_stage`, with the labels of what the stage dropped (see `Stage::process_tallied`).
pub fn run_stage_tallied(
    stage: &dyn Stage,
    limits: Limits,
    record: &Record<'_>,
) -> Result<(Vec<Output>, Vec<&'static str>), StageError> {
    if record.payload.len() > limits.max_message_bytes {
        return Err(StageError::Oversized {
            size: record.payload.len(),
            limit: limits.max_message_bytes,
        });
    }
    stage.process_tallied(record)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Echo;

    impl Stage for Echo {
        fn process(&self, record: &Record<'_>) -> Result<Vec<Output>, StageError> {
            Ok(vec![Output {
                key: Vec::new(),
                payload: record.payload.to_vec(),
                event: None,
                side: None,
            }])
        }
    }

    #[test]
    fn each_stage_names_the_protobuf_message_it_writes() {
        use crate::proto::{full_name, v1};
        let names: Vec<&str> = StageKind::ALL
            .iter()
            .map(|k| k.spec().output.full_name())
            .collect();
        assert_eq!(
            names,
            [
                full_name::<v1::ArticleEntities>(),
                full_name::<v1::ArticleStance>(),
                full_name::<v1::DiplomaticEvent>(),
                full_name::<v1::Alert>(),
            ]
        );
    }

    #[test]
    fn messages_over_the_limit_never_reach_the_stage() {
        let limits = Limits {
            max_message_bytes: 4,
        };
        let record = |payload| Record {
            key: None,
            payload,
            timestamp_ms: None,
            partition: 0,
        };
        assert_eq!(run_stage(&Echo, limits, &record(b"1234")).unwrap().len(), 1);
        assert_eq!(
            run_stage(&Echo, limits, &record(b"12345")),
            Err(StageError::Oversized { size: 5, limit: 4 })
        );
    }
}
