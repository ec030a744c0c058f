//! The extraction library the stages call: entities and actors, CAMEO event coding,
//! stance. Synchronous, allocation-conscious, and free of any I/O but dictionary loading.

pub mod annotation;
pub mod cameo;
pub mod config;
pub mod coref;
pub mod entities;
pub mod events;
pub mod gazetteer;
pub mod petrarch;
pub mod stance;
pub mod text;
pub mod types;
pub mod verbs;

pub use config::NlpConfig;
pub use types::*;

use thiserror::Error;

#[derive(Debug, Error)]
pub enum NlpError {
    #[error("cannot read dictionary {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Dictionary {
        path: String,
        line: usize,
        message: String,
    },
    #[error("invalid built-in data {name}: {message}")]
    BuiltinData { name: &'static str, message: String },
}

/// Everything the three stages need, loaded once per process and shared read-only.
pub struct Extractor {
    recognizer: entities::EntityRecognizer,
    coder: events::EventCoder,
    cameo: cameo::CameoTable,
}

impl Extractor {
    pub fn new(config: &NlpConfig) -> Result<Self, NlpError> {
        Ok(Self {
            recognizer: entities::EntityRecognizer::load(config)?,
            coder: events::EventCoder::load(config)?,
            cameo: cameo::CameoTable::builtin()?,
        })
    }

    pub fn entities(&self, article: &ArticleText) -> EntityAnalysis {
        self.recognizer.analyse(article)
    }

    pub fn events(&self, article: &ArticleText, entities: &EntityAnalysis) -> Vec<CodedEvent> {
        self.coder.code(article, entities)
    }

    pub fn stance(
        &self,
        article: &ArticleText,
        entities: &EntityAnalysis,
        events: &[CodedEvent],
    ) -> StanceAnalysis {
        stance::analyse(article, entities, events, &self.cameo)
    }

    pub fn cameo(&self) -> &cameo::CameoTable {
        &self.cameo
    }
}
