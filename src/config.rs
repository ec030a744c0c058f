//! Configuration: built-in defaults, overridden by a TOML file, overridden by
//! `DEMARCHE_…` environment variables, overridden by command-line flags.
//!
//! Environment variables name a key path with `_` between section and key:
//! `DEMARCHE_KAFKA_BOOTSTRAP_SERVERS=…`, `DEMARCHE_WORKER_BATCH_SIZE=500`. Arbitrary librdkafka
//! properties pass through `[kafka.properties]` or `DEMARCHE_KAFKA_PROPERTY_<NAME>` with
//! dots written as `_` (`DEMARCHE_KAFKA_PROPERTY_SASL_MECHANISM=SCRAM-SHA-512`).

use crate::nlp::NlpConfig;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid config: {0}")]
    Invalid(String),
}

#[derive(Debug, Clone, Deserialize, PartialEq, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub kafka: KafkaConfig,
    pub topics: Topics,
    pub worker: WorkerConfig,
    pub telemetry: TelemetryConfig,
    pub nlp: NlpConfig,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct KafkaConfig {
    pub bootstrap_servers: String,
    /// Consumer groups are `<group_prefix>-<stage>`.
    pub group_prefix: String,
    /// Identifies this worker among the instances of its stage. Transactional ids are
    /// `<group_prefix>-<stage>-<instance_id>`: a restarted instance with the same id fences
    /// its dead predecessor and aborts its open transaction at once. Must be unique per
    /// running worker of a stage; defaults to the host name.
    pub instance_id: String,
    pub session_timeout_ms: u32,
    pub transaction_timeout_ms: u32,
    /// How long a worker may take to reach the brokers and initialise its transactional
    /// producer before it exits with an error naming the bootstrap address.
    pub startup_timeout_ms: u64,
    /// Extra librdkafka properties (SASL, TLS, tuning), applied to every client.
    pub properties: BTreeMap<String, String>,
}

impl Default for KafkaConfig {
    fn default() -> Self {
        Self {
            bootstrap_servers: "127.0.0.1:9092".into(),
            group_prefix: "demarche".into(),
            instance_id: default_instance_id(),
            session_timeout_ms: 10_000,
            transaction_timeout_ms: 30_000,
            startup_timeout_ms: 30_000,
            properties: BTreeMap::new(),
        }
    }
}

fn default_instance_id() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| {
            std::fs::read_to_string("/etc/hostname")
                .ok()
                .map(|h| h.trim().to_string())
        })
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "0".into())
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Topics {
    pub raw: String,
    pub entities: String,
    pub stance: String,
    pub events: String,
    pub dlq: String,
}

impl Default for Topics {
    fn default() -> Self {
        Self {
            raw: "articles.raw".into(),
            entities: "articles.entities".into(),
            stance: "articles.stance".into(),
            events: "events.diplomatic".into(),
            dlq: "articles.dlq".into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct WorkerConfig {
    /// Most messages processed in one transaction.
    pub batch_size: usize,
    /// Longest wait to fill a batch before committing what there is.
    pub batch_linger_ms: u64,
    /// Larger input messages go to the dead-letter topic.
    pub max_message_bytes: usize,
    /// Bound on messages waiting in the producer queue.
    pub max_in_flight: usize,
    /// After SIGTERM/SIGINT, how long the open batch may take to finish before the process
    /// exits anyway (its transaction is then aborted by Kafka, as after a crash).
    pub shutdown_timeout_ms: u64,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        Self {
            batch_size: 200,
            batch_linger_ms: 50,
            max_message_bytes: 512 * 1024,
            max_in_flight: 10_000,
            shutdown_timeout_ms: 5_000,
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct TelemetryConfig {
    /// Address of `/metrics`, `/health`, `/ready`; port 0 picks a free one.
    pub listen: String,
    /// `pretty` or `json`.
    pub log_format: String,
    /// `tracing` filter directive, e.g. `info,demarche=debug`.
    pub log_level: String,
    /// How often consumer lag and the producer queue depth are refreshed.
    pub stats_interval_ms: u64,
    /// `/health` fails when a worker has neither committed a batch nor found its input
    /// drained for this long (wedged), or after a fatal error.
    pub stall_timeout_ms: u64,
}

impl Default for TelemetryConfig {
    fn default() -> Self {
        Self {
            listen: "0.0.0.0:9464".into(),
            log_format: "pretty".into(),
            log_level: "info".into(),
            stats_interval_ms: 5_000,
            stall_timeout_ms: 60_000,
        }
    }
}

const ENV_PREFIX: &str = "DEMARCHE_";
const SECTIONS: [&str; 5] = ["kafka", "topics", "worker", "telemetry", "nlp"];

impl Config {
    /// Loads the layers in order: defaults, file, environment, then `overrides`
    /// (dotted key paths such as `kafka.bootstrap_servers`, from flags).
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
        overrides: &[(String, toml::Value)],
    ) -> Result<Self, ConfigError> {
        let mut tree = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
                    path: path.display().to_string(),
                    source,
                })?;
                text.parse::<toml::Table>()
                    .map_err(|e| ConfigError::Invalid(format!("{}: {e}", path.display())))?
            }
            None => toml::Table::new(),
        };
        for (name, value) in env {
            if let Some((path, value)) = env_override(&name, &value) {
                set_path(&mut tree, &path, value)?;
            }
        }
        for (path, value) in overrides {
            let path: Vec<String> = path.split('.').map(str::to_string).collect();
            set_path(&mut tree, &path, value.clone())?;
        }
        toml::Value::Table(tree)
            .try_into()
            .map_err(|e: toml::de::Error| ConfigError::Invalid(e.to_string()))
    }
}

/// `DEMARCHE_WORKER_BATCH_SIZE=5` → (["worker", "batch_size"], 5).
fn env_override(name: &str, value: &str) -> Option<(Vec<String>, toml::Value)> {
    let rest = name.strip_prefix(ENV_PREFIX)?.to_ascii_lowercase();
    if let Some(property) = rest.strip_prefix("kafka_property_") {
        let key = property.replace('_', ".");
        return Some((
            vec!["kafka".into(), "properties".into(), key],
            toml::Value::String(value.into()),
        ));
    }
    let section = SECTIONS
        .iter()
        .find(|s| rest.starts_with(&format!("{s}_")))?;
    let key = rest[section.len() + 1..].to_string();
    Some((vec![section.to_string(), key], parse_scalar(value)))
}

/// Environment values are strings; read numbers, booleans and arrays as TOML would.
fn parse_scalar(value: &str) -> toml::Value {
    format!("v = {value}")
        .parse::<toml::Table>()
        .ok()
        .and_then(|mut t| t.remove("v"))
        .unwrap_or_else(|| toml::Value::String(value.to_string()))
}

fn set_path(
    tree: &mut toml::Table,
    path: &[String],
    value: toml::Value,
) -> Result<(), ConfigError> {
    let (last, parents) = path
        .split_last()
        .ok_or_else(|| ConfigError::Invalid("empty key".into()))?;
    let mut table = tree;
    for part in parents {
        table = table
            .entry(part.clone())
            .or_insert_with(|| toml::Value::Table(toml::Table::new()))
            .as_table_mut()
            .ok_or_else(|| ConfigError::Invalid(format!("`{part}` is not a table")))?;
    }
    table.insert(last.clone(), value);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn layers_override_in_order_file_env_flags() {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        writeln!(
            file,
            "[kafka]\nbootstrap_servers = \"file:1\"\ngroup_prefix = \"fromfile\"\n[worker]\nbatch_size = 7"
        )
        .unwrap();
        let env = vec![
            (
                "DEMARCHE_KAFKA_BOOTSTRAP_SERVERS".to_string(),
                "env:2".to_string(),
            ),
            (
                "DEMARCHE_WORKER_BATCH_LINGER_MS".to_string(),
                "9".to_string(),
            ),
            (
                "DEMARCHE_KAFKA_PROPERTY_SASL_MECHANISM".to_string(),
                "PLAIN".to_string(),
            ),
            ("UNRELATED".to_string(), "x".to_string()),
        ];
        let flags = vec![(
            "kafka.bootstrap_servers".to_string(),
            toml::Value::String("flag:3".into()),
        )];
        let config = Config::load(Some(file.path()), env, &flags).unwrap();
        assert_eq!(config.kafka.bootstrap_servers, "flag:3");
        assert_eq!(config.kafka.group_prefix, "fromfile");
        assert_eq!(config.worker.batch_size, 7);
        assert_eq!(config.worker.batch_linger_ms, 9);
        assert_eq!(config.kafka.properties["sasl.mechanism"], "PLAIN");
        assert_eq!(config.topics, Topics::default());
    }

    #[test]
    fn unknown_keys_are_errors_not_silently_ignored() {
        let env = vec![("DEMARCHE_WORKER_BACH_SIZE".to_string(), "5".to_string())];
        let err = Config::load(None, env, &[]).unwrap_err();
        assert!(err.to_string().contains("bach_size"), "{err}");
    }
}
