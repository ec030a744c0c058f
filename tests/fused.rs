//! `demarche fused`: one worker runs entities → stance → events per article in one
//! transaction. Against the real broker: every event exactly once (also across SIGKILLs),
//! each intermediate topic written once per article or not at all, and bad articles
//! dead-lettered with the stage that refused them, nothing of them committed elsewhere.

mod common;

use common::{assert_exactly, header, produce, Reader, TestTopics};
use demarche::proto::v1 as pb;
use rdkafka::message::{Message, OwnedMessage};
use std::collections::BTreeMap;
use std::time::Duration;

/// Article ids of an intermediate topic's messages, with how often each was read.
fn article_ids<M: prost::Message + Default>(
    messages: &[OwnedMessage],
    id: impl Fn(&M) -> Option<String>,
) -> BTreeMap<String, usize> {
    let mut ids = BTreeMap::new();
    for m in messages {
        let decoded = M::decode(m.payload().unwrap_or_default()).expect("intermediate message");
        *ids.entry(id(&decoded).unwrap_or_default()).or_insert(0) += 1;
    }
    ids
}

fn entities_id(e: &pb::ArticleEntities) -> Option<String> {
    e.article.as_ref().map(|a| a.id.clone())
}

fn stance_id(s: &pb::ArticleStance) -> Option<String> {
    s.entities.as_ref().and_then(entities_id)
}

/// Every id exactly once.
fn once(ids: &[String]) -> BTreeMap<String, usize> {
    ids.iter().map(|id| (id.clone(), 1)).collect()
}

fn ids(articles: &[Vec<u8>]) -> Vec<String> {
    articles
        .iter()
        .map(|a| {
            let v: serde_json::Value = serde_json::from_slice(a).expect("article JSON");
            v["id"].as_str().unwrap_or_default().to_string()
        })
        .collect()
}

#[test]
fn fused_worker_writes_every_topic_once_and_dead_letters_with_the_failing_stage() {
    let topics = TestTopics::new("fused", 2);
    let limit = [("DEMARCHE_WORKER_MAX_MESSAGE_BYTES", "4096")];
    let port = common::free_port();
    let mut worker = topics.spawn_listening("fused", "a", &limit, &format!("127.0.0.1:{port}"));
    let good = common::articles(30, "fused");
    // Small enough for the entities stage, but its ArticleEntities (text plus a mention and
    // a sentence per line) exceeds the limit at the stance stage.
    let swollen = serde_json::json!({"id": "swollen", "text": "Paris hosts talks. ".repeat(180)})
        .to_string()
        .into_bytes();
    let bad: Vec<(&str, &str, Vec<u8>)> = vec![
        ("invalid_json", "entities", b"{not json at all".to_vec()),
        ("missing_field", "entities", br#"{"id":"no-text"}"#.to_vec()),
        ("oversized", "stance", swollen),
    ];
    let mut raw = good.clone();
    for (i, (_, _, payload)) in bad.iter().enumerate() {
        raw.insert(i * 7 + 3, payload.clone());
    }
    produce(&topics.raw, &raw);

    let expected = common::expected_events(&good);
    let mut events = Reader::new(&topics.events);
    assert_exactly(&expected, &events.expect_events(expected.len(), &topics));

    let want = once(&ids(&good));
    let mut entities = Reader::new(&topics.entities);
    entities.read_until(Duration::from_secs(30), |m| m.len() >= good.len());
    entities.drain(Duration::from_secs(1));
    assert_eq!(article_ids(&entities.messages, entities_id), want);
    let mut stance = Reader::new(&topics.stance);
    stance.read_until(Duration::from_secs(30), |m| m.len() >= good.len());
    stance.drain(Duration::from_secs(1));
    assert_eq!(article_ids(&stance.messages, stance_id), want);

    let mut dlq = Reader::new(&topics.dlq);
    dlq.read_until(Duration::from_secs(30), |m| m.len() >= bad.len());
    dlq.drain(Duration::from_secs(1));
    assert_eq!(dlq.messages.len(), bad.len(), "{}", topics.logs());
    for (kind, stage, payload) in &bad {
        let letter = dlq
            .messages
            .iter()
            .find(|m| m.payload() == Some(payload.as_slice()))
            .unwrap_or_else(|| panic!("no letter for the {kind} article"));
        assert_eq!(
            header(letter, "demarche-error-kind").as_deref(),
            Some(*kind)
        );
        assert_eq!(header(letter, "demarche-stage").as_deref(), Some(*stage));
        assert_eq!(
            header(letter, "demarche-original-topic").as_deref(),
            Some(topics.raw.as_str())
        );
    }
    // Its metrics are its own, not a staged events worker's: every input counted once.
    let metrics = common::http_get(port, "/metrics").1;
    let counted = common::metric_sum(&metrics, "demarche_messages_in_total", "stage=\"fused\"");
    assert_eq!(counted, raw.len() as f64, "{metrics}");
    assert!(!metrics.contains("stage=\"events\""), "{metrics}");
    worker.assert_running();
}

#[test]
fn fused_worker_can_skip_the_intermediate_topics() {
    let topics = TestTopics::new("fused-skip", 1);
    let skip = [("DEMARCHE_WORKER_FUSED_INTERMEDIATE_TOPICS", "false")];
    let _worker = topics.spawn("fused", "a", &skip);
    let good = common::articles(12, "skip");
    produce(&topics.raw, &good);
    let expected = common::expected_events(&good);
    let mut events = Reader::new(&topics.events);
    assert_exactly(&expected, &events.expect_events(expected.len(), &topics));
    for topic in [&topics.entities, &topics.stance] {
        let mut reader = Reader::new(topic);
        reader.drain(Duration::from_secs(2));
        assert!(reader.messages.is_empty(), "{topic} was written");
    }
    // The statements are an output of the last stage, not an intermediate topic.
    let statements = common::expected_statements(&good);
    let mut said = Reader::new(&topics.statements);
    assert_exactly(&statements, &said.expect_events(statements.len(), &topics));
}

#[test]
fn killed_fused_workers_lose_nothing_and_duplicate_nothing() {
    let topics = TestTopics::new("fused-crash", 2);
    // Pipelined commits: kills also land while a commit is in flight and the next batch
    // is already read and processed.
    let pipelined = [("DEMARCHE_WORKER_PIPELINED_COMMITS", "true")];
    let mut worker = topics.spawn("fused", "a", &pipelined);
    let articles = common::articles(120, "fcrash");
    let expected = common::expected_events(&articles);
    let mut reader = Reader::new(&topics.events);
    for (round, chunk) in articles.chunks(20).enumerate() {
        produce(&topics.raw, chunk);
        // Kill at varied moments (0–480 ms after publishing): before, during and after
        // the worker's transactions on this chunk.
        let delay = Duration::from_millis((round as u64 * 97) % 500);
        reader.read_until(delay, |_| false);
        worker.sigkill();
        worker = topics.spawn("fused", "a", &pipelined);
    }
    let complete = reader.read_until(Duration::from_secs(180), |m| m.len() >= expected.len());
    assert!(
        complete,
        "only {} of {} events\n{}",
        reader.messages.len(),
        expected.len(),
        topics.logs()
    );
    reader.drain(Duration::from_secs(5));
    assert_exactly(&expected, &reader.events());
    // The intermediate topics were in the same transactions: exactly once each too.
    let mut entities = Reader::new(&topics.entities);
    entities.read_until(Duration::from_secs(30), |m| m.len() >= articles.len());
    entities.drain(Duration::from_secs(2));
    assert_eq!(
        article_ids(&entities.messages, entities_id),
        once(&ids(&articles))
    );
    let statements = common::expected_statements(&articles);
    let mut said = Reader::new(&topics.statements);
    assert_exactly(&statements, &said.expect_events(statements.len(), &topics));
}
