//! Articles into `articles.raw` → three stage workers (separate processes) → every
//! expected event on `events.diplomatic`, decoded, exactly once.

mod common;

use common::{assert_exactly, produce, Reader, TestTopics};
use prost::Message as _;
use rdkafka::message::Message;
use std::time::Duration;

#[test]
fn articles_flow_through_three_workers_into_diplomatic_events() {
    let topics = TestTopics::new("e2e", 2);
    let _workers = [
        topics.spawn("entities", "a", &[]),
        topics.spawn("stance", "a", &[]),
        topics.spawn("events", "a", &[]),
    ];
    let articles = common::articles(36, "e2e");
    let expected = common::expected_events(&articles);
    assert!(
        expected.len() >= articles.len(),
        "every template article should yield at least one event, got {} for {}",
        expected.len(),
        articles.len()
    );

    produce(&topics.raw, &articles);
    let mut reader = Reader::new(&topics.events);
    let complete = reader.read_until(Duration::from_secs(120), |m| m.len() >= expected.len());
    assert!(
        complete,
        "only {} of {} events arrived\n{}",
        reader.messages.len(),
        expected.len(),
        topics.logs()
    );
    reader.drain(Duration::from_secs(2));

    let events = reader.events();
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
}
