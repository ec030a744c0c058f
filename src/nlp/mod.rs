//! The extraction library the stages call: entities and actors, CAMEO event coding,
//! stance. Synchronous, allocation-conscious, and free of any I/O but dictionary loading.

pub mod annotation;
pub mod cameo;
pub mod config;
pub mod coref;
pub mod entities;
pub mod events;
pub mod frames;
pub mod gate;
pub mod gazetteer;
#[cfg(feature = "learned")]
pub mod learned;
pub mod lexicon;
pub mod petrarch;
pub mod places;
pub mod stance;
pub mod syntax;
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
    #[cfg(feature = "learned")]
    #[error("learned quad classifier: {0}")]
    Learned(#[source] Box<learned::LearnedError>),
    #[cfg(not(feature = "learned"))]
    #[error("nlp.learned_model_dir is set, but this build lacks the `learned` feature (cargo build --features learned)")]
    LearnedUnavailable,
}

#[cfg(feature = "learned")]
fn load_classifier(config: &NlpConfig) -> Result<Option<learned::QuadClassifier>, NlpError> {
    match (&config.learned_model_dir, &config.learned_weights) {
        (Some(dir), Some(weights)) => learned::QuadClassifier::load(dir, weights)
            .map(Some)
            .map_err(|e| NlpError::Learned(Box::new(e))),
        _ => Ok(None),
    }
}

/// A configured learned component must not be silently ignored by a build without it.
#[cfg(not(feature = "learned"))]
fn refuse_learned_without_feature(config: &NlpConfig) -> Result<(), NlpError> {
    match config.learned_model_dir {
        Some(_) => Err(NlpError::LearnedUnavailable),
        None => Ok(()),
    }
}

/// Everything the three stages need, loaded once per process and shared read-only.
pub struct Extractor {
    recognizer: entities::EntityRecognizer,
    coder: events::EventCoder,
    cameo: cameo::CameoTable,
    gate: gate::Gate,
    #[cfg(feature = "learned")]
    learned: Option<learned::QuadClassifier>,
}

impl Extractor {
    pub fn new(config: &NlpConfig) -> Result<Self, NlpError> {
        #[cfg(not(feature = "learned"))]
        refuse_learned_without_feature(config)?;
        Ok(Self {
            recognizer: entities::EntityRecognizer::load(config)?,
            coder: events::EventCoder::load(config)?,
            cameo: cameo::CameoTable::builtin()?,
            gate: gate::Gate::builtin()?,
            #[cfg(feature = "learned")]
            learned: load_classifier(config)?,
        })
    }

    pub fn entities(&self, article: &ArticleText) -> EntityAnalysis {
        self.recognizer.analyse(article)
    }

    /// Rule coding, refined by the learned quad classifier when one is configured.
    pub fn events(&self, article: &ArticleText, entities: &EntityAnalysis) -> Vec<CodedEvent> {
        #[allow(unused_mut)]
        let mut events = self.coder.code(article, entities);
        #[cfg(feature = "learned")]
        if let Some(classifier) = &self.learned {
            learned::refine(article, entities, &mut events, classifier);
        }
        events
    }

    pub fn stance(
        &self,
        article: &ArticleText,
        entities: &EntityAnalysis,
        events: &[CodedEvent],
    ) -> StanceAnalysis {
        stance::analyse(article, entities, events, &self.cameo)
    }

    /// The precision gate's verdict on every coded event: what may reach
    /// `events.diplomatic`, and why each of the others may not.
    pub fn gate(
        &self,
        article: &ArticleText,
        entities: &EntityAnalysis,
        events: Vec<CodedEvent>,
        min_confidence: f32,
    ) -> Vec<gate::Judged> {
        self.gate
            .judge(article, entities, events, &self.cameo, min_confidence)
    }

    pub fn cameo(&self) -> &cameo::CameoTable {
        &self.cameo
    }
}
