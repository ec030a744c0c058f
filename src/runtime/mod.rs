//! Runs stages: over Kafka as transactional workers, or in-process (embedded mode).
//! Both call [`crate::stages::run_stage`], so they execute the very same transform.

pub mod clients;
pub mod dead_letter;
pub mod embedded;
pub mod http;
pub mod memory;
pub mod recovery;
pub mod shutdown;
pub mod tools;
pub mod worker;

pub use shutdown::Shutdown;
