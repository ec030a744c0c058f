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
    /// The parser's beam: 1 parses greedily, more keeps up to that many parses where the
    /// parser is unsure (see `syntax::beam`). Default: `syntax::DEFAULT_DECODING`.
    pub parser_beam: Option<usize>,
    /// With a beam: parses this far (in log-probability) below the best are dropped.
    pub parser_beam_margin: Option<f64>,
    /// With a beam: the softmax temperature of the parser's move scores (model units).
    pub parser_beam_temperature: Option<f64>,
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
            parser_beam: None,
            parser_beam_margin: None,
            parser_beam_temperature: None,
            learned_model_dir: None,
            learned_weights: None,
        }
    }
}
