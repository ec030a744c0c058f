//! The library's error type: the bottom layer, importing nothing from the library.

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
    #[error("invalid setting {name}: {message}")]
    Setting { name: &'static str, message: String },
    #[error("invalid built-in data {name}: {message}")]
    BuiltinData { name: &'static str, message: String },
    /// The learned quad classifier's own error (boxed: that module sits above this one).
    #[cfg(feature = "learned")]
    #[error("learned quad classifier: {0}")]
    Learned(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[cfg(not(feature = "learned"))]
    #[error("nlp.learned_model_dir is set, but this build lacks the `learned` feature (cargo build --features learned)")]
    LearnedUnavailable,
}
