//! The fused deployment: one worker runs entities → stance → events on each raw article
//! inside ONE transaction, for users who want latency and efficiency more than per-stage
//! scaling. It is the staged worker's run loop (batching, transactions, offsets, dead
//! letters, recovery) over a [`Chain`] of three stages instead of a chain of one: one hop
//! and one transaction per batch instead of three.
//!
//! The intermediate outputs (`ArticleEntities`, `ArticleStance`) are written to their
//! topics in the same transaction (default: consumers of those topics see exactly what
//! the staged deployment writes), or skipped with `worker.fused_intermediate_topics =
//! false`. A stage error dead-letters the raw article, the letter naming the stage that
//! failed, so nothing of a failed article is committed but its letter.

use super::health::WorkerStatus;
use super::worker::{Worker, WorkerError, WorkerSettings};
use super::Shutdown;
use crate::config::Config;
use crate::nlp::Extractor;
use crate::stages::{self, run_stage_tallied, EventMeta, Limits, Output, Record, Stage};
use crate::stages::{StageError, StageKind};
use std::sync::Arc;

/// Stages applied in turn to one input; each output of a stage is an input of the next.
pub struct Chain<'a> {
    links: Vec<Link<'a>>,
}

struct Link<'a> {
    stage: &'a dyn Stage,
    /// Where this stage's outputs are written; `None`: only passed on to the next stage.
    topic: Option<String>,
}

/// A stage of the chain refused its input.
#[derive(Debug)]
pub struct ChainFailure {
    pub stage: StageKind,
    pub error: StageError,
}

/// Everything one input produced, stage by stage.
pub struct ChainRun {
    levels: Vec<Vec<Output>>,
    /// The precision gate's reasons, one per coded event not emitted.
    pub dropped: Vec<&'static str>,
}

impl<'a> Chain<'a> {
    /// One stage writing to one topic: the staged worker.
    pub fn single(stage: &'a dyn Stage, topic: &str) -> Self {
        Self {
            links: vec![Link {
                stage,
                topic: Some(topic.to_string()),
            }],
        }
    }

    /// Stages in pipeline order with their output topics; only the last stage's topic is
    /// always written, the others when `intermediate` is true.
    pub fn fused(stages: Vec<(&'a dyn Stage, String)>, intermediate: bool) -> Self {
        let last = stages.len().saturating_sub(1);
        let links = stages
            .into_iter()
            .enumerate()
            .map(|(i, (stage, topic))| Link {
                stage,
                topic: (intermediate || i == last).then_some(topic),
            })
            .collect();
        Self { links }
    }

    /// Runs `record` through every stage, enforcing `limits` at each.
    pub fn run(&self, limits: Limits, record: &Record<'_>) -> Result<ChainRun, ChainFailure> {
        let mut levels: Vec<Vec<Output>> = Vec::with_capacity(self.links.len());
        let mut dropped = Vec::new();
        for link in &self.links {
            let mut outputs = Vec::new();
            let failed = |error| ChainFailure {
                stage: link.stage.kind(),
                error,
            };
            match levels.last() {
                None => {
                    let (out, gone) =
                        run_stage_tallied(link.stage, limits, record).map_err(failed)?;
                    outputs.extend(out);
                    dropped.extend(gone);
                }
                Some(inputs) => {
                    for input in inputs {
                        let next = Record {
                            key: Some(&input.key),
                            payload: &input.payload,
                            timestamp_ms: record.timestamp_ms,
                        };
                        let (out, gone) =
                            run_stage_tallied(link.stage, limits, &next).map_err(failed)?;
                        outputs.extend(out);
                        dropped.extend(gone);
                    }
                }
            }
            levels.push(outputs);
        }
        Ok(ChainRun { levels, dropped })
    }

    /// The outputs of `run` that are written, each with its topic, in stage order.
    pub fn written<'r>(&'r self, run: &'r ChainRun) -> impl Iterator<Item = (&'r str, &'r Output)> {
        self.links
            .iter()
            .zip(&run.levels)
            .filter_map(|(link, outputs)| Some((link.topic.as_deref()?, outputs)))
            .flat_map(|(topic, outputs)| outputs.iter().map(move |o| (topic, o)))
    }
}

impl ChainRun {
    /// The diplomatic events among all outputs, for the metrics once committed.
    pub fn events(&self) -> impl Iterator<Item = EventMeta> + '_ {
        self.levels.iter().flatten().filter_map(|o| o.event)
    }
}

/// Settings of the fused worker: the staged settings of its last stage (metrics are
/// labelled `stage="events"`), reading the raw topic in its own consumer group.
pub fn settings(config: &Config) -> WorkerSettings {
    let mut settings = WorkerSettings::from_config(StageKind::Events, config);
    settings.input_topic = config.topics.raw.clone();
    settings.group_id = format!("{}-fused", config.kafka.group_prefix);
    settings.transactional_id = format!("{}-{}", settings.group_id, config.kafka.instance_id);
    settings
}

/// Builds the three stages and runs the fused worker until shutdown or a fatal error.
pub fn run(
    extractor: Arc<Extractor>,
    config: &Config,
    status: WorkerStatus,
    shutdown: &Shutdown,
) -> Result<(), WorkerError> {
    let min_confidence = config.nlp.min_confidence;
    let built: Vec<Box<dyn Stage>> = StageKind::ALL
        .iter()
        .map(|&kind| stages::build(kind, extractor.clone(), min_confidence))
        .collect();
    let topics = &config.topics;
    let stages = built
        .iter()
        .map(|s| s.as_ref())
        .zip([
            topics.entities.clone(),
            topics.stance.clone(),
            topics.events.clone(),
        ])
        .collect();
    let chain = Chain::fused(stages, config.worker.fused_intermediate_topics);
    Worker::with_chain(chain, settings(config), config, status)?.run(shutdown)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Emits its input with `tag` appended, and fails on an empty payload.
    struct Append(StageKind, &'static [u8]);

    impl Stage for Append {
        fn kind(&self) -> StageKind {
            self.0
        }
        fn process(&self, record: &Record<'_>) -> Result<Vec<Output>, StageError> {
            if record.payload.is_empty() {
                return Err(StageError::MissingField("text"));
            }
            let payload = [record.payload, self.1].concat();
            Ok(vec![Output {
                key: record.key.unwrap_or_default().to_vec(),
                payload,
                event: None,
            }])
        }
    }

    const LIMITS: Limits = Limits {
        max_message_bytes: 100,
    };

    fn record(payload: &[u8]) -> Record<'_> {
        Record {
            key: Some(b"k"),
            payload,
            timestamp_ms: None,
        }
    }

    fn stages() -> [Append; 3] {
        [
            Append(StageKind::Entities, b"+e"),
            Append(StageKind::Stance, b"+s"),
            Append(StageKind::Events, b"+v"),
        ]
    }

    fn written(chain: &Chain<'_>, run: &ChainRun) -> Vec<(String, Vec<u8>)> {
        chain
            .written(run)
            .map(|(t, o)| (t.to_string(), o.payload.clone()))
            .collect()
    }

    #[test]
    fn each_stage_feeds_the_next_and_every_topic_is_written() {
        let [a, b, c] = stages();
        let chain = Chain::fused(
            vec![(&a, "e".into()), (&b, "s".into()), (&c, "v".into())],
            true,
        );
        let run = chain.run(LIMITS, &record(b"x")).unwrap();
        assert_eq!(
            written(&chain, &run),
            vec![
                ("e".to_string(), b"x+e".to_vec()),
                ("s".to_string(), b"x+e+s".to_vec()),
                ("v".to_string(), b"x+e+s+v".to_vec()),
            ]
        );
    }

    #[test]
    fn skipped_intermediate_topics_leave_only_the_last_stage_written() {
        let [a, b, c] = stages();
        let chain = Chain::fused(
            vec![(&a, "e".into()), (&b, "s".into()), (&c, "v".into())],
            false,
        );
        let run = chain.run(LIMITS, &record(b"x")).unwrap();
        assert_eq!(
            written(&chain, &run),
            vec![("v".to_string(), b"x+e+s+v".to_vec())]
        );
    }

    #[test]
    fn a_failure_names_the_stage_that_refused() {
        let [a, b, c] = stages();
        let chain = Chain::fused(
            vec![(&a, "e".into()), (&b, "s".into()), (&c, "v".into())],
            true,
        );
        let failure = chain.run(LIMITS, &record(b"")).err().unwrap();
        assert_eq!(failure.stage, StageKind::Entities);
        // Limits apply at every stage: the input fits, the second stage's input does not.
        let failure = chain.run(LIMITS, &record(&[b'y'; 99])).err().unwrap();
        assert_eq!(failure.stage, StageKind::Stance);
        assert!(matches!(failure.error, StageError::Oversized { .. }));
    }
}
