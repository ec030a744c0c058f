//! demarche: news articles in, diplomatic events out, over Kafka or in-process.
//!
//! Layout follows the architecture: [`nlp`] is the extraction library (no I/O),
//! [`stages`] wraps it as plain synchronous message transforms, [`runtime`] runs
//! stages over Kafka (transactional workers) or in-process (embedded mode), and
//! [`telemetry`], [`config`], [`cli`] are the edges.

pub mod cli;
pub mod config;
pub mod nlp;
pub mod proto;
pub mod runtime;
pub mod stages;
pub mod telemetry;
