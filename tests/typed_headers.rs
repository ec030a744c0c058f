//! Every record a stage writes names its schema in headers (content type, full protobuf
//! message name, schema version), so consumers in any language can pick a decoder; dead
//! letters keep their own headers and claim no schema, as their payload is the raw input.

mod common;

use common::{header, produce, Reader, TestTopics};
use demarche::proto::v1 as pb;
use rdkafka::message::{Message, OwnedMessage};
use std::time::Duration;

/// Reads `expected` records of `topic` (failing with the workers' logs if they never come).
fn read(topic: &str, expected: usize, topics: &TestTopics) -> Vec<OwnedMessage> {
    let mut reader = Reader::new(topic);
    let complete = reader.read_until(Duration::from_secs(120), |m| m.len() >= expected);
    assert!(
        complete,
        "only {} of {expected} records arrived on {topic}\n{}",
        reader.messages.len(),
        topics.logs()
    );
    reader.messages
}

/// Asserts the three schema headers and that the payload decodes as the named type.
fn assert_typed<M: prost::Message + Default>(records: &[OwnedMessage], message_type: &str) {
    for record in records {
        let at = format!("{} offset {}", record.topic(), record.offset());
        let content = header(record, "content-type");
        assert_eq!(content.as_deref(), Some("application/x-protobuf"), "{at}");
        let named = header(record, "demarche-message-type");
        assert_eq!(named.as_deref(), Some(message_type), "{at}");
        let version = header(record, "demarche-schema-version");
        assert_eq!(version.as_deref(), Some("1"), "{at}");
        let payload = record.payload().unwrap_or_default();
        assert!(M::decode(payload).is_ok(), "{at}: not a {message_type}");
    }
}

#[test]
fn stage_outputs_carry_schema_headers_and_dead_letters_do_not() {
    let topics = TestTopics::new("typed", 1);
    let _workers = [
        topics.spawn("entities", "a", &[]),
        topics.spawn("stance", "a", &[]),
        topics.spawn("events", "a", &[]),
    ];
    let articles = common::articles(4, "typed");
    let expected = common::expected_events(&articles);
    let mut raw = articles.clone();
    raw.push(b"{not json".to_vec());
    produce(&topics.raw, &raw);

    let entities = read(&topics.entities, articles.len(), &topics);
    assert_typed::<pb::ArticleEntities>(&entities, "demarche.v1.ArticleEntities");
    let stance = read(&topics.stance, articles.len(), &topics);
    assert_typed::<pb::ArticleStance>(&stance, "demarche.v1.ArticleStance");
    let events = read(&topics.events, expected.len(), &topics);
    assert_typed::<pb::DiplomaticEvent>(&events, "demarche.v1.DiplomaticEvent");

    let letters = read(&topics.dlq, 1, &topics);
    assert_eq!(
        header(&letters[0], "demarche-error-kind").as_deref(),
        Some("invalid_json")
    );
    for name in ["content-type", "demarche-message-type"] {
        assert_eq!(header(&letters[0], name), None, "dead letter has {name}");
    }
}
