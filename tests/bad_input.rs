//! Malformed messages at every stage land in the dead-letter topic with their reason in
//! headers and their bytes intact; good articles keep flowing; no worker dies.

mod common;

use common::{assert_exactly, header, produce, Reader, TestTopics};
use demarche::proto::v1 as pb;
use prost::Message as _;
use rdkafka::message::Message;
use std::time::Duration;

#[test]
fn bad_messages_are_dead_lettered_with_reasons_and_good_ones_flow() {
    let topics = TestTopics::new("bad", 1);
    let limit = [("DEMARCHE_WORKER_MAX_MESSAGE_BYTES", "4096")];
    let mut workers = [
        topics.spawn("entities", "a", &limit),
        topics.spawn("stance", "a", &limit),
        topics.spawn("events", "a", &limit),
    ];

    let good = common::articles(12, "good");
    let oversized = serde_json::json!({"id": "big", "text": "word ".repeat(2000)}).to_string();
    let bad_raw: Vec<(&str, Vec<u8>)> = vec![
        ("invalid_json", b"{this is not json".to_vec()),
        ("missing_field", br#"{"id":"no-text"}"#.to_vec()),
        (
            "missing_field",
            br#"{"text":"An article without an id."}"#.to_vec(),
        ),
        (
            "invalid_field",
            br#"{"id":"d","text":"t","published_at":"yesterday"}"#.to_vec(),
        ),
        ("oversized", oversized.into_bytes()),
        ("invalid_json", vec![0xff, 0xfe, 0x00, 0x01]),
    ];
    // Interleave good and bad so a bad message in a batch must not hold back its neighbours.
    let mut raw = Vec::new();
    let mut raw_kinds = Vec::new();
    for (i, article) in good.iter().enumerate() {
        raw.push(article.clone());
        raw_kinds.push(None);
        if let Some((kind, payload)) = bad_raw.get(i) {
            raw.push(payload.clone());
            raw_kinds.push(Some(*kind));
        }
    }

    // Broken input for the later stages, as a buggy or hostile producer might write it.
    let out_of_range = pb::ArticleEntities {
        article: Some(pb::Article {
            id: "spans".into(),
            text: "short".into(),
            ..Default::default()
        }),
        sentences: vec![pb::Sentence {
            span: Some(pb::Span { start: 0, end: 500 }),
        }],
        mentions: vec![],
    };
    let bad_entities: Vec<(&str, Vec<u8>)> = vec![
        ("undecodable_protobuf", vec![0x0a, 0xff, 0xff, 0xff, 0xff]),
        (
            "missing_field",
            pb::ArticleEntities::default().encode_to_vec(),
        ),
        ("invalid_field", out_of_range.encode_to_vec()),
    ];
    let bad_stance: Vec<(&str, Vec<u8>)> = vec![("undecodable_protobuf", vec![0x12, 0x80])];
    produce(
        &topics.entities,
        &bad_entities
            .iter()
            .map(|(_, p)| p.clone())
            .collect::<Vec<_>>(),
    );
    produce(
        &topics.stance,
        &bad_stance
            .iter()
            .map(|(_, p)| p.clone())
            .collect::<Vec<_>>(),
    );
    // Raw articles last, so the bad messages above sit at known offsets 0, 1, 2…
    // ahead of anything the workers write to those topics.
    produce(&topics.raw, &raw);

    let expected_dead = bad_raw.len() + bad_entities.len() + bad_stance.len();
    let mut dlq = Reader::new(&topics.dlq);
    assert!(
        dlq.read_until(Duration::from_secs(90), |m| m.len() >= expected_dead),
        "only {} of {expected_dead} dead letters\n{}",
        dlq.messages.len(),
        topics.logs()
    );
    let expected = common::expected_events(&good);
    let mut events = Reader::new(&topics.events);
    assert!(
        events.read_until(Duration::from_secs(90), |m| m.len() >= expected.len()),
        "good articles stalled: {} of {} events\n{}",
        events.messages.len(),
        expected.len(),
        topics.logs()
    );
    dlq.drain(Duration::from_secs(2));
    events.drain(Duration::from_secs(1));
    assert_eq!(
        dlq.messages.len(),
        expected_dead,
        "exactly the bad messages are dead-lettered"
    );
    assert_exactly(&expected, &events.events());

    let by_origin = |topic: &str, offset: usize| {
        dlq.messages
            .iter()
            .find(|m| {
                header(m, "demarche-original-topic").as_deref() == Some(topic)
                    && header(m, "demarche-original-offset") == Some(offset.to_string())
            })
            .unwrap_or_else(|| panic!("no dead letter for {topic}@{offset}"))
    };
    for (offset, kind) in raw_kinds.iter().enumerate() {
        let Some(kind) = kind else { continue };
        let m = by_origin(&topics.raw, offset);
        assert_eq!(
            header(m, "demarche-error-kind").as_deref(),
            Some(*kind),
            "raw offset {offset}"
        );
        assert_eq!(header(m, "demarche-stage").as_deref(), Some("entities"));
        assert_eq!(
            header(m, "demarche-original-partition").as_deref(),
            Some("0")
        );
        assert!(!header(m, "demarche-error").unwrap_or_default().is_empty());
        assert_eq!(
            m.payload(),
            Some(raw[offset].as_slice()),
            "original bytes kept"
        );
    }
    for (offset, (kind, payload)) in bad_entities.iter().enumerate() {
        let m = by_origin(&topics.entities, offset);
        assert_eq!(header(m, "demarche-error-kind").as_deref(), Some(*kind));
        assert_eq!(header(m, "demarche-stage").as_deref(), Some("stance"));
        assert_eq!(m.payload(), Some(payload.as_slice()));
    }
    let m = by_origin(&topics.stance, 0);
    assert_eq!(header(m, "demarche-stage").as_deref(), Some("events"));
    assert_eq!(
        header(m, "demarche-error-kind").as_deref(),
        Some("undecodable_protobuf")
    );

    for worker in workers.iter_mut() {
        worker.assert_running();
    }
}
