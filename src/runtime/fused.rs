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

use super::chain::Chain;
use super::health::WorkerStatus;
use super::worker::{Worker, WorkerError, WorkerSettings};
use super::Shutdown;
use crate::config::Config;
use crate::nlp::Extractor;
use crate::stages::{self, Stage, StageKind};
use std::sync::Arc;

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
