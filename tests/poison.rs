//! Poison pills: inputs whose dead-letter copy or output Kafka can never take (1 MB and
//! 5 MB articles, an article of one repeated character) cost one bounded dead letter
//! each, while everything around them is committed exactly once and the worker goes on.

mod common;

use common::{assert_exactly, bootstrap, header, Reader, TestTopics};
use rdkafka::admin::{AdminClient, AdminOptions, AlterConfig, ResourceSpecifier};
use rdkafka::client::DefaultClientContext;
use rdkafka::message::{Message, OwnedMessage};
use rdkafka::ClientConfig;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

/// Sets topic-level configuration, as an operator with larger (or smaller) topics would.
fn configure_topic(topic: &str, settings: &[(&str, &str)]) {
    let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
        .set("bootstrap.servers", bootstrap())
        .create()
        .expect("admin client");
    let mut change = AlterConfig::new(ResourceSpecifier::Topic(topic));
    for (key, value) in settings {
        change = change.set(key, value);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let results = runtime
        .block_on(admin.alter_configs([&change], &AdminOptions::new()))
        .expect("alter configs");
    for result in results {
        result.expect("topic configured");
    }
}

/// Raw topics here take messages of up to 8 MB, as a user with a bigger topic would.
fn produce_large(topic: &str, payloads: &[Vec<u8>]) {
    common::produce_with(topic, payloads, &[("message.max.bytes", "8000000")]);
}

/// A valid article of about `bytes` bytes of ordinary prose.
fn long_article(id: &str, bytes: usize) -> Vec<u8> {
    let mut text = String::with_capacity(bytes);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(&format!(
            "Delegates from the two capitals met for round {i} of the talks. The ministers agreed to keep the channel open. "
        ));
        i += 1;
    }
    text.truncate(bytes);
    serde_json::json!({"id": id, "published_at": "2020-01-01T00:00:00Z", "text": text})
        .to_string()
        .into_bytes()
}

/// An article whose text is one character repeated.
fn one_character_article(id: &str, bytes: usize) -> Vec<u8> {
    serde_json::json!({"id": id, "text": "a".repeat(bytes)})
        .to_string()
        .into_bytes()
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Interleaves `pills` among `good`, returning the messages and each pill's offset.
fn interleave(good: &[Vec<u8>], pills: &[Vec<u8>]) -> (Vec<Vec<u8>>, Vec<usize>) {
    let every = good.len() / (pills.len() + 1);
    let mut raw = Vec::new();
    let mut offsets = Vec::new();
    for (i, article) in good.iter().enumerate() {
        if i > 0 && i % every == 0 {
            if let Some(pill) = pills.get(i / every - 1) {
                offsets.push(raw.len());
                raw.push(pill.clone());
            }
        }
        raw.push(article.clone());
    }
    (raw, offsets)
}

/// Checks a dead letter against its original: coordinates, size, hash, a prefix of it.
fn assert_bounded_letter(
    letter: &OwnedMessage,
    original: &[u8],
    topic: &str,
    offset: usize,
    max_payload: usize,
) {
    let h = |name| header(letter, name).unwrap_or_else(|| panic!("no {name} header"));
    assert_eq!(h("demarche-original-topic"), topic);
    assert_eq!(h("demarche-original-partition"), "0");
    assert_eq!(h("demarche-original-offset"), offset.to_string());
    assert_eq!(h("demarche-original-size"), original.len().to_string());
    assert_eq!(h("demarche-original-sha256"), sha256_hex(original));
    assert_eq!(h("demarche-stage"), "entities");
    assert!(!h("demarche-error").is_empty());
    let payload = letter.payload().unwrap_or_default();
    assert!(
        payload.len() <= max_payload,
        "dead letter of {} bytes, bound {max_payload}",
        payload.len()
    );
    assert!(
        original.starts_with(payload),
        "payload is not a prefix of the original"
    );
    assert_eq!(
        h("demarche-truncated"),
        (payload.len() < original.len()).to_string()
    );
    assert_eq!(letter.key(), Some(format!("k{offset}").as_bytes()));
}

fn letter_at<'a>(dlq: &'a Reader, topic: &str, offset: usize) -> &'a OwnedMessage {
    dlq.messages
        .iter()
        .find(|m| {
            header(m, "demarche-original-topic").as_deref() == Some(topic)
                && header(m, "demarche-original-offset") == Some(offset.to_string())
        })
        .unwrap_or_else(|| panic!("no dead letter for {topic}@{offset}"))
}

#[test]
fn poison_pills_are_dead_lettered_bounded_and_everything_else_flows_exactly_once() {
    let topics = TestTopics::new("poison", 1);
    configure_topic(&topics.raw, &[("max.message.bytes", "8000000")]);
    let mut workers = [
        topics.spawn("entities", "a", &[]),
        topics.spawn("stance", "a", &[]),
        topics.spawn("events", "a", &[]),
    ];
    let good = common::articles(40, "good");
    let pills = vec![
        long_article("pill-1mb", 1_040_000),
        long_article("pill-5mb", 5_000_000),
        one_character_article("pill-chars", 1_040_000),
    ];
    let (raw, pill_offsets) = interleave(&good, &pills);
    produce_large(&topics.raw, &raw);

    let mut dlq = Reader::new(&topics.dlq);
    assert!(
        dlq.read_until(Duration::from_secs(120), |m| m.len() >= pills.len()),
        "only {} of {} dead letters\n{}",
        dlq.messages.len(),
        pills.len(),
        topics.logs()
    );
    let mut expected = common::expected_events(&good);
    let mut events = Reader::new(&topics.events);
    assert!(
        events.read_until(Duration::from_secs(120), |m| m.len() >= expected.len()),
        "good articles stalled behind the pills: {} of {} events\n{}",
        events.messages.len(),
        expected.len(),
        topics.logs()
    );

    // The worker goes on committing after the pills.
    let after = common::articles(6, "after");
    common::produce(&topics.raw, &after);
    expected.extend(common::expected_events(&after));
    assert!(
        events.read_until(Duration::from_secs(90), |m| m.len() >= expected.len()),
        "nothing committed after the pills: {} of {} events\n{}",
        events.messages.len(),
        expected.len(),
        topics.logs()
    );
    dlq.drain(Duration::from_secs(2));
    events.drain(Duration::from_secs(2));
    assert_exactly(&expected, &events.events());
    assert_eq!(
        dlq.messages.len(),
        pills.len(),
        "exactly the pills are dead-lettered"
    );
    for (pill, offset) in pills.iter().zip(&pill_offsets) {
        let letter = letter_at(&dlq, &topics.raw, *offset);
        // Default producer message.max.bytes is 1,000,000: copies carry at most half.
        assert_bounded_letter(letter, pill, &topics.raw, *offset, 500_000);
        assert_eq!(
            header(letter, "demarche-truncated").as_deref(),
            Some("true")
        );
        assert_eq!(
            header(letter, "demarche-error-kind").as_deref(),
            Some("oversized")
        );
    }
    for worker in workers.iter_mut() {
        worker.assert_running();
    }
}

/// A user with larger topics raised the producer's `message.max.bytes`; the output and
/// dead-letter topics kept Kafka's ~1 MB default. The broker then refuses the large
/// output and the large copies only after the fact, as failed deliveries that make the
/// transaction abortable: the worker must trace them to their inputs and write smaller
/// letters instead of retrying the batch forever.
#[test]
fn refusals_after_the_fact_are_traced_to_their_input_and_resent_smaller() {
    let topics = TestTopics::new("refused", 1);
    configure_topic(&topics.raw, &[("max.message.bytes", "8000000")]);
    let env = [
        ("DEMARCHE_KAFKA_PROPERTY_MESSAGE_MAX_BYTES", "8000000"),
        ("DEMARCHE_WORKER_MAX_MESSAGE_BYTES", "3000000"),
    ];
    let mut worker = topics.spawn("entities", "a", &env);
    let good = common::articles(12, "good");
    let pills = vec![
        // Valid and under the input limit: its ArticleEntities output exceeds the topic's.
        long_article("big-output", 1_200_000),
        // Over the input limit: its 4 MB copy exceeds the dead-letter topic's limit.
        long_article("big-input", 5_000_000),
    ];
    let (raw, pill_offsets) = interleave(&good, &pills);
    produce_large(&topics.raw, &raw);

    let mut out = Reader::new(&topics.entities);
    assert!(
        out.read_until(Duration::from_secs(120), |m| m.len() >= good.len()),
        "{} of {} outputs\n{}",
        out.messages.len(),
        good.len(),
        topics.logs()
    );
    let mut dlq = Reader::new(&topics.dlq);
    assert!(
        // The worker's recovery may wait out transaction timeouts (30 s each) on a loaded
        // broker before it writes the smaller letters.
        dlq.read_until(Duration::from_secs(120), |m| m.len() >= pills.len()),
        "{}",
        topics.logs()
    );
    out.drain(Duration::from_secs(2));
    dlq.drain(Duration::from_secs(1));
    let keys: Vec<_> = out
        .messages
        .iter()
        .map(|m| m.key().unwrap_or_default())
        .collect();
    let unique: BTreeSet<_> = keys.iter().collect();
    assert_eq!(keys.len(), good.len(), "each good article once");
    assert_eq!(unique.len(), good.len());
    assert_eq!(dlq.messages.len(), pills.len());
    for ((pill, offset), kind) in pills
        .iter()
        .zip(&pill_offsets)
        .zip(["output_rejected", "oversized"])
    {
        let letter = letter_at(&dlq, &topics.raw, *offset);
        // The copy was refused: what arrived is the 1 KiB minimal letter.
        assert_bounded_letter(letter, pill, &topics.raw, *offset, 1024);
        assert_eq!(header(letter, "demarche-error-kind").as_deref(), Some(kind));
    }
    worker.assert_running();
}

/// A dead-letter topic that takes nothing: the worker stops with a clear error instead
/// of aborting the batch forever, and commits nothing past the unwritable input.
#[test]
fn a_dead_letter_that_can_never_be_written_stops_the_worker() {
    let topics = TestTopics::new("unwritable", 1);
    // Room for the transaction markers (~80 bytes), none for a letter with its headers.
    configure_topic(&topics.dlq, &[("max.message.bytes", "200")]);
    let mut worker = topics.spawn("entities", "a", &[]);
    // The bad input first: every batch starts with it, so nothing can be committed.
    let mut raw = vec![b"{not an article".to_vec()];
    raw.extend(common::articles(2, "good"));
    common::produce(&topics.raw, &raw);

    let deadline = Instant::now() + Duration::from_secs(90);
    let status = loop {
        if let Some(status) = worker.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "the worker kept going:\n{}",
            worker.log_text()
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    assert!(!status.success());
    let log = worker.log_text();
    assert!(
        log.contains(&format!("the dead-letter topic `{}` refused", topics.dlq))
            && log.contains("max.message.bytes"),
        "{log}"
    );
    let mut out = Reader::new(&topics.entities);
    out.drain(Duration::from_secs(3));
    assert!(
        out.messages.is_empty(),
        "nothing is committed past the input"
    );
}
