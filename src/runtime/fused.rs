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
use crate::stages::{Stage, StageKind};

/// Settings of the fused worker: the staged settings of its last stage, reading the raw
/// topic in its own consumer group; its metrics are labelled `stage="fused"`, apart from
/// a staged `events` worker's.
pub fn settings(config: &Config) -> WorkerSettings {
    let mut settings = WorkerSettings::from_config(StageKind::Events, config);
    settings.input_topic = config.topics.raw.clone();
    settings.label = "fused";
    settings.group_id = format!("{}-{}", config.kafka.group_prefix, settings.label);
    settings.transactional_id = format!("{}-{}", settings.group_id, config.kafka.instance_id);
    settings
}

/// Runs the fused worker over the registry's core stages (built by the caller, in
/// pipeline order) until shutdown or a fatal error.
pub fn run(
    stages: &[(StageKind, Box<dyn Stage>)],
    config: &Config,
    status: WorkerStatus,
    shutdown: &Shutdown,
) -> Result<(), WorkerError> {
    let links = stages
        .iter()
        .map(|(kind, stage)| {
            let topic = (kind.spec().output_topic)(&config.topics).clone();
            (*kind, stage.as_ref(), topic)
        })
        .collect();
    let chain = Chain::fused(links, config.worker.fused_intermediate_topics)
        .with_side_topics(&config.topics);
    Worker::with_chain(chain, settings(config), config, status)?.run(shutdown)
}
