//! Stage 2: `ArticleEntities` → `ArticleStance` (coded interactions, dyad and editorial
//! stances, tone). Event coding happens here because stance is aggregated from it: one
//! coder, whose interactions go on to the events stage unchanged. Stance counts them as the
//! precision gate judges them (`Extractor::stance`); the events stage runs the same
//! deterministic gate on the same interactions to decide what is emitted, so the gate's
//! verdicts need not travel on the wire.

use super::article::{article_of, article_text};
use super::convert::{entities_from_pb, interaction_to_pb, stance_analysis_to_pb};
use super::validate::check_analysis;
use super::{decode, Output, Record, Stage, StageError};
use crate::nlp::Extractor;
use crate::proto::v1 as pb;
use prost::Message;
use std::sync::Arc;

pub struct StanceStage {
    extractor: Arc<Extractor>,
}

impl StanceStage {
    pub fn new(extractor: Arc<Extractor>) -> Self {
        Self { extractor }
    }

    /// The transform itself, on decoded messages.
    pub fn analyse(&self, entities: pb::ArticleEntities) -> Result<pb::ArticleStance, StageError> {
        let article = article_of(&entities)?;
        let text = article_text(article);
        let analysis = entities_from_pb(&entities);
        check_analysis(&analysis, &article.text)?;
        let events = self.extractor.events(&text, &analysis);
        let stance = self.extractor.stance(&text, &analysis, &events);
        let (dyads, editorial) = stance_analysis_to_pb(&stance);
        Ok(pb::ArticleStance {
            interactions: events.iter().map(interaction_to_pb).collect(),
            dyads,
            editorial,
            tone: stance.tone,
            entities: Some(entities),
        })
    }
}

impl Stage for StanceStage {
    fn process(&self, record: &Record<'_>) -> Result<Vec<Output>, StageError> {
        let entities: pb::ArticleEntities = decode(record.payload, "ArticleEntities")?;
        let key = entities
            .article
            .as_ref()
            .map(|a| a.id.clone().into_bytes())
            .unwrap_or_default();
        let stance = self.analyse(entities)?;
        Ok(vec![Output {
            key,
            payload: stance.encode_to_vec(),
            event: None,
            side: None,
        }])
    }
}
