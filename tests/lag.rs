//! `demarche_consumer_lag` against Kafka's own view: the group tool
//! (`kafka-consumer-groups --describe`, run from the cached broker jars) over a fresh
//! group with a backlog, during processing, after it, and after a restart.

mod common;

use common::{http_get, samples, Reader, TestTopics};
use std::collections::BTreeMap;
use std::process::Command;
use std::time::{Duration, Instant};

type Lags = BTreeMap<(String, i32), i64>;

/// Lag per partition as `kafka-consumer-groups --describe` reports it. A partition without
/// a committed offset shows "-" there; its whole log is pending, i.e. LOG-END-OFFSET (these
/// test topics start at offset 0).
fn group_tool_lag(group: &str) -> Lags {
    let output = Command::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scripts/kafka-broker.sh"
    ))
    .args([
        "tool",
        "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand",
        "--bootstrap-server",
        &common::bootstrap(),
        "--describe",
        "--group",
        group,
    ])
    .output()
    .expect("run the Kafka group tool");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "group tool failed: {text}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut lags = Lags::new();
    let rows = text.lines().skip_while(|l| !l.starts_with("GROUP")).skip(1);
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        if columns.len() < 6 || columns[0] != group {
            continue;
        }
        let (Ok(partition), Ok(log_end)) = (columns[2].parse(), columns[4].parse::<i64>()) else {
            continue;
        };
        let lag = match columns[3] {
            "-" => log_end,
            _ => columns[5].parse().expect("LAG column"),
        };
        lags.insert((columns[1].to_string(), partition), lag);
    }
    lags
}

/// Lag per partition from the worker's `/metrics`.
fn metric_lag(port: u16) -> Lags {
    let (_, text) = http_get(port, "/metrics");
    samples(&text, "demarche_consumer_lag")
        .into_iter()
        .filter_map(|(labels, value)| {
            let label = |name: &str| {
                let start = labels.find(&format!("{name}=\""))? + name.len() + 2;
                let end = start + labels[start..].find('"')?;
                Some(labels[start..end].to_string())
            };
            Some((
                (label("topic")?, label("partition")?.parse().ok()?),
                value as i64,
            ))
        })
        .collect()
}

fn total(lags: &Lags) -> i64 {
    lags.values().sum()
}

/// Polls the worker's lag until `done` holds or the timeout passes; returns the last value.
fn wait_for_lag(port: u16, timeout: Duration, done: impl Fn(&Lags) -> bool) -> Lags {
    let deadline = Instant::now() + timeout;
    loop {
        let lags = metric_lag(port);
        if done(&lags) || Instant::now() > deadline {
            return lags;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Slow workers (one message per transaction), lag refreshed every 500 ms.
const WORKER_ENV: [(&str, &str); 2] = [
    ("DEMARCHE_WORKER_BATCH_SIZE", "1"),
    ("DEMARCHE_TELEMETRY_STATS_INTERVAL_MS", "500"),
];
const REFRESH: Duration = Duration::from_millis(500);

#[test]
fn consumer_lag_matches_the_group_tool_for_a_fresh_group_and_after_a_restart() {
    let topics = TestTopics::new("lag", 2);
    let backlog = common::articles(300, "lag");
    common::produce(&topics.raw, &backlog);
    let entities_group = format!("{}-entities", topics.prefix);
    let stance_group = format!("{}-stance", topics.prefix);

    // A fresh group: no committed offset yet, the whole backlog is lag.
    let port = common::free_port();
    let listen = format!("127.0.0.1:{port}");
    let mut worker = topics.spawn_listening("entities", "a", &WORKER_ENV, &listen);
    assert!(
        common::wait_ready(port, Duration::from_secs(90)),
        "{}",
        topics.logs()
    );
    let first = wait_for_lag(port, Duration::from_secs(90), |l| l.len() == 2);
    assert_eq!(first.len(), 2, "lag of both partitions\n{}", topics.logs());
    assert!(
        total(&first) > 0 && total(&first) <= backlog.len() as i64,
        "fresh group with a backlog of {}: {first:?}",
        backlog.len()
    );

    // While processing: the tool's reading lies between the worker's readings before
    // and after it (lag only falls while no input arrives), and it does fall.
    let before = metric_lag(port);
    let tool = group_tool_lag(&entities_group);
    std::thread::sleep(REFRESH * 3);
    let after = metric_lag(port);
    assert!(
        total(&before) >= total(&tool) && total(&tool) >= total(&after),
        "worker {before:?} ≥ group tool {tool:?} ≥ worker later {after:?}"
    );
    assert!(
        total(&after) < total(&before),
        "lag must move: {before:?} then {after:?}"
    );
    eprintln!(
        "fresh group: first {}; while processing: worker {} ≥ tool {} ≥ worker {}",
        total(&first),
        total(&before),
        total(&tool),
        total(&after)
    );

    // A stance worker reads what the entities worker commits transactionally.
    let stance_port = common::free_port();
    let stance_listen = format!("127.0.0.1:{stance_port}");
    let stance_env = [("DEMARCHE_TELEMETRY_STATS_INTERVAL_MS", "500")];
    let _stance = topics.spawn_listening("stance", "a", &stance_env, &stance_listen);
    assert!(
        common::wait_ready(stance_port, Duration::from_secs(90)),
        "{}",
        topics.logs()
    );

    // Drained: the worker and the tool agree partition by partition.
    let drained = |expected: usize| {
        let mut reader = Reader::new(&topics.stance);
        assert!(
            reader.read_until(Duration::from_secs(240), |m| m.len() >= expected),
            "only {} of {expected} articles through\n{}",
            reader.messages.len(),
            topics.logs()
        );
    };
    drained(backlog.len());
    let settled = |port: u16, group: &str| {
        let tool = group_tool_lag(group);
        let worker = wait_for_lag(port, Duration::from_secs(10), |l| *l == tool);
        assert_eq!(worker, tool, "{group}: worker vs group tool");
        eprintln!("{group}: worker = group tool = {tool:?}");
        tool
    };
    let entities_lag = settled(port, &entities_group);
    assert_eq!(total(&entities_lag), 0, "raw input fully processed");
    settled(stance_port, &stance_group);

    // Restart with new input waiting: the new process reports it, then follows it down.
    assert!(worker.sigterm().success());
    let more = common::articles(150, "lag-more");
    common::produce(&topics.raw, &more);
    let waiting = group_tool_lag(&entities_group);
    eprintln!(
        "stopped, {} new articles: group tool {waiting:?}",
        more.len()
    );
    assert_eq!(total(&waiting), more.len() as i64, "{waiting:?}");
    let _worker = topics.spawn_listening("entities", "a", &WORKER_ENV, &listen);
    assert!(
        common::wait_ready(port, Duration::from_secs(90)),
        "{}",
        topics.logs()
    );
    let restarted = wait_for_lag(port, Duration::from_secs(90), |l| l.len() == 2);
    assert!(
        total(&restarted) > 0 && total(&restarted) <= more.len() as i64,
        "after the restart: {restarted:?}"
    );
    eprintln!("restarted: first reading {restarted:?}");
    drained(backlog.len() + more.len());
    assert_eq!(total(&settled(port, &entities_group)), 0);
    settled(stance_port, &stance_group);
}
