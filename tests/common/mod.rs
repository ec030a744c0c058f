//! Shared harness for the integration tests: a real Kafka broker (started by
//! `scripts/test.sh`, address in `DEMARCHE_TEST_BOOTSTRAP`), unique topics per test, the
//! `demarche` binary as child processes, and a `read_committed` reader.
#![allow(dead_code)]

use demarche::nlp::{Extractor, NlpConfig};
use demarche::proto::v1::DiplomaticEvent;
use demarche::runtime::embedded::EmbeddedPipeline;
use demarche::stages::Limits;
use prost::Message as _;
use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Headers, Message, OwnedMessage};
use rdkafka::producer::{BaseRecord, Producer, ThreadedProducer};
use rdkafka::{ClientConfig, Offset, TopicPartitionList};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

pub fn bootstrap() -> String {
    std::env::var("DEMARCHE_TEST_BOOTSTRAP").expect(
        "DEMARCHE_TEST_BOOTSTRAP is not set: run the integration tests with scripts/test.sh, \
         which starts a real Kafka broker",
    )
}

/// A unique set of topic names and group prefix for one test.
pub struct TestTopics {
    pub prefix: String,
    pub raw: String,
    pub entities: String,
    pub stance: String,
    pub events: String,
    pub statements: String,
    pub dlq: String,
    pub alerts: String,
    /// Compacted, like a production changelog.
    pub alerts_changelog: String,
    pub dir: tempfile::TempDir,
}

impl TestTopics {
    pub fn new(name: &str, partitions: i32) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let prefix = format!("t-{name}-{}-{nanos}", std::process::id());
        let topics = Self {
            raw: format!("{prefix}.raw"),
            entities: format!("{prefix}.entities"),
            stance: format!("{prefix}.stance"),
            events: format!("{prefix}.events"),
            statements: format!("{prefix}.statements"),
            dlq: format!("{prefix}.dlq"),
            alerts: format!("{prefix}.alerts"),
            alerts_changelog: format!("{prefix}.alerts-changelog"),
            prefix,
            dir: tempfile::tempdir().expect("temp dir"),
        };
        topics.create(partitions);
        topics
    }

    fn all(&self) -> [&str; 8] {
        [
            &self.raw,
            &self.entities,
            &self.stance,
            &self.events,
            &self.statements,
            &self.dlq,
            &self.alerts,
            &self.alerts_changelog,
        ]
    }

    fn create(&self, partitions: i32) {
        let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
            .set("bootstrap.servers", bootstrap())
            .create()
            .expect("admin client");
        let new_topics: Vec<NewTopic> = self
            .all()
            .iter()
            .map(|t| {
                let topic = NewTopic::new(t, partitions, TopicReplication::Fixed(1));
                if *t == self.alerts_changelog {
                    topic.set("cleanup.policy", "compact")
                } else {
                    topic
                }
            })
            .collect();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let results = runtime
            .block_on(admin.create_topics(&new_topics, &AdminOptions::new()))
            .expect("create topics");
        for result in results {
            result.expect("topic created");
        }
    }

    /// Environment that points a `demarche` process at these topics.
    pub fn env(&self) -> Vec<(String, String)> {
        vec![
            ("DEMARCHE_KAFKA_BOOTSTRAP_SERVERS".into(), bootstrap()),
            ("DEMARCHE_KAFKA_GROUP_PREFIX".into(), self.prefix.clone()),
            ("DEMARCHE_KAFKA_SESSION_TIMEOUT_MS".into(), "6000".into()),
            ("DEMARCHE_TOPICS_RAW".into(), self.raw.clone()),
            ("DEMARCHE_TOPICS_ENTITIES".into(), self.entities.clone()),
            ("DEMARCHE_TOPICS_STANCE".into(), self.stance.clone()),
            ("DEMARCHE_TOPICS_EVENTS".into(), self.events.clone()),
            ("DEMARCHE_TOPICS_STATEMENTS".into(), self.statements.clone()),
            ("DEMARCHE_TOPICS_DLQ".into(), self.dlq.clone()),
            ("DEMARCHE_TOPICS_ALERTS".into(), self.alerts.clone()),
            (
                "DEMARCHE_TOPICS_ALERTS_CHANGELOG".into(),
                self.alerts_changelog.clone(),
            ),
            ("DEMARCHE_WORKER_BATCH_SIZE".into(), "20".into()),
        ]
    }

    /// Runs a `demarche` tool command (`produce`, `tail`) against these topics.
    pub fn run_tool(&self, args: &[&str]) -> std::process::Output {
        let output = Command::new(env!("CARGO_BIN_EXE_demarche"))
            .args(args)
            .envs(self.env())
            .stdin(Stdio::null())
            .output()
            .expect("run demarche");
        assert!(
            output.status.success(),
            "demarche {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    /// Starts `demarche <stage>` as a child process logging to a file in the test dir.
    pub fn spawn(&self, stage: &str, instance: &str, extra_env: &[(&str, &str)]) -> Worker {
        self.spawn_listening(stage, instance, extra_env, "127.0.0.1:0")
    }

    /// Like `spawn`, with `/metrics`, `/health` and `/ready` on `listen`.
    pub fn spawn_listening(
        &self,
        stage: &str,
        instance: &str,
        extra_env: &[(&str, &str)],
        listen: &str,
    ) -> Worker {
        self.spawn_with(&[stage], instance, extra_env, listen)
    }

    /// Like `spawn_listening`, with the subcommand's own arguments (`pipeline --with-alerts`).
    pub fn spawn_with(
        &self,
        args: &[&str],
        instance: &str,
        extra_env: &[(&str, &str)],
        listen: &str,
    ) -> Worker {
        let log = self
            .dir
            .path()
            .join(format!("{}-{instance}.log", args.join("-")));
        let mut command = Command::new(env!("CARGO_BIN_EXE_demarche"));
        command
            .args(args)
            .arg("--instance-id")
            .arg(instance)
            .arg("--metrics-listen")
            .arg(listen)
            .envs(self.env())
            .envs(
                extra_env
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string())),
            )
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::null());
        let log_file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .expect("log file");
        command.stderr(log_file);
        let child = command.spawn().expect("spawn demarche");
        Worker { child, log }
    }

    pub fn logs(&self) -> String {
        let mut all = String::new();
        if let Ok(entries) = std::fs::read_dir(self.dir.path()) {
            for entry in entries.flatten() {
                let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
                let tail: Vec<&str> = text.lines().rev().take(40).collect();
                all.push_str(&format!("==== {}\n", entry.path().display()));
                all.extend(tail.into_iter().rev().map(|l| format!("{l}\n")));
            }
        }
        all
    }
}

pub struct Worker {
    pub child: Child,
    pub log: PathBuf,
}

impl Worker {
    pub fn sigkill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Graceful stop: SIGTERM, then wait for the process to leave.
    pub fn sigterm(&mut self) -> std::process::ExitStatus {
        let status = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status()
            .expect("kill -TERM");
        assert!(status.success());
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status;
            }
            assert!(Instant::now() < deadline, "worker did not stop on SIGTERM");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Fails the test, with the worker's log, if the process has exited.
    pub fn assert_running(&mut self) {
        let exited = self.child.try_wait().expect("wait");
        assert!(exited.is_none(), "a worker exited:\n{}", self.log_text());
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn producer() -> ThreadedProducer<rdkafka::producer::DefaultProducerContext> {
    producer_with(&[])
}

/// An idempotent producer with extra librdkafka properties (e.g. a larger
/// `message.max.bytes`).
pub fn producer_with(
    properties: &[(&str, &str)],
) -> ThreadedProducer<rdkafka::producer::DefaultProducerContext> {
    let mut config = ClientConfig::new();
    config
        .set("bootstrap.servers", bootstrap())
        .set("enable.idempotence", "true");
    for (key, value) in properties {
        config.set(*key, *value);
    }
    config.create().expect("producer")
}

/// Produces payloads (key = index) and waits until all are acknowledged.
pub fn produce(topic: &str, payloads: &[Vec<u8>]) {
    produce_with(topic, payloads, &[]);
}

/// [`produce`] through a producer with extra properties.
pub fn produce_with(topic: &str, payloads: &[Vec<u8>], properties: &[(&str, &str)]) {
    let producer = producer_with(properties);
    for (i, payload) in payloads.iter().enumerate() {
        let key = format!("k{i}");
        producer
            .send(BaseRecord::to(topic).key(&key).payload(payload))
            .map_err(|(e, _)| e)
            .expect("send");
    }
    producer.flush(Duration::from_secs(60)).expect("flush");
}

/// Reads a topic from the beginning with `read_committed`.
pub struct Reader {
    consumer: BaseConsumer,
    pub messages: Vec<OwnedMessage>,
}

impl Reader {
    pub fn new(topic: &str) -> Self {
        let consumer: BaseConsumer = ClientConfig::new()
            .set("bootstrap.servers", bootstrap())
            .set("group.id", "demarche-test-reader")
            .set("enable.auto.commit", "false")
            .set("isolation.level", "read_committed")
            .create()
            .expect("consumer");
        // A topic just created may not be in the metadata yet: an empty assignment would
        // read nothing, silently. Wait until its partitions show.
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut assignment = TopicPartitionList::new();
        while assignment.count() == 0 {
            assert!(Instant::now() < deadline, "topic {topic} has no partitions");
            let metadata = consumer
                .fetch_metadata(Some(topic), Duration::from_secs(10))
                .expect("metadata");
            for t in metadata.topics() {
                for p in t.partitions() {
                    assignment
                        .add_partition_offset(topic, p.id(), Offset::Beginning)
                        .expect("partition");
                }
            }
            if assignment.count() == 0 {
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        consumer.assign(&assignment).expect("assign");
        Self {
            consumer,
            messages: Vec::new(),
        }
    }

    /// Reads until `done(messages)` or the timeout; returns whether `done` was reached.
    pub fn read_until(
        &mut self,
        timeout: Duration,
        done: impl Fn(&[OwnedMessage]) -> bool,
    ) -> bool {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if done(&self.messages) {
                return true;
            }
            if let Some(Ok(m)) = self.consumer.poll(Duration::from_millis(200)) {
                self.messages.push(m.detach());
            }
        }
        done(&self.messages)
    }

    /// Reads until `expected` events arrived (fails after 120 s, showing the workers'
    /// logs), then 2 s more to catch duplicates; returns every event read.
    pub fn expect_events(&mut self, expected: usize, topics: &TestTopics) -> Vec<DiplomaticEvent> {
        let complete = self.read_until(Duration::from_secs(120), |m| m.len() >= expected);
        assert!(
            complete,
            "only {} of {} events arrived\n{}",
            self.messages.len(),
            expected,
            topics.logs()
        );
        self.drain(Duration::from_secs(2));
        self.events()
    }

    /// Keeps reading for `quiet` to catch anything extra (duplicates would show here).
    pub fn drain(&mut self, quiet: Duration) {
        let deadline = Instant::now() + quiet;
        while Instant::now() < deadline {
            if let Some(Ok(m)) = self.consumer.poll(Duration::from_millis(200)) {
                self.messages.push(m.detach());
            }
        }
    }

    pub fn events(&self) -> Vec<DiplomaticEvent> {
        self.messages
            .iter()
            .map(|m| {
                DiplomaticEvent::decode(m.payload().unwrap_or_default()).expect("DiplomaticEvent")
            })
            .collect()
    }
}

pub fn header(message: &OwnedMessage, name: &str) -> Option<String> {
    let headers = message.headers()?;
    headers
        .iter()
        .find(|h| h.key == name)
        .and_then(|h| h.value)
        .map(|v| String::from_utf8_lossy(v).into_owned())
}

fn extractor() -> Arc<Extractor> {
    static EXTRACTOR: OnceLock<Arc<Extractor>> = OnceLock::new();
    EXTRACTOR
        .get_or_init(|| Arc::new(Extractor::new(&NlpConfig::default()).expect("dictionaries")))
        .clone()
}

/// What the same stage code produces in-process: the reference the Kafka path must match.
/// Keyed by event id, with the emission time cleared.
pub fn expected_events(articles: &[Vec<u8>]) -> BTreeMap<String, DiplomaticEvent> {
    expected_outputs(articles).0
}

/// The coded statements the same stage code writes to the statements topic, keyed by id.
pub fn expected_statements(articles: &[Vec<u8>]) -> BTreeMap<String, DiplomaticEvent> {
    expected_outputs(articles).1
}

type ById = BTreeMap<String, DiplomaticEvent>;

/// One in-process run of the stages: (events, statements), each keyed by id.
fn expected_outputs(articles: &[Vec<u8>]) -> (ById, ById) {
    let pipeline = EmbeddedPipeline::new(
        extractor(),
        0.0,
        Limits {
            max_message_bytes: 512 * 1024,
        },
    );
    let (mut events, mut statements) = (BTreeMap::new(), BTreeMap::new());
    for article in articles {
        let (evs, stmts) = pipeline
            .events_and_statements(article, 0)
            .expect("valid article");
        for event in evs {
            events.insert(event.event_id.clone(), normalise(event));
        }
        for statement in stmts {
            statements.insert(statement.event_id.clone(), normalise(statement));
        }
    }
    (events, statements)
}

pub fn normalise(mut event: DiplomaticEvent) -> DiplomaticEvent {
    event.emitted_at_ms = 0;
    event
}

/// Realistic articles, distinct ids, built from a few templates with varied actors.
pub fn articles(n: usize, tag: &str) -> Vec<Vec<u8>> {
    let templates = [
        ("2014-03-14T10:00:00Z", "Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in London. The talks broke down. Washington threatened sanctions against Russia. Russia held military exercises near Ukraine's border."),
        ("2023-07-12T10:00:00Z", "NATO pledged military aid to Ukraine. The Kremlin condemned the decision and accused NATO of escalating the war."),
        ("2022-12-17T10:00:00Z", "China lodged a protest with Japan over its defence strategy. Japanese officials rejected the criticism."),
        ("2015-07-14T10:00:00Z", "Iran agreed to allow inspectors into its nuclear sites. The United States and Iran signed the agreement in Vienna."),
        ("2019-10-10T10:00:00Z", "Turkish troops shelled Kurdish positions in Syria. The European Union demanded that Turkey halt the offensive."),
        ("2021-02-25T10:00:00Z", "India and Pakistan agreed to observe a ceasefire. Pakistani officials welcomed the announcement. The Indian foreign minister expressed optimism about the talks with Pakistan."),
    ];
    (0..n)
        .map(|i| {
            let (date, text) = templates[i % templates.len()];
            serde_json::json!({
                "id": format!("{tag}-{i:05}"),
                "url": format!("https://example.org/{tag}/{i}"),
                "published_at": date,
                "source": "test",
                "text": text,
            })
            .to_string()
            .into_bytes()
        })
        .collect()
}

/// Asserts the events read equal the expected ones exactly: same ids, no duplicates,
/// identical contents.
pub fn assert_exactly(expected: &BTreeMap<String, DiplomaticEvent>, got: &[DiplomaticEvent]) {
    let mut seen = BTreeMap::new();
    for event in got {
        let id = event.event_id.clone();
        assert!(
            seen.insert(id.clone(), normalise(event.clone())).is_none(),
            "duplicate event {id}"
        );
    }
    let missing: Vec<_> = expected.keys().filter(|k| !seen.contains_key(*k)).collect();
    let extra: Vec<_> = seen.keys().filter(|k| !expected.contains_key(*k)).collect();
    assert!(
        missing.is_empty(),
        "{} events missing, e.g. {:?}",
        missing.len(),
        missing.first()
    );
    assert!(
        extra.is_empty(),
        "{} unexpected events, e.g. {:?}",
        extra.len(),
        extra.first()
    );
    for (id, event) in expected {
        assert_eq!(
            &seen[id], event,
            "event {id} differs from the embedded pipeline's"
        );
    }
}

/// A loopback port that was free a moment ago.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// Minimal HTTP GET: (status code, body).
pub fn http_get(port: u16, path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .expect("request");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("response");
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

/// The metric names dashboards and alert rules rely on, spelled out here (not taken from
/// the code) so that renaming one breaks this contract loudly.
pub const EXPORTED_METRICS: [&str; 21] = [
    "demarche_messages_in_total",
    "demarche_messages_out_total",
    "demarche_dead_lettered_total",
    "demarche_processing_seconds",
    "demarche_end_to_end_seconds",
    "demarche_transactions_total",
    "demarche_batch_size",
    "demarche_transaction_seconds",
    "demarche_consumer_lag",
    "demarche_events_emitted_total",
    "demarche_events_dropped_total",
    "demarche_statements_emitted_total",
    "demarche_ready",
    "demarche_build_info",
    "demarche_rebalances_total",
    "demarche_batches_retried_total",
    "demarche_last_commit_timestamp_seconds",
    "demarche_producer_queue_messages",
    "process_resident_memory_bytes",
    "process_cpu_seconds_total",
    "process_open_fds",
];

/// Samples of `name` in a Prometheus text exposition: (labels, value). Histograms count
/// through their `_count` series.
pub fn samples(metrics: &str, name: &str) -> Vec<(String, f64)> {
    metrics
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|line| {
            let (series, value) = line.rsplit_once(' ')?;
            let (metric, labels) = match series.split_once('{') {
                Some((m, rest)) => (m, rest.trim_end_matches('}')),
                None => (series, ""),
            };
            let matches = metric == name || metric == format!("{name}_count");
            Some((labels.to_string(), value.parse().ok()?)).filter(|_| matches)
        })
        .collect()
}

/// Sum of the samples of `name` whose labels contain `label` (e.g. `stage="events"`).
pub fn metric_sum(metrics: &str, name: &str, label: &str) -> f64 {
    samples(metrics, name)
        .iter()
        .filter(|(labels, _)| labels.contains(label))
        .map(|(_, v)| v)
        .sum()
}

/// Polls `/ready` until it answers 200.
pub fn wait_ready(port: u16, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
            && http_get(port, "/ready").0 == 200
        {
            return true;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    false
}
