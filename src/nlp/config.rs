//! What a user can change about extraction.

use serde::Deserialize;
use std::path::PathBuf;

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct NlpConfig {
    /// Load the project's built-in dictionaries (in `data/`, compiled into the binary).
    pub builtin_dictionaries: bool,
    /// Extra PETRARCH/TABARI-format actor dictionaries (`.actors.txt`).
    pub actor_dictionaries: Vec<PathBuf>,
    /// Extra PETRARCH/TABARI-format agent dictionaries (`.agents.txt`).
    pub agent_dictionaries: Vec<PathBuf>,
    /// Extra PETRARCH/TABARI-format verb dictionaries (`.verbs.txt`).
    pub verb_dictionaries: Vec<PathBuf>,
    /// Events below this confidence are not emitted.
    pub min_confidence: f32,
    /// The learned quad-class refinement (cargo feature `learned`): the MiniLM model
    /// directory fetched by `scripts/fetch_model.sh`…
    pub learned_model_dir: Option<PathBuf>,
    /// …and the classifier weights written by the `train_quad` example.
    pub learned_weights: Option<PathBuf>,
}

impl Default for NlpConfig {
    fn default() -> Self {
        Self {
            builtin_dictionaries: true,
            actor_dictionaries: Vec::new(),
            agent_dictionaries: Vec::new(),
            verb_dictionaries: Vec::new(),
            min_confidence: 0.0,
            learned_model_dir: None,
            learned_weights: None,
        }
    }
}
