//! Two workers of one stage share the partitions; when one leaves, the other takes them
//! all and the work goes on, with nothing lost or duplicated.

mod common;

use common::{assert_exactly, produce, Reader, TestTopics, Worker};
use std::time::{Duration, Instant};

/// Partition count of the worker's most recent assignment, from its JSON log.
fn assigned_partitions(worker: &Worker) -> Option<u64> {
    worker
        .log_text()
        .lines()
        .rev()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["fields"]["message"] == "partitions assigned")
        .find_map(|v| v["fields"]["partitions"].as_u64())
}

fn wait_for(
    what: &str,
    timeout: Duration,
    condition: impl Fn() -> bool,
    logs: impl Fn() -> String,
) {
    let deadline = Instant::now() + timeout;
    while !condition() {
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}\n{}",
            logs()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn two_workers_share_partitions_and_one_leaving_loses_nothing() {
    let topics = TestTopics::new("scale", 4);
    let json_logs = [("DEMARCHE_TELEMETRY_LOG_FORMAT", "json")];
    let mut first = topics.spawn("entities", "one", &json_logs);
    let second = topics.spawn("entities", "two", &json_logs);
    let _downstream = [
        topics.spawn("stance", "a", &[]),
        topics.spawn("events", "a", &[]),
    ];
    wait_for(
        "both entities workers to own two partitions each",
        Duration::from_secs(60),
        || assigned_partitions(&first) == Some(2) && assigned_partitions(&second) == Some(2),
        || topics.logs(),
    );

    let before = common::articles(60, "before");
    produce(&topics.raw, &before);
    let expected_before = common::expected_events(&before);
    assert!(
        expected_before.len() >= before.len(),
        "the articles must yield events for this test to prove anything"
    );
    let mut reader = Reader::new(&topics.events);
    assert!(
        reader.read_until(Duration::from_secs(90), |m| m.len()
            >= expected_before.len()),
        "{}",
        topics.logs()
    );

    let status = first.sigterm();
    assert!(
        status.success(),
        "graceful shutdown exits 0: {status}\n{}",
        first.log_text()
    );
    wait_for(
        "the remaining worker to own all four partitions",
        Duration::from_secs(60),
        || assigned_partitions(&second) == Some(4),
        || topics.logs(),
    );

    let after = common::articles(60, "after");
    produce(&topics.raw, &after);
    let mut all = before.clone();
    all.extend(after);
    let expected = common::expected_events(&all);
    assert!(
        reader.read_until(Duration::from_secs(90), |m| m.len() >= expected.len()),
        "{}",
        topics.logs()
    );
    reader.drain(Duration::from_secs(2));
    assert_exactly(&expected, &reader.events());
}

#[test]
fn workers_joining_and_leaving_under_load_lose_and_duplicate_nothing() {
    let topics = TestTopics::new("churn", 4);
    let mut first = topics.spawn("entities", "one", &[]);
    let _downstream = [
        topics.spawn("stance", "a", &[]),
        topics.spawn("events", "a", &[]),
    ];
    let articles = common::articles(240, "churn");
    let expected = common::expected_events(&articles);
    let mut reader = Reader::new(&topics.events);

    // Rebalances land while batches are being collected and committed.
    produce(&topics.raw, &articles[..120]);
    let _second = topics.spawn("entities", "two", &[]);
    reader.read_until(Duration::from_millis(700), |_| false);
    let _third = topics.spawn("entities", "three", &[]);
    produce(&topics.raw, &articles[120..]);
    reader.read_until(Duration::from_millis(500), |_| false);
    let status = first.sigterm();
    assert!(status.success(), "{}", first.log_text());

    assert!(
        reader.read_until(Duration::from_secs(120), |m| m.len() >= expected.len()),
        "only {} of {} events\n{}",
        reader.messages.len(),
        expected.len(),
        topics.logs()
    );
    reader.drain(Duration::from_secs(3));
    assert_exactly(&expected, &reader.events());
}
