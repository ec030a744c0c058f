//! Configuration: built-in defaults, overridden by a TOML file, overridden by
//! `DEMARCHE_…` environment variables, overridden by command-line flags.
//!
//! Environment variables name a key path with `_` between section and key:
//! `DEMARCHE_KAFKA_BOOTSTRAP_SERVERS=…`, `DEMARCHE_WORKER_BATCH_SIZE=500`. Arbitrary librdkafka
//! properties pass through `[kafka.properties]` or `DEMARCHE_KAFKA_PROPERTY_<NAME>` with
//! dots written as `_` (`DEMARCHE_KAFKA_PROPERTY_SASL_MECHANISM=SCRAM-SHA-512`). Property
//! names keep their dots in every layer: they are map keys, never key paths.
//!
//! Secrets (`sasl.password`, `ssl.key.password`…) can be read from files instead:
//! `[kafka.secret_files]` maps a librdkafka property to a file whose content (trailing
//! newline removed) becomes the property's value, e.g. a mounted Kubernetes secret;
//! `DEMARCHE_KAFKA_SECRET_FILE_SASL_PASSWORD=/run/secrets/kafka-password` does the same
//! from the environment. Secret values never appear in `Debug` output.
//!
//! Every error names where the bad value came from: the file, the variable or the flag.

use crate::nlp::NlpConfig;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// `origin` says where the value came from: `config file …`, `environment variable …`
    /// or `flag …`.
    #[error("invalid configuration from {origin}: {message}")]
    Invalid { origin: String, message: String },
    #[error(
        "cannot read the secret file {path} for Kafka property `{property}` (kafka.secret_files)"
    )]
    SecretFile {
        property: String,
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("Kafka property `{0}` is set both directly and through kafka.secret_files; keep one")]
    SecretTwice(String),
}

/// A value set on top of the file and environment: a key path (property names stay one
/// segment, dots included) and the flag it came from, for error messages.
#[derive(Debug, Clone, PartialEq)]
pub struct Override {
    pub path: Vec<String>,
    pub value: toml::Value,
    pub origin: String,
}

impl Override {
    /// A flag setting `section.key`, e.g. `("kafka", "bootstrap_servers")`.
    pub fn key(section: &str, key: &str, value: toml::Value, flag: &str) -> Self {
        Self {
            path: vec![section.into(), key.into()],
            value,
            origin: format!("flag {flag}"),
        }
    }

    /// `-X name=value`: a librdkafka property, its name kept whole. The flag is named
    /// without its value, which may be a secret.
    pub fn property(name: &str, value: &str) -> Self {
        Self {
            path: vec!["kafka".into(), "properties".into(), name.into()],
            value: toml::Value::String(value.into()),
            origin: format!("flag -X {name}=…"),
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub kafka: KafkaConfig,
    pub topics: Topics,
    pub worker: WorkerConfig,
    pub telemetry: TelemetryConfig,
    pub nlp: NlpConfig,
    pub alerts: AlertsConfig,
}

/// The alerts stage: where its rules are and how often the file is checked for changes.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct AlertsConfig {
    /// TOML rules file (see deploy/alerts.example.toml); required by the alerts stage.
    pub rules: Option<PathBuf>,
    /// How often the rules file is checked for changes (hot reload).
    pub reload_interval_ms: u64,
}

impl Default for AlertsConfig {
    fn default() -> Self {
        Self {
            rules: None,
            reload_interval_ms: 2_000,
        }
    }
}

#[derive(Clone, Deserialize, PartialEq)]
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
    /// librdkafka property → file holding its value (secrets); read by [`Config::load`]
    /// into `properties`.
    pub secret_files: BTreeMap<String, PathBuf>,
}

/// Properties whose values are credentials or private keys, by name.
pub fn is_secret_property(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    [
        "password",
        "secret",
        "jaas",
        "oauthbearer.config",
        "key.pem",
    ]
    .iter()
    .any(|part| name.contains(part))
}

/// Like the derived `Debug`, but secret property values are shown as `<redacted>`.
impl fmt::Debug for KafkaConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let properties: BTreeMap<&str, &str> = self
            .properties
            .iter()
            .map(|(k, v)| {
                let shown = if is_secret_property(k) {
                    "<redacted>"
                } else {
                    v
                };
                (k.as_str(), shown)
            })
            .collect();
        f.debug_struct("KafkaConfig")
            .field("bootstrap_servers", &self.bootstrap_servers)
            .field("group_prefix", &self.group_prefix)
            .field("instance_id", &self.instance_id)
            .field("session_timeout_ms", &self.session_timeout_ms)
            .field("transaction_timeout_ms", &self.transaction_timeout_ms)
            .field("startup_timeout_ms", &self.startup_timeout_ms)
            .field("properties", &properties)
            .field("secret_files", &self.secret_files)
            .finish()
    }
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
            secret_files: BTreeMap::new(),
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
    /// The coded statements (CAMEO 01x) the events stage keeps off `events`: same
    /// message type, own topic; empty = not written.
    pub statements: String,
    pub dlq: String,
    pub alerts: String,
    /// Compacted topic of the alerts stage's window state, with at least as many
    /// partitions as `events`.
    pub alerts_changelog: String,
}

impl Default for Topics {
    fn default() -> Self {
        Self {
            raw: "articles.raw".into(),
            entities: "articles.entities".into(),
            stance: "articles.stance".into(),
            events: "events.diplomatic".into(),
            statements: "events.statements".into(),
            dlq: "articles.dlq".into(),
            alerts: "alerts.diplomatic".into(),
            alerts_changelog: "alerts.changelog".into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct WorkerConfig {
    /// Most messages processed in one transaction.
    pub batch_size: usize,
    /// Longest a batch keeps growing while input keeps arriving; a batch is committed as
    /// soon as the fetched input is drained, so this bounds it only under backlog.
    pub batch_linger_ms: u64,
    /// Larger input messages go to the dead-letter topic.
    pub max_message_bytes: usize,
    /// Bound on messages waiting in the producer queue.
    pub max_in_flight: usize,
    /// After SIGTERM/SIGINT, how long the open batch may take to finish before the process
    /// exits anyway (its transaction is then aborted by Kafka, as after a crash).
    pub shutdown_timeout_ms: u64,
    /// `demarche fused`: also write the intermediate topics (entities, stance), in the
    /// same transaction as the events; false skips them.
    pub fused_intermediate_topics: bool,
    /// Process the next batch while the previous batch's transaction commits (stateless
    /// stages only). Off by default: on this machine it cut the fused worker's p99 in two
    /// runs of three but raised the staged pipeline's (BENCHMARKS.md, "Pipelined").
    pub pipelined_commits: bool,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        Self {
            batch_size: 200,
            batch_linger_ms: 50,
            max_message_bytes: 512 * 1024,
            max_in_flight: 10_000,
            shutdown_timeout_ms: 5_000,
            fused_intermediate_topics: true,
            pipelined_commits: false,
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct TelemetryConfig {
    /// Address of `/metrics`, `/health`, `/ready`; port 0 picks a free one.
    pub listen: String,
    pub log_format: LogFormat,
    /// A level, optionally per target: `info`, `warn,demarche=debug`.
    pub log_level: LogLevel,
    /// How often consumer lag and the producer queue depth are refreshed.
    pub stats_interval_ms: u64,
    /// `/health` fails when a worker has neither committed a batch nor found its input
    /// drained for this long (wedged), or after a fatal error.
    pub stall_timeout_ms: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Pretty,
    /// One JSON object per line, for log collectors.
    Json,
}

const LEVELS: [&str; 6] = ["trace", "debug", "info", "warn", "error", "off"];

/// A `tracing` filter whose every directive ends in a known level. A bare word is read
/// by `tracing` as a target name, which would silently hide every other log line, so
/// `verbose` or `inf` are refused here.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct LogLevel(String);

impl LogLevel {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for LogLevel {
    type Error = String;

    fn try_from(filter: String) -> Result<Self, String> {
        for directive in filter.split(',').map(str::trim) {
            let level = directive.rsplit_once('=').map_or(directive, |(_, l)| l);
            if !LEVELS.contains(&level.to_ascii_lowercase().as_str()) {
                return Err(format!(
                    "unknown log level `{level}` in `{filter}`: use one of {}, optionally per \
                     target (`warn,demarche=debug`)",
                    LEVELS.join(", ")
                ));
            }
        }
        Ok(Self(filter))
    }
}

impl Default for TelemetryConfig {
    fn default() -> Self {
        Self {
            listen: "0.0.0.0:9464".into(),
            log_format: LogFormat::Pretty,
            log_level: LogLevel("info".into()),
            stats_interval_ms: 5_000,
            stall_timeout_ms: 60_000,
        }
    }
}

const ENV_PREFIX: &str = "DEMARCHE_";
const SECTIONS: [&str; 6] = ["kafka", "topics", "worker", "telemetry", "nlp", "alerts"];

impl Config {
    /// Loads the layers in order: defaults, file, environment, then `overrides` (flags),
    /// then reads `kafka.secret_files`. The layers are checked one value at a time, so an
    /// error names the file, variable or flag that brought the bad value.
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
        overrides: &[Override],
    ) -> Result<Self, ConfigError> {
        let mut tree = match file {
            Some(path) => read_file(path)?,
            None => toml::Table::new(),
        };
        let mut env: Vec<_> = env
            .into_iter()
            .filter_map(|(name, value)| {
                let (path, value) = env_override(&name, &value)?;
                let origin = format!("environment variable {name}");
                Some(Override {
                    path,
                    value,
                    origin,
                })
            })
            .collect();
        // Deterministic order, so the same environment always reports the same error.
        env.sort_by(|a, b| a.origin.cmp(&b.origin));
        for layer in env.iter().chain(overrides) {
            set_path(&mut tree, &layer.path, layer.value.clone(), &layer.origin)?;
            deserialize(&tree, &layer.origin)?;
        }
        let mut config = deserialize(&tree, "the defaults")?;
        config.kafka.read_secret_files()?;
        Ok(config)
    }
}

fn read_file(path: &Path) -> Result<toml::Table, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.display().to_string(),
        source,
    })?;
    let origin = format!("config file {}", path.display());
    // Parsed straight into `Config` first: its errors carry line and column.
    toml::from_str::<Config>(&text).map_err(|e| invalid(&origin, e))?;
    text.parse::<toml::Table>().map_err(|e| invalid(&origin, e))
}

fn deserialize(tree: &toml::Table, origin: &str) -> Result<Config, ConfigError> {
    toml::Value::Table(tree.clone())
        .try_into()
        // `toml` puts the key path on a second line; one line reads better in logs.
        .map_err(|e: toml::de::Error| invalid(origin, e.to_string().trim().replace('\n', " ")))
}

fn invalid(origin: &str, error: impl fmt::Display) -> ConfigError {
    ConfigError::Invalid {
        origin: origin.to_string(),
        message: error.to_string().trim_end().to_string(),
    }
}

impl KafkaConfig {
    /// Moves each secret file's content into `properties`.
    fn read_secret_files(&mut self) -> Result<(), ConfigError> {
        for (property, path) in &self.secret_files {
            if self.properties.contains_key(property) {
                return Err(ConfigError::SecretTwice(property.clone()));
            }
            let text = std::fs::read_to_string(path).map_err(|source| ConfigError::SecretFile {
                property: property.clone(),
                path: path.display().to_string(),
                source,
            })?;
            let value = text.trim_end_matches(['\r', '\n']).to_string();
            self.properties.insert(property.clone(), value);
        }
        Ok(())
    }
}

/// `DEMARCHE_WORKER_BATCH_SIZE=5` → (["worker", "batch_size"], 5).
fn env_override(name: &str, value: &str) -> Option<(Vec<String>, toml::Value)> {
    let rest = name.strip_prefix(ENV_PREFIX)?.to_ascii_lowercase();
    for (prefix, table) in [
        ("kafka_property_", "properties"),
        ("kafka_secret_file_", "secret_files"),
    ] {
        if let Some(property) = rest.strip_prefix(prefix) {
            let key = property.replace('_', ".");
            return Some((
                vec!["kafka".into(), table.into(), key],
                toml::Value::String(value.into()),
            ));
        }
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
    origin: &str,
) -> Result<(), ConfigError> {
    let (last, parents) = path
        .split_last()
        .ok_or_else(|| invalid(origin, "empty key"))?;
    let mut table = tree;
    for part in parents {
        table = table
            .entry(part.clone())
            .or_insert_with(|| toml::Value::Table(toml::Table::new()))
            .as_table_mut()
            .ok_or_else(|| invalid(origin, format!("`{part}` is not a table")))?;
    }
    table.insert(last.clone(), value);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn vars(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn file(text: &str) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(text.as_bytes()).unwrap();
        file
    }

    #[test]
    fn layers_override_in_order_file_env_flags() {
        let file = file(
            "[kafka]\nbootstrap_servers = \"file:1\"\ngroup_prefix = \"fromfile\"\n[worker]\nbatch_size = 7",
        );
        let env = vars(&[
            ("DEMARCHE_KAFKA_BOOTSTRAP_SERVERS", "env:2"),
            ("DEMARCHE_WORKER_BATCH_LINGER_MS", "9"),
            ("DEMARCHE_KAFKA_PROPERTY_SASL_MECHANISM", "PLAIN"),
            ("UNRELATED", "x"),
        ]);
        let flags = vec![Override::key(
            "kafka",
            "bootstrap_servers",
            "flag:3".into(),
            "--bootstrap-servers",
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
    fn dotted_property_names_stay_whole_in_every_layer() {
        let file =
            file("[kafka.properties]\n\"linger.ms\" = \"5\"\n\"security.protocol\" = \"SSL\"\n");
        let env = vars(&[
            (
                "DEMARCHE_KAFKA_PROPERTY_SECURITY_PROTOCOL",
                "SASL_PLAINTEXT",
            ),
            ("DEMARCHE_KAFKA_PROPERTY_SASL_MECHANISM", "SCRAM-SHA-512"),
        ]);
        let flags = vec![
            Override::property("security.protocol", "SASL_SSL"),
            Override::property("queue.buffering.max.kbytes", "2048"),
        ];
        let config = Config::load(Some(file.path()), env, &flags).unwrap();
        let expected: BTreeMap<String, String> = [
            ("linger.ms", "5"),
            ("queue.buffering.max.kbytes", "2048"),
            ("sasl.mechanism", "SCRAM-SHA-512"),
            ("security.protocol", "SASL_SSL"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(config.kafka.properties, expected);
    }

    #[test]
    fn unknown_keys_are_errors_not_silently_ignored() {
        let env = vars(&[("DEMARCHE_WORKER_BACH_SIZE", "5")]);
        let err = Config::load(None, env, &[]).unwrap_err();
        assert!(err.to_string().contains("bach_size"), "{err}");
    }

    #[test]
    fn errors_name_the_file_the_variable_or_the_flag() {
        let bad_file = file("[worker]\nbatch_size = \"many\"\n");
        let err = Config::load(Some(bad_file.path()), Vec::new(), &[]).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains(&bad_file.path().display().to_string()),
            "{text}"
        );
        assert!(text.contains("batch_size"), "{text}");

        let good_file = file("[worker]\nbatch_size = 3\n");
        let env = vars(&[
            ("DEMARCHE_WORKER_BATCH_SIZE", "4"),
            ("DEMARCHE_WORKER_MAX_IN_FLIGHT", "lots"),
        ]);
        let err = Config::load(Some(good_file.path()), env, &[]).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("environment variable DEMARCHE_WORKER_MAX_IN_FLIGHT"),
            "{text}"
        );
        assert!(!text.contains("BATCH_SIZE"), "{text}");

        let flags = vec![Override::key(
            "telemetry",
            "log_format",
            "xml".into(),
            "--log-format",
        )];
        let err = Config::load(None, Vec::new(), &flags).unwrap_err();
        assert!(err.to_string().contains("flag --log-format"), "{err}");
    }

    #[test]
    fn unknown_log_format_is_refused_with_the_valid_ones() {
        let env = vars(&[("DEMARCHE_TELEMETRY_LOG_FORMAT", "xml")]);
        let text = Config::load(None, env, &[]).unwrap_err().to_string();
        assert!(
            text.contains("xml") && text.contains("pretty") && text.contains("json"),
            "{text}"
        );
        let env = vec![("DEMARCHE_TELEMETRY_LOG_FORMAT".into(), "json".into())];
        let config = Config::load(None, env, &[]).unwrap();
        assert_eq!(config.telemetry.log_format, LogFormat::Json);
    }

    #[test]
    fn log_levels_must_be_known_levels() {
        for good in [
            "info",
            "WARN",
            "warn,demarche=debug",
            "off",
            "demarche::runtime=trace",
        ] {
            assert!(LogLevel::try_from(good.to_string()).is_ok(), "{good}");
        }
        for bad in ["verbose", "inf", "info,demarche", "demarche=loud", ""] {
            let err = LogLevel::try_from(bad.to_string()).unwrap_err();
            assert!(
                err.contains("trace, debug, info, warn, error, off"),
                "{err}"
            );
        }
        let env = vars(&[("DEMARCHE_TELEMETRY_LOG_LEVEL", "verbose")]);
        let text = Config::load(None, env, &[]).unwrap_err().to_string();
        assert!(
            text.contains("DEMARCHE_TELEMETRY_LOG_LEVEL") && text.contains("verbose"),
            "{text}"
        );
    }

    #[test]
    fn secret_files_become_properties() {
        let secret = file("s3cret-value\n");
        let path = secret.path().display().to_string();
        let path = path.as_str();
        let env = vars(&[("DEMARCHE_KAFKA_SECRET_FILE_SASL_PASSWORD", path)]);
        let config = Config::load(None, env, &[]).unwrap();
        assert_eq!(config.kafka.properties["sasl.password"], "s3cret-value");

        let toml = format!("[kafka.secret_files]\n\"ssl.key.password\" = \"{path}\"\n");
        let config = Config::load(Some(file(&toml).path()), Vec::new(), &[]).unwrap();
        assert_eq!(config.kafka.properties["ssl.key.password"], "s3cret-value");
    }

    #[test]
    fn secret_file_errors_name_the_file_and_the_property_only() {
        let env = vars(&[(
            "DEMARCHE_KAFKA_SECRET_FILE_SASL_PASSWORD",
            "/nonexistent/kafka-password",
        )]);
        let text = Config::load(None, env, &[]).unwrap_err().to_string();
        assert!(
            text.contains("/nonexistent/kafka-password") && text.contains("sasl.password"),
            "{text}"
        );

        let secret = file("from-file");
        let path = secret.path().display().to_string();
        let env = vars(&[
            ("DEMARCHE_KAFKA_SECRET_FILE_SASL_PASSWORD", path.as_str()),
            ("DEMARCHE_KAFKA_PROPERTY_SASL_PASSWORD", "from-env"),
        ]);
        let text = Config::load(None, env, &[]).unwrap_err().to_string();
        assert!(text.contains("sasl.password"), "{text}");
        assert!(
            !text.contains("from-env") && !text.contains("from-file"),
            "{text}"
        );
    }

    #[test]
    fn debug_output_redacts_secret_properties() {
        let mut config = Config::default();
        let properties = &mut config.kafka.properties;
        for (key, value) in [
            ("sasl.password", "pw-sasl"),
            ("ssl.key.password", "pw-key"),
            ("ssl.keystore.password", "pw-keystore"),
            ("ssl.truststore.password", "pw-truststore"),
            ("sasl.oauthbearer.client.secret", "pw-oauth"),
            ("ssl.key.pem", "pw-pem"),
            ("sasl.username", "demarche-user"),
        ] {
            properties.insert(key.into(), value.into());
        }
        let shown = format!("{config:?} {config:#?}");
        assert!(!shown.contains("pw-"), "{shown}");
        assert!(shown.contains("sasl.password"), "{shown}");
        assert!(shown.contains("demarche-user"), "{shown}");
    }
}
