//! The pipeline over TLS with SCRAM-SHA-512: the test broker's SASL_SSL listener (CA,
//! certificate and SCRAM user made by scripts/kafka-broker.sh), the CA checked through
//! `ssl.ca.location` with host-name verification on, properties from every layer (config
//! file for the workers, environment and `-X` for the tools) and the password from a
//! file or a variable, never from the logs. A wrong password stops a worker with an
//! error that names the broker and the mechanism.

mod common;

use common::{assert_exactly, Reader, TestTopics};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The SASL_SSL listener and its credentials, as scripts/test.sh exports them.
struct Secure {
    bootstrap: String,
    ca: String,
    user: String,
    password_file: String,
}

fn var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!(
            "{name} is not set: run the integration tests with scripts/test.sh, which starts \
             a broker with a SASL_SSL listener"
        )
    })
}

impl Secure {
    fn from_env() -> Self {
        Self {
            bootstrap: var("DEMARCHE_TEST_SASL_SSL_BOOTSTRAP"),
            ca: var("DEMARCHE_TEST_CA"),
            user: var("DEMARCHE_TEST_SCRAM_USER"),
            password_file: var("DEMARCHE_TEST_SCRAM_PASSWORD_FILE"),
        }
    }

    fn password(&self) -> String {
        std::fs::read_to_string(&self.password_file)
            .expect("SCRAM password file")
            .trim()
            .to_string()
    }

    /// A worker config file: TLS and SCRAM settings (the SASL_SSL address comes from the
    /// environment, which overrides the harness's PLAINTEXT one), the password through
    /// `kafka.secret_files` when `with_password_file`.
    fn config_file(&self, topics: &TestTopics, name: &str, with_password_file: bool) -> String {
        let mut text = format!(
            "[kafka.properties]\n\
             \"security.protocol\" = \"SASL_SSL\"\n\"sasl.mechanism\" = \"SCRAM-SHA-512\"\n\
             \"sasl.username\" = \"{}\"\n\"ssl.ca.location\" = \"{}\"\n",
            self.user, self.ca
        );
        if with_password_file {
            text.push_str(&format!(
                "\n[kafka.secret_files]\n\"sasl.password\" = \"{}\"\n",
                self.password_file
            ));
        }
        let path = topics.dir.path().join(name);
        std::fs::write(&path, text).expect("write config");
        path.to_string_lossy().into_owned()
    }

    /// A tool command (`produce`, `tail`) through SASL_SSL: properties as `-X` flags, the
    /// password in the environment.
    fn tool(&self, topics: &TestTopics, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_demarche"));
        command
            .envs(topics.env())
            .env("DEMARCHE_KAFKA_BOOTSTRAP_SERVERS", &self.bootstrap)
            .env("DEMARCHE_KAFKA_PROPERTY_SASL_PASSWORD", self.password())
            .env("DEMARCHE_KAFKA_PROPERTY_SASL_USERNAME", &self.user)
            .args(["-X", "security.protocol=SASL_SSL"])
            .args(["-X", "sasl.mechanism=SCRAM-SHA-512"])
            .args(["-X", &format!("ssl.ca.location={}", self.ca)])
            .args(args)
            .stdin(Stdio::null());
        command
    }
}

fn succeeded(output: Output, what: &str) -> Output {
    assert!(
        output.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

#[test]
fn articles_flow_exactly_once_through_sasl_ssl() {
    let secure = Secure::from_env();
    let topics = TestTopics::new("sasl-ssl", 2);
    let config = secure.config_file(&topics, "secure.toml", true);
    let env = [
        ("DEMARCHE_CONFIG", config.as_str()),
        (
            "DEMARCHE_KAFKA_BOOTSTRAP_SERVERS",
            secure.bootstrap.as_str(),
        ),
    ];
    let workers = [
        topics.spawn("entities", "s", &env),
        topics.spawn("stance", "s", &env),
        topics.spawn("events", "s", &env),
    ];
    let articles = common::articles(24, "tls");
    let expected = common::expected_events(&articles);
    assert!(!expected.is_empty());

    let input = topics.dir.path().join("articles.jsonl");
    let lines: Vec<String> = articles
        .iter()
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect();
    std::fs::write(&input, lines.join("\n")).unwrap();
    let input = input.to_string_lossy().into_owned();
    let produce = secure
        .tool(&topics, &["produce", "--topic", &topics.raw, &input])
        .output()
        .expect("run produce");
    succeeded(produce, "produce over SASL_SSL");

    // Checked from outside, on the PLAINTEXT listener, read_committed.
    let mut reader = Reader::new(&topics.events);
    let events = reader.expect_events(expected.len(), &topics);
    assert_exactly(&expected, &events);

    // `tail` over SASL_SSL, with debug logs on: the effective configuration is logged,
    // its password is not.
    let max = expected.len().to_string();
    let tail = secure
        .tool(
            &topics,
            &[
                "--log-level",
                "debug",
                "tail",
                &topics.events,
                "--from-beginning",
                "--max-messages",
                &max,
                "--idle-timeout-ms",
                "10000",
            ],
        )
        .env_remove("RUST_LOG")
        .output()
        .expect("run tail");
    let tail = succeeded(tail, "tail over SASL_SSL");
    assert_eq!(
        String::from_utf8_lossy(&tail.stdout).lines().count(),
        expected.len()
    );
    let stderr = String::from_utf8_lossy(&tail.stderr);
    assert!(stderr.contains("configuration loaded"), "{stderr}");
    assert!(stderr.contains("<redacted>"), "{stderr}");

    let password = secure.password();
    for worker in &workers {
        assert!(
            !worker.log_text().contains(&password),
            "{}",
            worker.log_text()
        );
    }
    assert!(!stderr.contains(&password), "{stderr}");
}

#[test]
fn a_wrong_password_stops_the_worker_with_a_clear_error() {
    let secure = Secure::from_env();
    let topics = TestTopics::new("sasl-wrong", 1);
    let config = secure.config_file(&topics, "wrong.toml", false);
    let wrong = "not-the-password";
    let mut worker = topics.spawn(
        "entities",
        "w",
        &[
            ("DEMARCHE_CONFIG", config.as_str()),
            (
                "DEMARCHE_KAFKA_BOOTSTRAP_SERVERS",
                secure.bootstrap.as_str(),
            ),
            ("DEMARCHE_KAFKA_PROPERTY_SASL_PASSWORD", wrong),
        ],
    );
    // Liveness bound only, generous for a loaded machine (a debug build loads its
    // dictionaries slowly); the message checks below are what tell the fix apart: before
    // it the worker retried for about three minutes, then blamed a timeout.
    let deadline = Instant::now() + Duration::from_secs(240);
    let status = loop {
        if let Some(status) = worker.child.try_wait().expect("wait") {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "worker still running with a wrong password\n{}",
            worker.log_text()
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(!status.success());
    let log = worker.log_text();
    let last = log.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("error: Kafka authentication failed"),
        "{log}"
    );
    assert!(last.contains(&secure.bootstrap), "{log}");
    assert!(last.contains("sasl.mechanism=SCRAM-SHA-512"), "{log}");
    assert!(!log.contains(wrong), "{log}");

    // The tools say the same instead of timing out on a vague transport error.
    let input = topics.dir.path().join("one.jsonl");
    std::fs::write(&input, r#"{"id":"w1","text":"The envoy arrived."}"#).unwrap();
    let produce = secure
        .tool(
            &topics,
            &["produce", "--topic", &topics.raw, &input.to_string_lossy()],
        )
        .env("DEMARCHE_KAFKA_PROPERTY_SASL_PASSWORD", wrong)
        .output()
        .expect("run produce");
    assert!(!produce.status.success());
    let text = String::from_utf8_lossy(&produce.stderr);
    let last = text.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("error: Kafka authentication failed"),
        "{text}"
    );
    assert!(last.contains("sasl.mechanism=SCRAM-SHA-512"), "{text}");
    assert!(!text.contains(wrong), "{text}");
}
