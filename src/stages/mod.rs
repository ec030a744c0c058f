//! The three pipeline stages as plain, synchronous transforms: one input message in,
//! zero or more output messages out. No Kafka here: the runtime owns I/O, transactions,
//! retries and metrics, and runs the very same code in embedded mode.

pub mod article;
pub mod convert;
pub mod entities;
pub mod events;
pub mod stance;
pub mod validate;

use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// An input message as a stage sees it.
#[derive(Debug, Clone, Copy)]
pub struct Record<'a> {
    pub key: Option<&'a [u8]>,
    pub payload: &'a [u8],
    /// Record timestamp (Unix ms), when the transport has one.
    pub timestamp_ms: Option<i64>,
}

/// An output message; the runtime decides the topic (each stage has one output topic).
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    pub key: Vec<u8>,
    pub payload: Vec<u8>,
    /// Set on diplomatic events, for the runtime's metrics.
    pub event: Option<EventMeta>,
}

/// What the runtime needs to know about an emitted event, without decoding it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EventMeta {
    pub quad_class: i32,
    /// When the raw article entered Kafka (Unix ms); 0 = unknown.
    pub ingested_at_ms: i64,
}

impl EventMeta {
    /// Records the event metrics; called once the event is safely written.
    pub fn record(&self, now_ms: i64) {
        use crate::telemetry::Metric;
        metrics::counter!(Metric::EventsEmitted.name(), "quad_class" => quad_class_name(self.quad_class))
            .increment(1);
        if self.ingested_at_ms > 0 && now_ms >= self.ingested_at_ms {
            metrics::histogram!(Metric::EndToEndSeconds.name())
                .record((now_ms - self.ingested_at_ms) as f64 / 1000.0);
        }
    }
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

/// The pipeline's stages, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StageKind {
    Entities,
    Stance,
    Events,
}

impl StageKind {
    pub const ALL: [StageKind; 3] = [StageKind::Entities, StageKind::Stance, StageKind::Events];

    pub fn as_str(&self) -> &'static str {
        match self {
            StageKind::Entities => "entities",
            StageKind::Stance => "stance",
            StageKind::Events => "events",
        }
    }

    /// Full protobuf name of the message the stage writes (`demarche.v1.DiplomaticEvent`).
    pub fn output_message(&self) -> String {
        use crate::proto::{full_name, v1};
        match self {
            StageKind::Entities => full_name::<v1::ArticleEntities>(),
            StageKind::Stance => full_name::<v1::ArticleStance>(),
            StageKind::Events => full_name::<v1::DiplomaticEvent>(),
        }
    }
}

impl fmt::Display for StageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for StageKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        StageKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("unknown stage `{s}` (entities, stance, events)"))
    }
}

/// A pipeline stage: a pure function of its input message, given the loaded extractor.
pub trait Stage: Send + Sync {
    fn kind(&self) -> StageKind;
    fn process(&self, record: &Record<'_>) -> Result<Vec<Output>, StageError>;
    /// `process`, plus one label per item the stage deliberately did not emit (the events
    /// stage: the precision gate's drop reasons), for the runtime to count once committed.
    fn process_tallied(
        &self,
        record: &Record<'_>,
    ) -> Result<(Vec<Output>, Vec<&'static str>), StageError> {
        Ok((self.process(record)?, Vec::new()))
    }
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

/// Builds the stage of a kind around a shared extractor.
pub fn build(
    kind: StageKind,
    extractor: std::sync::Arc<crate::nlp::Extractor>,
    min_confidence: f32,
) -> Box<dyn Stage> {
    match kind {
        StageKind::Entities => Box::new(entities::EntitiesStage::new(extractor)),
        StageKind::Stance => Box::new(stance::StanceStage::new(extractor)),
        StageKind::Events => Box::new(events::EventsStage::new(extractor, min_confidence)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Echo;

    impl Stage for Echo {
        fn kind(&self) -> StageKind {
            StageKind::Entities
        }
        fn process(&self, record: &Record<'_>) -> Result<Vec<Output>, StageError> {
            Ok(vec![Output {
                key: Vec::new(),
                payload: record.payload.to_vec(),
                event: None,
            }])
        }
    }

    #[test]
    fn each_stage_names_the_protobuf_message_it_writes() {
        let names: Vec<String> = StageKind::ALL.iter().map(|k| k.output_message()).collect();
        assert_eq!(
            names,
            [
                "demarche.v1.ArticleEntities",
                "demarche.v1.ArticleStance",
                "demarche.v1.DiplomaticEvent"
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
        };
        assert_eq!(run_stage(&Echo, limits, &record(b"1234")).unwrap().len(), 1);
        assert_eq!(
            run_stage(&Echo, limits, &record(b"12345")),
            Err(StageError::Oversized { size: 5, limit: 4 })
        );
    }

    #[test]
    fn stage_names_round_trip() {
        for kind in StageKind::ALL {
            assert_eq!(kind.as_str().parse::<StageKind>(), Ok(kind));
        }
        assert!("stances".parse::<StageKind>().is_err());
    }
}
