//! Every stage, declared once: its name, the message types it reads and writes, its
//! default topics and how to build it. The CLI subcommands, `pipeline`, the embedded mode,
//! `tail`, the worker settings and the metric registration all read this table, so a new
//! stage is its own file plus one entry here (and its `StageKind` variant, which the
//! compiler then makes every exhaustive `match` handle).

use super::{alerts, entities, events, stance, Stage};
use crate::config::{Config, Topics};
use crate::nlp::{Extractor, NlpError};
use crate::proto::{self, v1 as pb};
use crate::telemetry::Metric;
use prost::Message;
use serde_json::Value;
use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};
use thiserror::Error;

/// The pipeline's stages, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StageKind {
    Entities,
    Stance,
    Events,
    Alerts,
}

/// What flows on a topic: how `tail` shows it, and what a stage expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageType {
    /// A JSON article (README: Input).
    ArticleJson,
    ArticleEntities,
    ArticleStance,
    DiplomaticEvent,
    Alert,
}

impl MessageType {
    /// The protobuf full name, or `application/json` for the raw articles.
    pub fn full_name(&self) -> &'static str {
        match self {
            MessageType::ArticleJson => "application/json",
            MessageType::ArticleEntities => "demarche.v1.ArticleEntities",
            MessageType::ArticleStance => "demarche.v1.ArticleStance",
            MessageType::DiplomaticEvent => "demarche.v1.DiplomaticEvent",
            MessageType::Alert => "demarche.v1.Alert",
        }
    }

    /// The payload as JSON (enums by name), or why it is not this type.
    pub fn to_json(&self, payload: &[u8]) -> Result<Value, String> {
        fn pb_json<M: Message + Default + serde::Serialize>(p: &[u8]) -> Result<Value, String> {
            M::decode(p)
                .map(|m| proto::to_json(&m))
                .map_err(|e| e.to_string())
        }
        match self {
            MessageType::ArticleJson => serde_json::from_slice(payload).map_err(|e| e.to_string()),
            MessageType::ArticleEntities => pb_json::<pb::ArticleEntities>(payload),
            MessageType::ArticleStance => pb_json::<pb::ArticleStance>(payload),
            MessageType::DiplomaticEvent => pb_json::<pb::DiplomaticEvent>(payload),
            MessageType::Alert => pb_json::<pb::Alert>(payload),
        }
    }
}

/// Why a stage could not be built.
#[derive(Debug, Error)]
pub enum BuildError {
    #[error("loading dictionaries: {0}")]
    Dictionaries(#[from] NlpError),
    #[error(transparent)]
    Alerts(#[from] alerts::AlertsError),
}

/// What stages are built from; the extractor is loaded once, and only if a stage needs it.
pub struct Resources<'a> {
    pub config: &'a Config,
    extractor: OnceLock<Arc<Extractor>>,
}

impl<'a> Resources<'a> {
    pub fn new(config: &'a Config) -> Self {
        Self {
            config,
            extractor: OnceLock::new(),
        }
    }

    /// With an extractor already loaded (tests, embedded mode).
    pub fn with_extractor(config: &'a Config, extractor: Arc<Extractor>) -> Self {
        let resources = Self::new(config);
        let _ = resources.extractor.set(extractor);
        resources
    }

    pub fn extractor(&self) -> Result<Arc<Extractor>, BuildError> {
        if let Some(extractor) = self.extractor.get() {
            return Ok(extractor.clone());
        }
        let started = std::time::Instant::now();
        let loaded = Arc::new(Extractor::new(&self.config.nlp)?);
        tracing::debug!(
            elapsed_ms = started.elapsed().as_millis() as u64,
            "dictionaries loaded"
        );
        Ok(self.extractor.get_or_init(|| loaded).clone())
    }
}

/// One stage's declaration.
pub struct StageSpec {
    pub kind: StageKind,
    pub name: &'static str,
    /// One line for `--help`.
    pub about: &'static str,
    pub input: MessageType,
    pub output: MessageType,
    pub input_topic: fn(&Topics) -> &String,
    pub output_topic: fn(&Topics) -> &String,
    /// Compacted topic the stage's state is kept in, written in the batch's transaction.
    pub changelog_topic: Option<fn(&Topics) -> &String>,
    /// Part of `pipeline` and the embedded mode by default (alerts need a rules file).
    pub core: bool,
    /// The counter the labels of `Stage::process_tallied` are counted on, by `reason`.
    pub skipped_metric: Option<Metric>,
    /// A second stream the stage writes besides its output (`Output::side`).
    pub side: Option<SideOutput>,
    pub build: fn(&Resources<'_>) -> Result<Box<dyn Stage>, BuildError>,
}

/// A stage's second output stream: its own topic and message type, written in the same
/// transaction as the stage's output, read by no later stage.
pub struct SideOutput {
    pub output: MessageType,
    /// An empty topic name turns the stream off.
    pub topic: fn(&Topics) -> &String,
}

impl StageSpec {
    /// The topic of the stage's side outputs, if it has them and they are on.
    pub fn side_topic(&self, topics: &Topics) -> Option<String> {
        let topic = (self.side.as_ref()?.topic)(topics);
        (!topic.is_empty()).then(|| topic.clone())
    }
}

/// The stages, in pipeline order.
pub static STAGES: [StageSpec; 4] = [
    StageSpec {
        kind: StageKind::Entities,
        name: "entities",
        about: "Kafka worker for the entities stage (articles → entities)",
        input: MessageType::ArticleJson,
        output: MessageType::ArticleEntities,
        input_topic: |t| &t.raw,
        output_topic: |t| &t.entities,
        changelog_topic: None,
        core: true,
        skipped_metric: None,
        side: None,
        build: |r| Ok(Box::new(entities::EntitiesStage::new(r.extractor()?))),
    },
    StageSpec {
        kind: StageKind::Stance,
        name: "stance",
        about: "Kafka worker for the stance stage (entities → coded interactions, stance)",
        input: MessageType::ArticleEntities,
        output: MessageType::ArticleStance,
        input_topic: |t| &t.entities,
        output_topic: |t| &t.stance,
        changelog_topic: None,
        core: true,
        skipped_metric: None,
        side: None,
        build: |r| Ok(Box::new(stance::StanceStage::new(r.extractor()?))),
    },
    StageSpec {
        kind: StageKind::Events,
        name: "events",
        about: "Kafka worker for the events stage (precision gate → diplomatic events)",
        input: MessageType::ArticleStance,
        output: MessageType::DiplomaticEvent,
        input_topic: |t| &t.stance,
        output_topic: |t| &t.events,
        changelog_topic: None,
        core: true,
        skipped_metric: Some(Metric::EventsDropped),
        // The coded statements (CAMEO 01x) the gate keeps off events.diplomatic.
        side: Some(SideOutput {
            output: MessageType::DiplomaticEvent,
            topic: |t| &t.statements,
        }),
        build: |r| {
            let min_confidence = r.config.nlp.min_confidence;
            Ok(Box::new(events::EventsStage::new(
                r.extractor()?,
                min_confidence,
            )))
        },
    },
    StageSpec {
        kind: StageKind::Alerts,
        name: "alerts",
        about: "Kafka worker for the alerts stage (diplomatic events → alerts, by TOML rules)",
        input: MessageType::DiplomaticEvent,
        output: MessageType::Alert,
        input_topic: |t| &t.events,
        output_topic: |t| &t.alerts,
        changelog_topic: Some(|t| &t.alerts_changelog),
        core: false,
        skipped_metric: Some(Metric::AlertsSkipped),
        side: None,
        build: |r| {
            Ok(Box::new(alerts::AlertsStage::from_config(
                &r.config.alerts,
            )?))
        },
    },
];

impl StageKind {
    pub const ALL: [StageKind; 4] = [
        StageKind::Entities,
        StageKind::Stance,
        StageKind::Events,
        StageKind::Alerts,
    ];

    /// This stage's declaration.
    pub fn spec(&self) -> &'static StageSpec {
        let index = match self {
            StageKind::Entities => 0,
            StageKind::Stance => 1,
            StageKind::Events => 2,
            StageKind::Alerts => 3,
        };
        &STAGES[index]
    }

    pub fn as_str(&self) -> &'static str {
        self.spec().name
    }

    /// The stages `pipeline` and the embedded mode run by default.
    pub fn core() -> impl Iterator<Item = StageKind> {
        STAGES.iter().filter(|s| s.core).map(|s| s.kind)
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
        STAGES.iter().find(|spec| spec.name == s).map_or_else(
            || {
                let names: Vec<_> = STAGES.iter().map(|s| s.name).collect();
                Err(format!("unknown stage `{s}` ({})", names.join(", ")))
            },
            |spec| Ok(spec.kind),
        )
    }
}

/// The message type of a topic under this configuration: whichever stage writes it (or,
/// for the first stage's input, reads it). `None` for topics no stage owns (the DLQ).
pub fn message_type_of(topics: &Topics, topic: &str) -> Option<MessageType> {
    let written = STAGES
        .iter()
        .find(|s| (s.output_topic)(topics) == topic)
        .map(|s| s.output);
    let side = || {
        STAGES
            .iter()
            .filter_map(|s| s.side.as_ref())
            .find(|side| (side.topic)(topics) == topic)
            .map(|side| side.output)
    };
    written.or_else(side).or_else(|| {
        STAGES
            .iter()
            .find(|s| (s.input_topic)(topics) == topic)
            .map(|s| s.input)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_entry() {
        for (index, kind) in StageKind::ALL.into_iter().enumerate() {
            assert_eq!(kind.spec().kind, kind);
            assert_eq!(STAGES[index].kind, kind);
            assert_eq!(kind.as_str().parse::<StageKind>(), Ok(kind));
        }
        assert!("stances".parse::<StageKind>().is_err());
    }

    #[test]
    fn each_stage_reads_what_the_previous_one_writes() {
        let topics = Topics::default();
        for pair in STAGES.windows(2) {
            assert_eq!(pair[0].output, pair[1].input, "{}", pair[1].name);
            assert_eq!(
                (pair[0].output_topic)(&topics),
                (pair[1].input_topic)(&topics)
            );
        }
    }

    #[test]
    fn topics_are_typed_by_the_stage_that_writes_them() {
        // A renamed topic keeps its type: nothing is guessed from the name.
        let topics = Topics {
            events: "custom.out".into(),
            ..Topics::default()
        };
        assert_eq!(
            message_type_of(&topics, "custom.out"),
            Some(MessageType::DiplomaticEvent)
        );
        assert_eq!(
            message_type_of(&topics, "articles.raw"),
            Some(MessageType::ArticleJson)
        );
        assert_eq!(
            message_type_of(&topics, "alerts.diplomatic"),
            Some(MessageType::Alert)
        );
        assert_eq!(
            message_type_of(&topics, "events.statements"),
            Some(MessageType::DiplomaticEvent)
        );
        assert_eq!(message_type_of(&topics, "articles.dlq"), None);
    }

    #[test]
    fn every_stage_is_deployed() {
        let deploy = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy");
        let read = |path: &str| std::fs::read_to_string(deploy.join(path)).unwrap_or_default();
        let compose = read("compose.yaml");
        let base = read("kubernetes/base/kustomization.yaml");
        let scraped = read("prometheus/prometheus.yml");
        for spec in &STAGES {
            let name = spec.name;
            assert!(
                compose.contains(&format!("command: [\"{name}\"]")),
                "deploy/compose.yaml has no {name} worker"
            );
            assert!(
                base.contains(&format!("  - {name}\n")),
                "deploy/kubernetes/base lists no {name} worker"
            );
            let component = read(&format!("kubernetes/base/{name}/kustomization.yaml"));
            assert!(
                component.contains(&format!("value: [{name}]")),
                "deploy/kubernetes/base/{name} does not run the {name} stage"
            );
            assert!(
                scraped.contains(&format!("\"{name}:9464\"")),
                "{name} not scraped"
            );
        }
    }
}
