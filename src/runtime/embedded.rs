//! Embedded mode: the three stages in-process, no broker. Each article goes through the
//! same `run_stage` calls, in the same wire format, as on Kafka.

use crate::nlp::{annotation, ArticleText, Extractor};
use crate::proto::v1 as pb;
use crate::stages::article::publication_date;
use crate::stages::convert::{entities_from_pb, stance_analysis_from_pb};
use crate::stages::events::EventsStage;
use crate::stages::{
    self, decode, run_stage, Limits, Output, Record, Stage, StageError, StageKind,
};
use std::sync::Arc;

/// A message that failed a stage: what the Kafka runtime would dead-letter.
#[derive(Debug)]
pub struct DeadLetter {
    pub stage: StageKind,
    pub error: StageError,
}

pub struct EmbeddedPipeline {
    entities: Box<dyn Stage>,
    stance: Box<dyn Stage>,
    events: EventsStage,
    extractor: Arc<Extractor>,
    limits: Limits,
}

impl EmbeddedPipeline {
    pub fn new(extractor: Arc<Extractor>, min_confidence: f32, limits: Limits) -> Self {
        Self {
            entities: stages::build(StageKind::Entities, extractor.clone(), min_confidence),
            stance: stages::build(StageKind::Stance, extractor.clone(), min_confidence),
            events: EventsStage::new(extractor.clone(), min_confidence),
            extractor,
            limits,
        }
    }

    /// Raw article JSON → encoded `ArticleStance`, through the first two stages.
    fn through_stance(&self, raw: &[u8], now_ms: i64) -> Result<Vec<u8>, DeadLetter> {
        let entities = self.stage(self.entities.as_ref(), raw, now_ms)?;
        let mut stance = Vec::new();
        for output in entities {
            for out in self.stage(self.stance.as_ref(), &output.payload, now_ms)? {
                stance = out.payload;
            }
        }
        Ok(stance)
    }

    fn stage(
        &self,
        stage: &dyn Stage,
        payload: &[u8],
        now_ms: i64,
    ) -> Result<Vec<Output>, DeadLetter> {
        let record = Record {
            key: None,
            payload,
            timestamp_ms: Some(now_ms),
        };
        run_stage(stage, self.limits, &record).map_err(|error| DeadLetter {
            stage: stage.kind(),
            error,
        })
    }

    /// Raw article JSON → diplomatic events (what `events.diplomatic` would carry).
    pub fn events(&self, raw: &[u8], now_ms: i64) -> Result<Vec<pb::DiplomaticEvent>, DeadLetter> {
        let stance = self.through_stance(raw, now_ms)?;
        self.stage(&self.events, &stance, now_ms)?
            .iter()
            .map(|o| decode(&o.payload, "DiplomaticEvent").map_err(dead_at_events))
            .collect()
    }

    /// Raw article JSON → the `annotate` JSON object (entities, events, stances); with
    /// `explain`, also the precision gate's verdict on every coded event.
    pub fn annotate(
        &self,
        raw: &[u8],
        now_ms: i64,
        explain: bool,
    ) -> Result<serde_json::Value, DeadLetter> {
        let encoded = self.through_stance(raw, now_ms)?;
        let stance: pb::ArticleStance =
            decode(&encoded, "ArticleStance").map_err(dead_at_events)?;
        let entities_pb = stance
            .entities
            .as_ref()
            .ok_or(dead_at_events(StageError::MissingField("entities")))?;
        let article = entities_pb
            .article
            .as_ref()
            .ok_or(dead_at_events(StageError::MissingField("article")))?;
        let entities = entities_from_pb(entities_pb);
        let judged = self.events.judge(&stance).map_err(dead_at_events)?;
        let events: Vec<_> = judged
            .iter()
            .filter(|j| j.emitted())
            .map(|j| j.event.clone())
            .collect();
        let stances = stance_analysis_from_pb(&stance);
        let text = ArticleText {
            id: &article.id,
            text: &article.text,
            published: publication_date(article),
        };
        let cameo = self.extractor.cameo();
        let record = annotation::annotate(&text, &entities, &events, &stances, cameo);
        let mut value = serde_json::to_value(record)
            .map_err(|e| dead_at_events(StageError::InvalidJson(e.to_string())))?;
        if explain {
            let verdicts = annotation::explain(&text, &entities, &judged, cameo);
            value["explain"] = serde_json::to_value(verdicts)
                .map_err(|e| dead_at_events(StageError::InvalidJson(e.to_string())))?;
        }
        Ok(value)
    }
}

fn dead_at_events(error: StageError) -> DeadLetter {
    DeadLetter {
        stage: StageKind::Events,
        error,
    }
}
