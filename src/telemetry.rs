//! Logs and metrics. Every metric name the project exports is declared once, here.

use crate::config::{LogFormat, TelemetryConfig};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;

/// All metrics, with their meaning. Labels are given in brackets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    /// Counter [stage]: input messages taken by a stage.
    MessagesIn,
    /// Counter [stage]: messages a stage produced to its output topic.
    MessagesOut,
    /// Counter [stage, reason]: input messages sent to the dead-letter topic.
    DeadLettered,
    /// Histogram [stage], seconds: time to process one input message.
    ProcessingSeconds,
    /// Histogram, seconds: from the raw article entering Kafka to its event being emitted.
    EndToEndSeconds,
    /// Counter [stage, outcome = committed|aborted]: Kafka transactions.
    Transactions,
    /// Histogram [stage]: messages per committed transaction.
    BatchSize,
    /// Histogram [stage], seconds: from opening a transaction to its commit returning.
    TransactionSeconds,
    /// Gauge [stage, topic, partition]: consumer lag in messages.
    ConsumerLag,
    /// Counter [quad_class]: diplomatic events emitted by GDELT QuadClass.
    EventsEmitted,
    /// Counter [reason]: coded events the precision gate kept off events.diplomatic
    /// (reasons: `nlp::gate::DropReason`).
    EventsDropped,
    /// Counter [kind]: coded statements written to the statements topic, by CAMEO code
    /// 010–019, and 020–029 for appeals to no known addressee
    /// (`stages::events::STATEMENT_KINDS`).
    StatementsEmitted,
    /// Gauge [stage]: 1 while the worker has partitions assigned and its transactional
    /// producer initialised.
    Ready,
    /// Gauge [version, git_sha]: always 1; the labels identify the build.
    BuildInfo,
    /// Counter [stage]: completed consumer-group rebalances (partition assignments).
    Rebalances,
    /// Counter [stage]: batches whose transaction was aborted (or never opened) and retried.
    BatchesRetried,
    /// Gauge [stage], Unix seconds: when the last transaction committed.
    LastCommitTimestamp,
    /// Gauge [stage]: messages in the producer's queue, not yet acknowledged by Kafka.
    ProducerQueue,
    /// Gauge, bytes: resident memory of the process (from /proc).
    ProcessResidentMemory,
    /// Counter, seconds: user + system CPU time of the process (from /proc).
    ProcessCpuSeconds,
    /// Gauge: open file descriptors of the process (from /proc).
    ProcessOpenFds,
    /// Counter [reason]: events the alerts stage did not count (`late`: older than the
    /// rules' allowed lateness behind the partition's event time).
    AlertsSkipped,
}

/// Prometheus metric types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Counter,
    Gauge,
    Histogram,
}

impl Kind {
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Counter => "counter",
            Kind::Gauge => "gauge",
            Kind::Histogram => "histogram",
        }
    }
}

impl Metric {
    pub const ALL: [Metric; 22] = [
        Metric::MessagesIn,
        Metric::MessagesOut,
        Metric::DeadLettered,
        Metric::ProcessingSeconds,
        Metric::EndToEndSeconds,
        Metric::Transactions,
        Metric::BatchSize,
        Metric::TransactionSeconds,
        Metric::ConsumerLag,
        Metric::EventsEmitted,
        Metric::EventsDropped,
        Metric::StatementsEmitted,
        Metric::Ready,
        Metric::BuildInfo,
        Metric::Rebalances,
        Metric::BatchesRetried,
        Metric::LastCommitTimestamp,
        Metric::ProducerQueue,
        Metric::ProcessResidentMemory,
        Metric::ProcessCpuSeconds,
        Metric::ProcessOpenFds,
        Metric::AlertsSkipped,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Metric::MessagesIn => "demarche_messages_in_total",
            Metric::MessagesOut => "demarche_messages_out_total",
            Metric::DeadLettered => "demarche_dead_lettered_total",
            Metric::ProcessingSeconds => "demarche_processing_seconds",
            Metric::EndToEndSeconds => "demarche_end_to_end_seconds",
            Metric::Transactions => "demarche_transactions_total",
            Metric::BatchSize => "demarche_batch_size",
            Metric::TransactionSeconds => "demarche_transaction_seconds",
            Metric::ConsumerLag => "demarche_consumer_lag",
            Metric::EventsEmitted => "demarche_events_emitted_total",
            Metric::EventsDropped => "demarche_events_dropped_total",
            Metric::StatementsEmitted => "demarche_statements_emitted_total",
            Metric::Ready => "demarche_ready",
            Metric::BuildInfo => "demarche_build_info",
            Metric::Rebalances => "demarche_rebalances_total",
            Metric::BatchesRetried => "demarche_batches_retried_total",
            Metric::LastCommitTimestamp => "demarche_last_commit_timestamp_seconds",
            Metric::ProducerQueue => "demarche_producer_queue_messages",
            Metric::ProcessResidentMemory => "process_resident_memory_bytes",
            Metric::ProcessCpuSeconds => "process_cpu_seconds_total",
            Metric::ProcessOpenFds => "process_open_fds",
            Metric::AlertsSkipped => "demarche_alerts_skipped_total",
        }
    }

    pub const fn help(self) -> &'static str {
        match self {
            Metric::MessagesIn => "Input messages taken by a stage",
            Metric::MessagesOut => "Messages a stage produced to its output topic",
            Metric::DeadLettered => "Input messages sent to the dead-letter topic, by reason",
            Metric::ProcessingSeconds => "Time to process one input message",
            Metric::EndToEndSeconds => "Raw article ingestion to diplomatic event emission",
            Metric::Transactions => "Kafka transactions by outcome",
            Metric::BatchSize => "Messages per committed transaction",
            Metric::TransactionSeconds => "Time from opening a transaction to its commit",
            Metric::ConsumerLag => "Consumer lag in messages per partition",
            Metric::EventsEmitted => "Diplomatic events emitted by QuadClass",
            Metric::EventsDropped => "Coded events the precision gate did not emit, by reason",
            Metric::StatementsEmitted => {
                "Coded statements written to the statements topic, by kind"
            }
            Metric::Ready => {
                "1 while partitions are assigned and the transactional producer is initialised"
            }
            Metric::BuildInfo => "Build of the running binary (value always 1)",
            Metric::Rebalances => "Consumer-group rebalances that assigned partitions",
            Metric::BatchesRetried => "Batches aborted or not started, then retried",
            Metric::LastCommitTimestamp => "Unix time of the last committed transaction",
            Metric::ProducerQueue => "Messages in the producer queue awaiting acknowledgement",
            Metric::ProcessResidentMemory => "Resident memory size in bytes",
            Metric::ProcessCpuSeconds => "Total user and system CPU time spent in seconds",
            Metric::ProcessOpenFds => "Number of open file descriptors",
            Metric::AlertsSkipped => "Events the alerts stage did not count, by reason",
        }
    }

    pub const fn kind(self) -> Kind {
        match self {
            Metric::ProcessingSeconds
            | Metric::EndToEndSeconds
            | Metric::TransactionSeconds
            | Metric::BatchSize => Kind::Histogram,
            Metric::ConsumerLag
            | Metric::Ready
            | Metric::BuildInfo
            | Metric::LastCommitTimestamp
            | Metric::ProducerQueue
            | Metric::ProcessResidentMemory
            | Metric::ProcessOpenFds => Kind::Gauge,
            Metric::MessagesIn
            | Metric::MessagesOut
            | Metric::DeadLettered
            | Metric::Transactions
            | Metric::EventsEmitted
            | Metric::EventsDropped
            | Metric::StatementsEmitted
            | Metric::AlertsSkipped
            | Metric::Rebalances
            | Metric::BatchesRetried
            | Metric::ProcessCpuSeconds => Kind::Counter,
        }
    }

    /// The `# HELP` and `# TYPE` lines, for metrics rendered outside the recorder.
    pub fn header(self) -> String {
        format!(
            "# HELP {name} {help}\n# TYPE {name} {kind}\n",
            name = self.name(),
            help = self.help(),
            kind = self.kind().as_str()
        )
    }
}

static PROMETHEUS: OnceLock<PrometheusHandle> = OnceLock::new();

/// Installs the Prometheus recorder once per process and returns its handle.
pub fn prometheus() -> Result<&'static PrometheusHandle, String> {
    if let Some(handle) = PROMETHEUS.get() {
        return Ok(handle);
    }
    let latency_buckets = [
        0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
        10.0, 30.0,
    ];
    let batch_buckets = [1.0, 5.0, 10.0, 50.0, 100.0, 200.0, 500.0, 1000.0];
    let bucketed = [
        (Metric::ProcessingSeconds, &latency_buckets[..]),
        (Metric::EndToEndSeconds, &latency_buckets[..]),
        (Metric::TransactionSeconds, &latency_buckets[..]),
        (Metric::BatchSize, &batch_buckets[..]),
    ];
    let mut builder = PrometheusBuilder::new();
    for (metric, buckets) in bucketed {
        builder = builder
            .set_buckets_for_metric(Matcher::Full(metric.name().into()), buckets)
            .map_err(|e| e.to_string())?;
    }
    let handle = builder.install_recorder().map_err(|e| e.to_string())?;
    for metric in Metric::ALL {
        let (name, help) = (metric.name(), metric.help());
        match metric.kind() {
            Kind::Histogram => metrics::describe_histogram!(name, help),
            Kind::Gauge => metrics::describe_gauge!(name, help),
            Kind::Counter => metrics::describe_counter!(name, help),
        }
    }
    metrics::gauge!(Metric::BuildInfo.name(), "version" => env!("CARGO_PKG_VERSION"), "git_sha" => GIT_SHA)
        .set(1.0);
    Ok(PROMETHEUS.get_or_init(|| handle))
}

/// Commit the binary was built from (`build.rs`), or "unknown" without git.
pub const GIT_SHA: &str = env!("DEMARCHE_GIT_SHA");

/// Sets up `tracing` on stderr from `telemetry.log_format` and `telemetry.log_level`
/// (checked when the configuration loaded); `RUST_LOG`, when set, replaces the level.
pub fn init_logging(config: &TelemetryConfig) -> Result<(), String> {
    use tracing_subscriber::EnvFilter;
    let filter = match std::env::var("RUST_LOG") {
        Ok(filter) => EnvFilter::try_new(&filter).map_err(|e| format!("RUST_LOG={filter}: {e}")),
        Err(_) => EnvFilter::try_new(config.log_level.as_str())
            .map_err(|e| format!("telemetry.log_level: {e}")),
    }?;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // A second init (tests, `pipeline`) is harmless: keep the first subscriber.
    let _ = match config.log_format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Pretty => builder.try_init(),
    };
    Ok(())
}
