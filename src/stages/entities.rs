//! Stage 1: raw article JSON → `ArticleEntities` (sentences, mentions, actors).

use super::article::{parse_article, publication_date};
use super::convert::entities_to_pb;
use super::{Output, Record, Stage, StageError};
use crate::nlp::{ArticleText, Extractor};
use prost::Message;
use std::sync::Arc;

pub struct EntitiesStage {
    extractor: Arc<Extractor>,
}

impl EntitiesStage {
    pub fn new(extractor: Arc<Extractor>) -> Self {
        Self { extractor }
    }
}

impl Stage for EntitiesStage {
    fn process(&self, record: &Record<'_>) -> Result<Vec<Output>, StageError> {
        let article = parse_article(record.payload, record.timestamp_ms.unwrap_or(0))?;
        let analysis = self.extractor.entities(&ArticleText {
            id: &article.id,
            text: &article.text,
            published: publication_date(&article),
        });
        let key = article.id.clone().into_bytes();
        let message = entities_to_pb(article, &analysis);
        Ok(vec![Output {
            key,
            payload: message.encode_to_vec(),
            event: None,
            side: None,
        }])
    }
}
