//! Entity recognition and actor resolution. PLACEHOLDER until the entities work lands.
use super::{ArticleText, EntityAnalysis, NlpConfig, NlpError};

pub struct EntityRecognizer;

impl EntityRecognizer {
    pub fn load(_config: &NlpConfig) -> Result<Self, NlpError> {
        Ok(Self)
    }
    pub fn analyse(&self, _article: &ArticleText) -> EntityAnalysis {
        EntityAnalysis::default()
    }
}
