//! The alerts stage against the real broker: every alert exactly once while workers are
//! killed, restarted and rebalanced mid-stream (the window state lives in the changelog);
//! the Kafka path gives the alerts the embedded mode gives; rules are hot-reloaded and a
//! broken edit is refused with its line while the old rules keep working.

mod common;

use common::{Reader, TestTopics};
use demarche::proto::v1::{Actor, Alert, AlertState, DiplomaticEvent};
use demarche::stages::alerts::{parse, AlertsStage};
use demarche::stages::{Record, Stage};
use prost::Message as _;
use rdkafka::message::Message as _;
use rdkafka::producer::{BaseRecord, Producer};
use std::collections::BTreeMap;
use std::time::Duration;

const HOUR: i64 = 3_600_000;
/// 2024-03-01T00:00:00Z
const START: i64 = 1_709_251_200_000;

/// Threats between a dyad, counted per dyad over 12 hours: two in the window fire, the
/// window emptying resolves, and a later burst fires a new situation after the cooldown.
const RULES: &str = r#"
[settings]
allowed_lateness = "6h"

[[rule]]
id = "threats"
name = "Repeated threats"
severity = "critical"
window = "12h"
cooldown = "6h"
[rule.match]
cameo = ["13"]
[rule.when]
min_events = 2
"#;

fn actor(code: &str) -> Option<Actor> {
    Some(Actor {
        code: code.into(),
        country: code[..3].into(),
        ..Default::default()
    })
}

/// One test event of dyad `d`: a threat (CAMEO 138) or a consultation (040).
fn event(d: usize, n: usize, hours: i64, threat: bool) -> DiplomaticEvent {
    let source = ["USA", "RUS", "CHN", "IRN", "IND", "TUR", "FRA", "JPN"][d % 8];
    DiplomaticEvent {
        event_id: format!("ev-{d}-{n}"),
        article_id: format!("article-{d}-{n}"),
        article_source: format!("outlet-{}", n % 3),
        published_at_ms: START + hours * HOUR,
        source: actor(&format!("{source}GOV")),
        target: actor("UKRGOV"),
        cameo_code: if threat { "138" } else { "040" }.into(),
        cameo_root: if threat { "13" } else { "04" }.into(),
        goldstein: if threat { -7.0 } else { 1.0 },
        evidence_text: format!("Test sentence {n} of dyad {d}."),
        story_key: format!("story-{d}-{}", hours / 24),
        ..Default::default()
    }
}

/// Per dyad, in order: bursts of threats with quiet consultations in between, so every
/// dyad fires, updates, resolves and fires again; plus one event far too late.
fn stream(dyads: usize) -> Vec<(i32, DiplomaticEvent)> {
    let mut events = Vec::new();
    for d in 0..dyads {
        let partition = (d % 2) as i32;
        let mut n = 0;
        let mut push = |hours: i64, threat: bool, events: &mut Vec<_>| {
            events.push((partition, event(d, n, hours, threat)));
            n += 1;
        };
        for round in 0..4 {
            let base = round * 48 + d as i64;
            for h in [0, 2, 3, 5] {
                push(base + h, true, &mut events);
            }
            // Quiet: time passes, the window empties, the situation resolves.
            push(base + 30, false, &mut events);
        }
    }
    // Interleave the dyads as a live feed would, keeping each dyad's order.
    events.sort_by_key(|(_, e)| (e.published_at_ms, e.event_id.clone()));
    // Then, per dyad, a threat from a week before: too late to count.
    for d in 0..dyads {
        events.push(((d % 2) as i32, event(d, 99, 0, true)));
    }
    events
}

/// What the alerts stage makes of the stream, one stage per partition, each event
/// committed at once: the reference the Kafka path must match exactly.
fn expected(events: &[(i32, DiplomaticEvent)]) -> Vec<Alert> {
    let stages: Vec<_> = (0..2)
        .map(|_| AlertsStage::new(parse(RULES, "rules").expect("rules")))
        .collect();
    let mut alerts = Vec::new();
    for (partition, event) in events {
        let payload = event.encode_to_vec();
        let stage = &stages[*partition as usize];
        let record = Record {
            key: None,
            payload: &payload,
            timestamp_ms: None,
            partition: *partition,
        };
        for output in stage.process(&record).expect("valid event") {
            alerts.push(Alert::decode(output.payload.as_slice()).expect("alert"));
        }
        stage.take_changes();
        stage.committed();
    }
    alerts
}

fn produce_events(topic: &str, events: &[(i32, DiplomaticEvent)]) {
    let producer = common::producer();
    for (partition, event) in events {
        let key = format!(
            "{}|{}",
            event.source.as_ref().map_or("", |a| &a.code),
            event.target.as_ref().map_or("", |a| &a.code)
        );
        let payload = event.encode_to_vec();
        producer
            .send(
                BaseRecord::to(topic)
                    .partition(*partition)
                    .key(&key)
                    .payload(&payload),
            )
            .map_err(|(e, _)| e)
            .expect("send");
    }
    producer.flush(Duration::from_secs(60)).expect("flush");
}

fn alerts_of(reader: &Reader) -> Vec<Alert> {
    reader
        .messages
        .iter()
        .map(|m| Alert::decode(m.payload().unwrap_or_default()).expect("Alert"))
        .collect()
}

/// (alert id, sequence) → alert: a duplicate is a second message with the same pair.
fn by_situation(alerts: &[Alert]) -> BTreeMap<(String, u32), Alert> {
    let mut map = BTreeMap::new();
    for alert in alerts {
        let key = (alert.alert_id.clone(), alert.sequence);
        assert!(
            map.insert(key.clone(), alert.clone()).is_none(),
            "duplicate alert {key:?}"
        );
    }
    map
}

fn write_rules(topics: &TestTopics, text: &str) -> String {
    let path = topics.dir.path().join("rules.toml");
    std::fs::write(&path, text).expect("write rules");
    path.display().to_string()
}

#[test]
fn alerts_survive_kills_restarts_and_rebalances_exactly_once() {
    let topics = TestTopics::new("alerts", 2);
    let rules = write_rules(&topics, RULES);
    let env = [("DEMARCHE_ALERTS_RULES", rules.as_str())];
    let events = stream(8);
    let want = expected(&events);
    let states: Vec<_> = want.iter().map(|a| a.state()).collect();
    for state in [
        AlertState::Firing,
        AlertState::Updated,
        AlertState::Resolved,
    ] {
        assert!(
            states.contains(&state),
            "the stream must cause {state:?} alerts for this test to prove anything"
        );
    }

    let mut reader = Reader::new(&topics.alerts);
    let mut a = topics.spawn("alerts", "a", &env);
    let chunks: Vec<_> = events.chunks(events.len() / 6 + 1).collect();
    let mut b = None;
    for (round, chunk) in chunks.iter().enumerate() {
        produce_events(&topics.events, chunk);
        // Kill at varied moments after publishing, so kills land before, during and after
        // the worker's transactions on this chunk.
        reader.read_until(Duration::from_millis((round as u64 * 131) % 600), |_| false);
        match round {
            // A second instance joins: the partitions are split, each side restores.
            1 => b = Some(topics.spawn("alerts", "b", &env)),
            // The first one dies; its partitions move to the second one.
            2 => a.sigkill(),
            // And comes back under the same id, fencing its old transaction.
            3 => a = topics.spawn("alerts", "a", &env),
            _ => {
                a.sigkill();
                a = topics.spawn("alerts", "a", &env);
            }
        }
    }
    let complete = reader.read_until(Duration::from_secs(180), |m| m.len() >= want.len());
    assert!(
        complete,
        "only {} of {} alerts arrived\n{}",
        reader.messages.len(),
        want.len(),
        topics.logs()
    );
    // Duplicates would arrive late, after a redelivery: keep listening a while.
    reader.drain(Duration::from_secs(5));
    let got = by_situation(&alerts_of(&reader));
    let wanted = by_situation(&want);
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        wanted.keys().collect::<Vec<_>>(),
        "alerts lost or extra\n{}",
        topics.logs()
    );
    assert_eq!(got, wanted, "alerts differ from the embedded stage's");
    // Each alert is keyed by its group, so one group's alerts stay in order.
    for message in &reader.messages {
        let alert = Alert::decode(message.payload().unwrap_or_default()).expect("Alert");
        assert_eq!(message.key(), Some(alert.group.as_bytes()));
    }
    drop(b);
}

/// The whole pipeline over Kafka with `pipeline --with-alerts` gives the alerts that
/// `run --alerts` gives in-process, and `tail` shows them as alerts.
#[test]
fn kafka_pipeline_and_embedded_mode_raise_the_same_alerts() {
    let topics = TestTopics::new("alerts-pipeline", 1);
    let rules = std::fs::canonicalize("deploy/alerts.example.toml").expect("example rules");
    let rules = rules.display().to_string();
    let articles = common::articles(30, "alerts");
    let input = topics.dir.path().join("articles.jsonl");
    let lines: Vec<String> = articles
        .iter()
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect();
    std::fs::write(&input, lines.join("\n")).expect("write articles");
    let embedded_out = topics.dir.path().join("alerts.jsonl");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_demarche"))
        .args([
            "run",
            "--input",
            &input.display().to_string(),
            "-o",
            "/dev/null",
        ])
        .args(["--alerts", &rules, "--alerts-output"])
        .arg(&embedded_out)
        .output()
        .expect("run");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let embedded: Vec<serde_json::Value> = std::fs::read_to_string(&embedded_out)
        .expect("alerts file")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert!(
        embedded.len() >= 2,
        "the example rules must fire on the test articles: {embedded:?}"
    );

    let mut reader = Reader::new(&topics.alerts);
    let _pipeline = topics.spawn_with(
        &["pipeline", "--with-alerts"],
        "p",
        &[("DEMARCHE_ALERTS_RULES", &rules)],
        "127.0.0.1:0",
    );
    common::produce(&topics.raw, &articles);
    let complete = reader.read_until(Duration::from_secs(120), |m| m.len() >= embedded.len());
    assert!(
        complete,
        "{} of {} alerts\n{}",
        reader.messages.len(),
        embedded.len(),
        topics.logs()
    );
    reader.drain(Duration::from_secs(3));
    let tail = topics.run_tool(&[
        "tail",
        &topics.alerts,
        "--from-beginning",
        "--idle-timeout-ms",
        "3000",
    ]);
    let tailed: Vec<serde_json::Value> = String::from_utf8_lossy(&tail.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("tail prints JSON lines"))
        .collect();
    assert_eq!(
        tailed, embedded,
        "Kafka alerts (via tail) differ from `run --alerts`"
    );
    assert!(tailed.iter().all(|a| a["state"]
        .as_str()
        .is_some_and(|s| s.starts_with("ALERT_STATE_"))));
}

#[test]
fn rules_are_hot_reloaded_and_broken_edits_refused_with_their_line() {
    let topics = TestTopics::new("alerts-reload", 1);
    let rules = write_rules(&topics, RULES);
    let env = [
        ("DEMARCHE_ALERTS_RULES", rules.as_str()),
        ("DEMARCHE_ALERTS_RELOAD_INTERVAL_MS", "100"),
    ];
    let mut worker = topics.spawn("alerts", "a", &env);
    let mut reader = Reader::new(&topics.alerts);
    let expect = |count: usize, reader: &mut Reader| {
        let arrived = reader.read_until(Duration::from_secs(60), |m| m.len() >= count);
        assert!(
            arrived,
            "{} of {count} alerts\n{}",
            reader.messages.len(),
            topics.logs()
        );
        alerts_of(reader).pop().expect("an alert")
    };
    produce_events(
        &topics.events,
        &[(0, event(0, 0, 0, true)), (0, event(0, 1, 1, true))],
    );
    let fired = expect(1, &mut reader);
    assert_eq!(
        (fired.state(), fired.rule_id.as_str()),
        (AlertState::Firing, "threats")
    );

    // A broken edit is refused with its line; the rules in force keep working.
    std::fs::write(
        &rules,
        RULES.replace("window = \"12h\"", "window = \"half a day\""),
    )
    .unwrap();
    produce_events(&topics.events, &[(0, event(0, 2, 2, true))]);
    let updated = expect(2, &mut reader);
    assert_eq!(
        (updated.state(), updated.rule_id.as_str()),
        (AlertState::Updated, "threats")
    );
    let log = worker.log_text();
    assert!(log.contains("alert rules refused"), "{log}");
    assert!(
        log.contains("line 9: invalid duration `half a day`"),
        "{log}"
    );
    worker.assert_running();

    // A good edit applies to the events that follow.
    std::fs::write(
        &rules,
        RULES.replace("id = \"threats\"", "id = \"threats-b\""),
    )
    .unwrap();
    produce_events(
        &topics.events,
        &[(0, event(1, 0, 3, true)), (0, event(1, 1, 4, true))],
    );
    let renamed = expect(3, &mut reader);
    assert_eq!(
        (renamed.state(), renamed.rule_id.as_str()),
        (AlertState::Firing, "threats-b")
    );
    assert_eq!(renamed.group, "RUSGOV|UKRGOV");
    assert!(worker.log_text().contains("alert rules reloaded"));
    reader.drain(Duration::from_secs(2));
    assert_eq!(reader.messages.len(), 3, "{:?}", alerts_of(&reader));
    worker.assert_running();
}
