//! `demarche produce` when the broker is away: it keeps retrying until the broker is
//! back (and writes each article once), or reports what it could not deliver.

mod common;

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::Message;
use rdkafka::{ClientConfig, Offset, TopicPartitionList};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BROKER_SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/kafka-broker.sh");

/// A broker of this test alone (the shared one must stay up for the other tests),
/// stopped when dropped, also when the test fails.
struct OwnBroker {
    dir: tempfile::TempDir,
    bootstrap: String,
}

impl OwnBroker {
    fn start() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        broker_script("start", dir.path());
        let bootstrap = std::fs::read_to_string(dir.path().join("bootstrap"))
            .expect("bootstrap file")
            .trim()
            .to_string();
        Self { dir, bootstrap }
    }
}

impl Drop for OwnBroker {
    fn drop(&mut self) {
        let _ = Command::new(BROKER_SCRIPT)
            .args(["stop"])
            .arg(self.dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

fn broker_script(command: &str, dir: &Path) {
    let status = Command::new(BROKER_SCRIPT)
        .arg(command)
        .arg(dir)
        .stdout(Stdio::null())
        .status()
        .expect("run kafka-broker.sh");
    assert!(status.success(), "kafka-broker.sh {command} failed");
}

fn write_articles(dir: &Path, n: usize, tag: &str) -> PathBuf {
    let path = dir.join(format!("{tag}.jsonl"));
    let lines: Vec<String> = common::articles(n, tag)
        .into_iter()
        .map(|a| String::from_utf8(a).expect("utf-8 article"))
        .collect();
    std::fs::write(&path, lines.join("\n") + "\n").expect("write articles");
    path
}

fn demarche_produce(bootstrap: &str, topic: &str, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_demarche"));
    command
        .args(["produce", "--topic", topic])
        .args(args)
        .env("DEMARCHE_KAFKA_BOOTSTRAP_SERVERS", bootstrap)
        .env("DEMARCHE_TELEMETRY_LOG_LEVEL", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

fn create_topic(bootstrap: &str, topic: &str) {
    let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .create()
        .expect("admin client");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let new = NewTopic::new(topic, 1, TopicReplication::Fixed(1));
    let results = runtime
        .block_on(admin.create_topics([&new], &AdminOptions::new()))
        .expect("create topic");
    for result in results {
        result.expect("topic created");
    }
}

/// How many times each key is in the topic (partition 0; the test broker makes one).
fn key_counts(bootstrap: &str, topic: &str, expected: usize) -> BTreeMap<String, usize> {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("group.id", "demarche-produce-test")
        .set("enable.auto.commit", "false")
        .create()
        .expect("consumer");
    let mut assignment = TopicPartitionList::new();
    assignment
        .add_partition_offset(topic, 0, Offset::Beginning)
        .expect("partition");
    consumer.assign(&assignment).expect("assign");
    let mut counts = BTreeMap::new();
    let mut seen = 0;
    // Read until all arrived, then a little longer to catch duplicates.
    let mut deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Some(Ok(m)) = consumer.poll(Duration::from_millis(200)) {
            let key = String::from_utf8_lossy(m.key().unwrap_or_default()).into_owned();
            *counts.entry(key).or_insert(0) += 1;
            seen += 1;
            if seen == expected {
                deadline = Instant::now() + Duration::from_secs(2);
            }
        }
    }
    counts
}

#[test]
fn produce_waits_for_a_broker_that_comes_back_and_writes_each_article_once() {
    let broker = OwnBroker::start();
    let inputs = tempfile::tempdir().expect("temp dir");
    let file = write_articles(inputs.path(), 200, "outage");
    let topic = "produce-outage";
    // The outage hits a topic that exists: a topic librdkafka cannot see for
    // `topic.metadata.propagation.max.ms` (30 s) fails its messages as unknown.
    create_topic(&broker.bootstrap, topic);
    broker_script("kill", broker.dir.path());

    let child = demarche_produce(&broker.bootstrap, topic, &[file.to_str().expect("path")])
        .spawn()
        .expect("spawn demarche produce");
    // Longer than the 30 s the tool used to wait, once the restart is counted.
    std::thread::sleep(Duration::from_secs(25));
    broker_script("restart", broker.dir.path());
    let output = child.wait_with_output().expect("wait for produce");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "produce failed: {stderr}");
    assert!(
        stderr.contains(&format!("produced 200 messages to {topic}")),
        "{stderr}"
    );

    let counts = key_counts(&broker.bootstrap, topic, 200);
    assert_eq!(counts.len(), 200, "articles missing: {counts:?}");
    let twice: Vec<_> = counts.iter().filter(|(_, &n)| n != 1).collect();
    assert!(
        twice.is_empty(),
        "articles written more than once: {twice:?}"
    );
}

#[test]
fn produce_reports_what_it_could_not_deliver_after_the_delivery_timeout() {
    let inputs = tempfile::tempdir().expect("temp dir");
    let file = write_articles(inputs.path(), 12, "nobroker");
    // A port that was free a moment ago: nothing listens there.
    let nowhere = format!("127.0.0.1:{}", common::free_port());
    let output = demarche_produce(
        &nowhere,
        "produce-nowhere",
        &[
            "--delivery-timeout-ms",
            "3000",
            file.to_str().expect("path"),
        ],
    )
    .output()
    .expect("run demarche produce");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "produce succeeded: {stderr}");
    assert!(
        stderr.contains("12 of 12 messages were not delivered"),
        "{stderr}"
    );
    assert!(stderr.contains("timed out"), "{stderr}");
    let name = file.display().to_string();
    // Ten of the failed lines are named, as `file:line`.
    let report = stderr.lines().last().unwrap_or_default();
    let named: Vec<&str> = report.matches(&format!("{name}:")).collect();
    assert_eq!(named.len(), 10, "{report}");
}
