//! Articles into `articles.raw` → three stage workers (separate processes) → every
//! expected event on `events.diplomatic`, decoded, exactly once.

mod common;

use common::{assert_exactly, http_get, metric_sum, samples, Reader, TestTopics};
use prost::Message as _;
use rdkafka::message::Message;
use std::time::Duration;

#[test]
fn articles_flow_through_three_workers_into_diplomatic_events() {
    let topics = TestTopics::new("e2e", 2);
    let events_port = common::free_port();
    let _workers = [
        topics.spawn("entities", "a", &[]),
        topics.spawn("stance", "a", &[]),
        topics.spawn_listening("events", "a", &[], &format!("127.0.0.1:{events_port}")),
    ];
    let articles = common::articles(36, "e2e");
    let expected = common::expected_events(&articles);
    assert!(
        expected.len() >= articles.len(),
        "every template article should yield at least one event, got {} for {}",
        expected.len(),
        articles.len()
    );

    // Before any input: ready, and every series dashboards use is already there.
    assert!(
        common::wait_ready(events_port, Duration::from_secs(60)),
        "events worker never ready\n{}",
        topics.logs()
    );
    // Lag is measured just after the assignment: allow it a moment.
    let mut before = String::new();
    let mut missing = Vec::new();
    for _ in 0..50 {
        before = http_get(events_port, "/metrics").1;
        missing = common::EXPORTED_METRICS
            .iter()
            .filter(|name| samples(&before, name).is_empty())
            .collect();
        if missing.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(
        missing.is_empty(),
        "missing before input: {missing:?}\n{before}"
    );
    assert_eq!(
        metric_sum(&before, "demarche_messages_in_total", "stage=\"events\""),
        0.0
    );
    assert_eq!(
        metric_sum(&before, "demarche_ready", "stage=\"events\""),
        1.0
    );
    assert!(
        before.contains("quad_class=\"QUAD_CLASS_MATERIAL_CONFLICT\"}"),
        "QuadClass labels are the proto enum's names\n{before}"
    );
    let build = samples(&before, "demarche_build_info");
    assert_eq!(build.len(), 1, "{before}");
    assert!(
        build[0]
            .0
            .contains(&format!("version=\"{}\"", env!("CARGO_PKG_VERSION")))
            && build[0].0.contains("git_sha=\""),
        "{build:?}"
    );
    assert!(metric_sum(&before, "process_resident_memory_bytes", "") > 1e6);

    // Published with the user tool, as a user would.
    let input = topics.dir.path().join("articles.jsonl");
    let lines: Vec<String> = articles
        .iter()
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect();
    std::fs::write(&input, lines.join("\n")).unwrap();
    let input_arg = input.to_string_lossy().into_owned();
    topics.run_tool(&["produce", "--topic", &topics.raw, &input_arg]);
    let mut reader = Reader::new(&topics.events);
    let events = reader.expect_events(expected.len(), &topics);
    assert_exactly(&expected, &events);
    for message in &reader.messages {
        let event =
            demarche::proto::v1::DiplomaticEvent::decode(message.payload().unwrap_or_default())
                .unwrap();
        let dyad = format!(
            "{}|{}",
            event.source.as_ref().map(|a| a.code.as_str()).unwrap_or(""),
            event.target.as_ref().map(|a| a.code.as_str()).unwrap_or("")
        );
        assert_eq!(
            message.key(),
            Some(dyad.as_bytes()),
            "events are keyed by their dyad"
        );
    }
    let flagship: Vec<_> = events
        .iter()
        .filter(|e| e.article_id == "e2e-00000")
        .collect();
    let codes = |e: &&demarche::proto::v1::DiplomaticEvent| {
        (
            e.source
                .as_ref()
                .map(|a| a.code.clone())
                .unwrap_or_default(),
            e.target
                .as_ref()
                .map(|a| a.code.clone())
                .unwrap_or_default(),
        )
    };
    assert!(
        flagship
            .iter()
            .map(codes)
            .any(|(s, t)| s == "USAGOV" && t == "RUSGOV"),
        "Kerry meets Lavrov must yield a USAGOV→RUSGOV event: {:?}",
        flagship.iter().map(codes).collect::<Vec<_>>()
    );
    // ... located in London, with London's coordinates (GeoNames) on the wire
    let meeting = flagship
        .iter()
        .find(|e| codes(e) == ("USAGOV".to_string(), "RUSGOV".to_string()))
        .expect("the meeting event");
    assert_eq!(meeting.location, "London");
    let geo = meeting
        .location_geo
        .as_ref()
        .expect("London has coordinates");
    assert!((geo.latitude - 51.51).abs() < 0.05 && (geo.longitude + 0.13).abs() < 0.05);

    // The coded statements the gate kept off events.diplomatic are on their own topic,
    // exactly once, typed, and never among the events.
    let statements = common::expected_statements(&articles);
    assert!(
        !statements.is_empty(),
        "a template has an expression of optimism"
    );
    assert!(statements.values().all(|s| s.cameo_code.starts_with("01")));
    assert!(statements.keys().all(|id| !expected.contains_key(id)));
    let mut said = Reader::new(&topics.statements);
    assert_exactly(&statements, &said.expect_events(statements.len(), &topics));
    for message in &said.messages {
        assert_eq!(
            common::header(message, "demarche-message-type").as_deref(),
            Some("demarche.v1.DiplomaticEvent")
        );
    }

    // The user's view of the output topic: `tail` decodes the same events.
    let max = events.len().to_string();
    let tail = topics.run_tool(&[
        "tail",
        &topics.events,
        "--from-beginning",
        "--max-messages",
        &max,
        "--idle-timeout-ms",
        "10000",
    ]);
    let tailed: Vec<serde_json::Value> = String::from_utf8_lossy(&tail.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("tail prints JSON lines"))
        .collect();
    assert_eq!(tailed.len(), events.len());
    let tailed_ids: std::collections::BTreeSet<_> = tailed
        .iter()
        .map(|v| v["event_id"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(tailed_ids, expected.keys().cloned().collect());
    assert!(tailed.iter().all(|v| v["quad_class"]
        .as_str()
        .is_some_and(|q| q.starts_with("QUAD_CLASS_"))));

    // Operations: probes and metrics of the events worker.
    assert_eq!(http_get(events_port, "/health").0, 200);
    assert_eq!(http_get(events_port, "/ready").0, 200);
    let (status, metrics) = http_get(events_port, "/metrics");
    assert_eq!(status, 200);
    let emitted: f64 = metrics
        .lines()
        .filter(|l| l.starts_with("demarche_events_emitted_total{"))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum();
    assert_eq!(
        emitted as usize,
        expected.len(),
        "events_emitted_total counts every event\n{metrics}"
    );
    // The templates have statements and one-sided phrases the precision gate holds back.
    assert!(
        metrics.contains("demarche_events_dropped_total{reason=\""),
        "the gate's drops are counted by reason\n{metrics}"
    );
    let optimism = statements
        .values()
        .filter(|s| s.cameo_code.starts_with("013"))
        .count();
    assert!(optimism > 0);
    assert_eq!(
        metric_sum(
            &metrics,
            "demarche_statements_emitted_total",
            "kind=\"013\""
        ),
        optimism as f64,
        "statements are counted by kind\n{metrics}"
    );
    assert!(
        metrics.contains("demarche_transactions_total{stage=\"events\",outcome=\"committed\"}"),
        "{metrics}"
    );
    assert!(
        metrics.contains("demarche_end_to_end_seconds_count"),
        "{metrics}"
    );
    let events_stage = "stage=\"events\"";
    let articles_in = metric_sum(&metrics, "demarche_messages_in_total", events_stage);
    assert!(articles_in >= articles.len() as f64, "{metrics}");
    let committed_at = metric_sum(
        &metrics,
        "demarche_last_commit_timestamp_seconds",
        events_stage,
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    assert!(
        committed_at > now - 300.0 && committed_at <= now + 1.0,
        "last commit {committed_at} vs now {now}"
    );
    assert!(metric_sum(&metrics, "demarche_rebalances_total", events_stage) >= 1.0);
    assert_eq!(
        samples(&metrics, "demarche_consumer_lag").len(),
        2,
        "one lag series per assigned partition\n{metrics}"
    );
}

#[test]
fn pipeline_command_runs_all_three_stages_in_one_process() {
    let topics = TestTopics::new("pipeline", 1);
    let _pipeline = topics.spawn("pipeline", "p", &[]);
    let articles = common::articles(12, "pipe");
    let expected = common::expected_events(&articles);
    assert!(!expected.is_empty());
    common::produce(&topics.raw, &articles);
    let mut reader = Reader::new(&topics.events);
    assert!(
        reader.read_until(Duration::from_secs(90), |m| m.len() >= expected.len()),
        "{}",
        topics.logs()
    );
    reader.drain(Duration::from_secs(1));
    assert_exactly(&expected, &reader.events());
}
