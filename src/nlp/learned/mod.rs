//! Optional learned quad-class component (cargo feature `learned`, off by default).
//!
//! A sentence is embedded with all-MiniLM-L6-v2 (BERT, mean pooling, L2 normalisation,
//! exactly as sentence-transformers does; run with `candle` on the CPU) and a
//! multinomial logistic regression over the 384-d embedding gives the probability of
//! each Phoenix quad class (0: CAMEO roots 01–02, 1: 03–05, 2: 06–08, 3: 09–13 and 16,
//! 4: 14, 15, 17–20). [`refine`] uses it, after the rule coder, to fill sentences the
//! rules left uncoded and to correct a class the rules got confidently wrong.
//!
//! Nothing here downloads: the model directory comes from `scripts/fetch_model.sh`
//! (cache `${DEMARCHE_CACHE:-$HOME/.cache/demarche}/models/all-minilm-l6-v2`), the
//! weights from the `train_quad` example, which reports every figure by k-fold
//! cross-validation on the dev data it trains on.

mod embed;
mod logreg;
mod refine;
pub mod train;

pub use embed::SentenceEmbedder;
pub use logreg::{LogReg, TrainOptions};
pub use refine::{phoenix_quad, refine, refine_with, RefineOptions, GENERIC_CODES};

use crate::nlp::cameo::CameoTable;
use crate::nlp::NlpError;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Number of Phoenix quad classes.
pub const QUAD_CLASSES: usize = 5;

#[derive(Debug, Error)]
pub enum LearnedError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: invalid JSON: {source}")]
    Json {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("model in {path}: {source}")]
    Model {
        path: PathBuf,
        #[source]
        source: candle_core::Error,
    },
    #[error("embedding failed: {0}")]
    Embed(#[from] candle_core::Error),
    #[error("tokenizer: {0}")]
    Tokenizer(String),
    #[error("invalid weights {path}: {message}")]
    Weights { path: PathBuf, message: String },
    #[error("invalid training data: {0}")]
    Data(String),
    #[error(transparent)]
    Nlp(#[from] NlpError),
}

/// What the weights file holds: the logistic-regression head plus the refine
/// thresholds chosen by cross-validation when it was trained.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct QuadWeights {
    /// Always [`WEIGHTS_FORMAT`].
    pub format: String,
    pub head: LogReg,
    pub options: RefineOptions,
    /// Free-form provenance: training data, CV figures, L2 strength.
    #[serde(default)]
    pub notes: String,
}

pub const WEIGHTS_FORMAT: &str = "demarche-quad-lr/1";

impl QuadWeights {
    pub fn save(&self, path: &Path) -> Result<(), LearnedError> {
        let json = serde_json::to_string(self).map_err(|source| LearnedError::Json {
            path: path.to_path_buf(),
            source,
        })?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| LearnedError::Write {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        std::fs::write(path, json).map_err(|source| LearnedError::Write {
            path: path.to_path_buf(),
            source,
        })
    }

    pub fn load(path: &Path) -> Result<Self, LearnedError> {
        let bytes = std::fs::read(path).map_err(|source| LearnedError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let w: QuadWeights =
            serde_json::from_slice(&bytes).map_err(|source| LearnedError::Json {
                path: path.to_path_buf(),
                source,
            })?;
        let bad = |message: String| LearnedError::Weights {
            path: path.to_path_buf(),
            message,
        };
        if w.format != WEIGHTS_FORMAT {
            return Err(bad(format!(
                "format {:?}, expected {WEIGHTS_FORMAT:?}",
                w.format
            )));
        }
        w.head.validate().map_err(bad)?;
        if w.head.classes != QUAD_CLASSES {
            return Err(bad(format!(
                "{} classes, expected {QUAD_CLASSES}",
                w.head.classes
            )));
        }
        Ok(w)
    }
}

/// The sentence → quad-class probabilities model: MiniLM embedding + LR head.
pub struct QuadClassifier {
    /// `None` only for classifiers built in tests from hand-set weights: every sentence
    /// then has the zero embedding and the head's biases alone decide.
    embedder: Option<SentenceEmbedder>,
    weights: QuadWeights,
    cameo: CameoTable,
}

impl QuadClassifier {
    /// Loads the MiniLM model from `model_dir` (as laid out by `scripts/fetch_model.sh`)
    /// and the trained head and thresholds from `weights_path`.
    pub fn load(model_dir: &Path, weights_path: &Path) -> Result<Self, LearnedError> {
        let weights = QuadWeights::load(weights_path)?;
        let embedder = SentenceEmbedder::load(model_dir)?;
        Self::from_parts(embedder, weights).map_err(|e| match e {
            LearnedError::Data(message) => LearnedError::Weights {
                path: weights_path.to_path_buf(),
                message,
            },
            other => other,
        })
    }

    /// A classifier from an already loaded embedder and weights (the trainer's speed test).
    pub fn from_parts(
        embedder: SentenceEmbedder,
        weights: QuadWeights,
    ) -> Result<Self, LearnedError> {
        if weights.head.dim != embedder.dim() || weights.head.classes != QUAD_CLASSES {
            return Err(LearnedError::Data(format!(
                "head is {} × {}, model gives {}-d embeddings",
                weights.head.classes,
                weights.head.dim,
                embedder.dim()
            )));
        }
        Ok(Self {
            embedder: Some(embedder),
            weights,
            cameo: CameoTable::builtin()?,
        })
    }

    /// A classifier with no embedding model: every sentence gets the zero vector, so the
    /// prediction is the softmax of the head's biases. For tests of the decision logic.
    #[cfg(test)]
    pub(crate) fn from_head_only(weights: QuadWeights) -> Result<Self, LearnedError> {
        Ok(Self {
            embedder: None,
            weights,
            cameo: CameoTable::builtin()?,
        })
    }

    /// Class probabilities (they sum to 1), or the embedding error.
    pub fn try_predict(&self, sentence: &str) -> Result<[f32; QUAD_CLASSES], LearnedError> {
        let x = match &self.embedder {
            Some(e) => e.embed(sentence)?,
            None => vec![0.0; self.weights.head.dim],
        };
        let p = self.weights.head.predict_proba(&x);
        let mut out = [0.0; QUAD_CLASSES];
        for (o, v) in out.iter_mut().zip(p) {
            *o = v;
        }
        Ok(out)
    }

    /// Class probabilities; a sentence the model cannot embed gets the uniform
    /// distribution, which no threshold accepts (so [`refine`] leaves it alone).
    pub fn predict(&self, sentence: &str) -> [f32; QUAD_CLASSES] {
        self.try_predict(sentence)
            .unwrap_or([1.0 / QUAD_CLASSES as f32; QUAD_CLASSES])
    }

    pub fn options(&self) -> &RefineOptions {
        &self.weights.options
    }

    pub fn weights(&self) -> &QuadWeights {
        &self.weights
    }

    pub fn cameo(&self) -> &CameoTable {
        &self.cameo
    }

    pub fn embedder(&self) -> Option<&SentenceEmbedder> {
        self.embedder.as_ref()
    }
}

#[cfg(test)]
mod tests;
