//! The extraction library the stages call: entities and actors, CAMEO event coding,
//! stance. Synchronous, allocation-conscious, and free of any I/O but dictionary loading.
//!
//! Layers, each importing only from the layers before it:
//! 1. bottom: `error`, `types`, `config`, `lexicon` (word lists), `petrarch` and
//!    `cameo` (dictionary formats and tables);
//! 2. `text`: tokens and sentences;
//! 3. `syntax`: tagger, lemmas, dependency parser;
//! 4. `mentions`: gazetteer, places, names, titles, appositions;
//! 5. `coreference`, then `entities` (the entities stage: mentions + coreference);
//! 6. frames: `verbs`, `events`, `gate` (event coding);
//! 7. `stance`;
//! 8. `annotation`: the [`Extractor`] and the `annotate` records.
//!
//! This file only declares modules and re-exports.

pub mod annotation;
pub mod cameo;
pub mod config;
pub mod coreference;
pub mod entities;
pub mod error;
pub mod events;
pub mod frames;
pub mod gate;
#[cfg(feature = "learned")]
pub mod learned;
pub mod lexicon;
pub mod mentions;
pub mod petrarch;
pub mod stance;
pub mod syntax;
pub mod text;
pub mod types;
pub mod verbs;

pub use annotation::Extractor;
pub use config::NlpConfig;
pub use error::NlpError;
pub use types::*;
