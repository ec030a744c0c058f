//! What several fuzz targets share: the extractor (loaded once per process, as a worker
//! does) and the stages built around it.
#![allow(dead_code)]

use demarche::nlp::{Extractor, NlpConfig};
use demarche::runtime::embedded::EmbeddedPipeline;
use demarche::config::Config;
use demarche::stages::registry::Resources;
use demarche::stages::{Limits, Record, Stage, StageKind};
use std::sync::{Arc, OnceLock};

/// The workers' default limit (`worker.max_message_bytes`).
pub const LIMITS: Limits = Limits {
    max_message_bytes: 512 * 1024,
};

pub fn extractor() -> Arc<Extractor> {
    static EXTRACTOR: OnceLock<Arc<Extractor>> = OnceLock::new();
    EXTRACTOR
        .get_or_init(|| {
            Arc::new(Extractor::new(&NlpConfig::default()).expect("built-in dictionaries"))
        })
        .clone()
}

/// A core stage (the ones the extractor drives), built once from the stage registry.
pub fn stage(kind: StageKind) -> &'static dyn Stage {
    static STAGES: OnceLock<Vec<(StageKind, Box<dyn Stage>)>> = OnceLock::new();
    let all = STAGES.get_or_init(|| {
        let config = Config::default();
        let resources = Resources::with_extractor(&config, extractor());
        StageKind::core()
            .map(|k| (k, (k.spec().build)(&resources).expect("core stage")))
            .collect()
    });
    let (_, stage) = all.iter().find(|(k, _)| *k == kind).unwrap_or(&all[0]);
    stage.as_ref()
}

pub fn pipeline() -> &'static EmbeddedPipeline {
    static PIPELINE: OnceLock<EmbeddedPipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| EmbeddedPipeline::new(extractor(), 0.0, LIMITS))
}

pub fn record(payload: &[u8]) -> Record<'_> {
    Record {
        key: None,
        payload,
        timestamp_ms: Some(1_700_000_000_000),
        partition: 0,
    }
}

/// True when `[start, end)` is a well-formed byte range of `text` on char boundaries.
pub fn valid_range(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}
