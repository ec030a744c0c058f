//! CAMEO event coding. PLACEHOLDER until the events work lands.
use super::{ArticleText, CodedEvent, EntityAnalysis, NlpConfig, NlpError};

pub struct EventCoder;

impl EventCoder {
    pub fn load(_config: &NlpConfig) -> Result<Self, NlpError> {
        Ok(Self)
    }
    pub fn code(&self, _article: &ArticleText, _entities: &EntityAnalysis) -> Vec<CodedEvent> {
        Vec::new()
    }
}
