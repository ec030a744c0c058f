//! Failing fast and stopping promptly: a wrong bootstrap address, SIGTERM at any moment,
//! and `/health` when a worker is wedged.

mod common;

use common::{http_get, TestTopics};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A loopback address nothing listens on.
fn closed_address() -> String {
    format!("127.0.0.1:{}", common::free_port())
}

fn wait_for_log(worker: &common::Worker, needle: &str, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if worker.log_text().contains(needle) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// SIGTERM, then the time until the process has exited (panics after `limit`).
fn sigterm_latency(worker: &mut common::Worker, limit: Duration) -> (Duration, bool) {
    let sent = Instant::now();
    let status = Command::new("kill")
        .arg("-TERM")
        .arg(worker.child.id().to_string())
        .status()
        .expect("kill -TERM");
    assert!(status.success());
    loop {
        if let Some(status) = worker.child.try_wait().expect("wait") {
            return (sent.elapsed(), status.success());
        }
        assert!(
            sent.elapsed() < limit,
            "still running {limit:?} after SIGTERM\n{}",
            worker.log_text()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_wrong_bootstrap_address_fails_within_the_startup_timeout_naming_it() {
    let address = closed_address();
    let started = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_demarche"))
        .args([
            "entities",
            "--instance-id",
            "x",
            "--metrics-listen",
            "127.0.0.1:0",
        ])
        .args(["--bootstrap-servers", &address])
        .env("DEMARCHE_KAFKA_STARTUP_TIMEOUT_MS", "3000")
        // Count log lines as a deployment sees them, without a backtrace appended.
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .env("RUST_LOG", "info")
        .stdin(Stdio::null())
        .output()
        .expect("run demarche");
    let elapsed = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "must exit non-zero\n{stderr}");
    assert!(
        stderr.contains(&format!("cannot reach Kafka at {address} within 3 s")),
        "the error names the address and the timeout\n{stderr}"
    );
    let lines = stderr.lines().count();
    // Before: ~1,150 librdkafka lines; now a handful (the same complaint once per 30 s).
    assert!(lines <= 25, "{lines} log lines\n{stderr}");
    // Generous: dictionaries load first (seconds in a debug build); before, 186 s.
    assert!(elapsed < Duration::from_secs(60), "took {elapsed:?}");
    eprintln!("wrong bootstrap: exit after {elapsed:?} with 3 s start-up timeout, {lines} lines");
}

#[test]
fn sigterm_during_startup_against_an_unreachable_broker_stops_at_once() {
    let topics = TestTopics::new("sigterm-start", 1);
    let address = closed_address();
    let mut worker = topics.spawn(
        "entities",
        "s",
        &[
            ("DEMARCHE_KAFKA_BOOTSTRAP_SERVERS", address.as_str()),
            ("DEMARCHE_KAFKA_STARTUP_TIMEOUT_MS", "120000"),
        ],
    );
    // The HTTP server starts just before the worker's start-up begins.
    assert!(
        wait_for_log(&worker, "serving /metrics", Duration::from_secs(60)),
        "{}",
        worker.log_text()
    );
    std::thread::sleep(Duration::from_millis(1500));
    let (latency, clean) = sigterm_latency(&mut worker, Duration::from_secs(10));
    assert!(clean, "a requested stop exits 0\n{}", worker.log_text());
    eprintln!("SIGTERM during start-up: exited after {latency:?}");
}

#[test]
fn sigterm_while_idle_stops_at_once() {
    let topics = TestTopics::new("sigterm-idle", 2);
    let port = common::free_port();
    let mut worker = topics.spawn_listening("stance", "i", &[], &format!("127.0.0.1:{port}"));
    assert!(
        common::wait_ready(port, Duration::from_secs(90)),
        "{}",
        topics.logs()
    );
    let (latency, clean) = sigterm_latency(&mut worker, Duration::from_secs(10));
    assert!(clean, "{}", worker.log_text());
    eprintln!("SIGTERM while idle: exited after {latency:?}");
}

/// The worker's output topic does not exist and may not be created: its first batch can
/// never be delivered, so it makes no progress. `/health` must say so; SIGTERM must still
/// end it (after `worker.shutdown_timeout_ms`, the call blocking on Kafka being cut).
#[test]
fn a_wedged_worker_fails_its_health_check_and_still_stops() {
    let topics = TestTopics::new("wedged", 1);
    let port = common::free_port();
    let missing_output = format!("{}.never-created", topics.prefix);
    let mut worker = topics.spawn_listening(
        "entities",
        "w",
        &[
            ("DEMARCHE_TOPICS_ENTITIES", missing_output.as_str()),
            ("DEMARCHE_KAFKA_PROPERTY_ALLOW_AUTO_CREATE_TOPICS", "false"),
            ("DEMARCHE_TELEMETRY_STALL_TIMEOUT_MS", "3000"),
            ("DEMARCHE_WORKER_SHUTDOWN_TIMEOUT_MS", "1000"),
        ],
        &format!("127.0.0.1:{port}"),
    );
    assert!(
        common::wait_ready(port, Duration::from_secs(90)),
        "{}",
        topics.logs()
    );
    assert_eq!(http_get(port, "/health").0, 200, "idle is healthy");
    common::produce(&topics.raw, &common::articles(1, "wedged"));

    let deadline = Instant::now() + Duration::from_secs(30);
    let mut health = http_get(port, "/health");
    while health.0 == 200 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
        health = http_get(port, "/health");
    }
    assert_eq!(health.0, 503, "{health:?}\n{}", topics.logs());
    assert!(
        health.1.contains("entities: no progress for"),
        "{}",
        health.1
    );

    let (latency, _) = sigterm_latency(&mut worker, Duration::from_secs(10));
    eprintln!(
        "wedged: /health {:?}; SIGTERM honoured after {latency:?}",
        health.1.trim()
    );
}
