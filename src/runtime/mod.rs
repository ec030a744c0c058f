//! Runs stages: over Kafka as transactional workers, or in-process (embedded mode).
//! Both call [`crate::stages::run_stage`], so they execute the very same transform.

pub mod allocator;
pub mod batch;
pub mod chain;
pub mod changelog;
pub mod client_log;
pub mod clients;
pub mod commit;
pub mod dead_letter;
pub mod embedded;
pub mod fused;
pub mod health;
pub mod http;
pub mod lag;
pub mod memory;
pub mod process;
pub mod producer;
pub mod recovery;
pub mod series;
pub mod shutdown;
pub mod startup;
pub mod tools;
pub mod typed;
pub mod worker;

pub use shutdown::Shutdown;
