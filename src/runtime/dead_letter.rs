//! Dead letters that always fit, and what a failed send says about retrying it.
//!
//! A dead letter carries the original bytes when they fit a safe size and a truncated
//! prefix when they do not, always with the original's size and SHA-256, so nothing about
//! the input is lost even when Kafka could never take the whole of it. If Kafka refuses
//! even that copy (the dead-letter topic allows less than the producer), a minimal letter
//! (1 KiB of the original) is tried, and if that too is refused the worker stops: a
//! dead-letter topic that takes nothing cannot be worked around.

use crate::config::Config;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header, OwnedHeaders};
use sha2::{Digest, Sha256};

/// librdkafka's default `message.max.bytes`.
const DEFAULT_MESSAGE_MAX_BYTES: usize = 1_000_000;
/// Payload and key bytes of the last-resort letter.
const MINIMAL_BYTES: usize = 1024;
/// Longest error text in a header: serde and Kafka messages are short, but echo input.
const MAX_REASON_BYTES: usize = 1024;

/// What a failed send says about retrying it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendVerdict {
    /// May succeed later (broker away, timeout, queue full, transaction state): retry.
    Transient,
    /// This message can never be written (too large, malformed record): dead-letter it.
    MessageRejected,
    /// Nothing can be written to this topic (invalid name, not authorised).
    TopicRejected,
}

impl SendVerdict {
    pub fn is_permanent(self) -> bool {
        self != SendVerdict::Transient
    }
}

/// Classifies a send or delivery error. Only codes that depend on the message or the
/// topic, never on the broker's momentary state, are permanent: an unknown topic may
/// still be being created, so it is retried, not dead-lettered.
pub fn classify_send_error(error: &KafkaError) -> SendVerdict {
    match error {
        KafkaError::MessageProduction(code) => classify_code(*code),
        KafkaError::Transaction(e) => classify_code(e.code()),
        _ => SendVerdict::Transient,
    }
}

pub fn classify_code(code: RDKafkaErrorCode) -> SendVerdict {
    use RDKafkaErrorCode as C;
    match code {
        C::MessageSizeTooLarge
        | C::InvalidMessageSize
        | C::MessageBatchTooLarge
        | C::InvalidMessage
        | C::InvalidRecord
        | C::BadMessage
        | C::UnsupportedForMessageFormat => SendVerdict::MessageRejected,
        C::InvalidTopic | C::TopicAuthorizationFailed | C::ClusterAuthorizationFailed => {
            SendVerdict::TopicRejected
        }
        _ => SendVerdict::Transient,
    }
}

/// How much of an original a dead letter carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    /// The original, truncated to [`LetterLimits::copy_bytes`] if larger.
    Copy,
    /// The first 1 KiB: what is left when the dead-letter topic refused the copy.
    Minimal,
}

impl Tier {
    pub fn smaller(self) -> Option<Tier> {
        match self {
            Tier::Copy => Some(Tier::Minimal),
            Tier::Minimal => None,
        }
    }
}

/// Dead-letter sizes, derived from the producer's `message.max.bytes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LetterLimits {
    /// Most original bytes (payload) a copy carries: half of `message.max.bytes`, which
    /// leaves room for the key, headers and record framing, and for a dead-letter topic
    /// configured somewhat below the producer.
    pub copy_bytes: usize,
    /// Most key bytes a letter carries.
    pub key_bytes: usize,
}

impl LetterLimits {
    pub fn from_config(config: &Config) -> Self {
        let message_max = config
            .kafka
            .properties
            .get("message.max.bytes")
            .and_then(|v| v.trim().parse::<usize>().ok())
            .unwrap_or(DEFAULT_MESSAGE_MAX_BYTES);
        Self::for_message_max(message_max)
    }

    pub fn for_message_max(message_max_bytes: usize) -> Self {
        let copy_bytes = (message_max_bytes / 2).max(MINIMAL_BYTES);
        Self {
            copy_bytes,
            key_bytes: (copy_bytes / 8).clamp(MINIMAL_BYTES, 64 * 1024),
        }
    }

    fn payload_bytes(&self, tier: Tier) -> usize {
        match tier {
            Tier::Copy => self.copy_bytes,
            Tier::Minimal => MINIMAL_BYTES.min(self.copy_bytes),
        }
    }

    fn key_bytes(&self, tier: Tier) -> usize {
        match tier {
            Tier::Copy => self.key_bytes,
            Tier::Minimal => MINIMAL_BYTES.min(self.key_bytes),
        }
    }
}

/// Where a dead-lettered message came from and why.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    pub stage: &'a str,
    pub topic: &'a str,
    pub partition: i32,
    pub offset: i64,
    pub kind: &'a str,
    pub reason: &'a str,
}

/// A dead letter ready to send: slices of the original, never a copy of it.
pub struct Letter<'a> {
    pub key: Option<&'a [u8]>,
    pub payload: &'a [u8],
    pub headers: OwnedHeaders,
}

/// Builds the dead letter of `key`/`payload` at `tier`. The hash covers the whole
/// original, so a reader can tell a truncated copy from the real thing and find it.
pub fn letter<'a>(
    origin: &Origin<'_>,
    key: Option<&'a [u8]>,
    payload: &'a [u8],
    limits: &LetterLimits,
    tier: Tier,
) -> Letter<'a> {
    let body = truncate(payload, limits.payload_bytes(tier));
    let key_limit = limits.key_bytes(tier);
    let truncated = body.len() < payload.len() || key.is_some_and(|k| k.len() > key_limit);
    let key = key.map(|k| truncate(k, key_limit));
    let fields = [
        (
            "demarche-error",
            truncate_str(origin.reason, MAX_REASON_BYTES),
        ),
        ("demarche-error-kind", origin.kind),
        ("demarche-stage", origin.stage),
        ("demarche-original-topic", origin.topic),
        ("demarche-original-partition", &origin.partition.to_string()),
        ("demarche-original-offset", &origin.offset.to_string()),
        ("demarche-original-size", &payload.len().to_string()),
        ("demarche-original-sha256", &sha256_hex(payload)),
        (
            "demarche-truncated",
            if truncated { "true" } else { "false" },
        ),
    ];
    let headers = fields.iter().fold(OwnedHeaders::new(), |headers, (k, v)| {
        headers.insert(Header {
            key: k,
            value: Some(*v),
        })
    });
    Letter {
        key,
        payload: body,
        headers,
    }
}

/// The first `limit` bytes (payloads are bytes, not text: no boundary to respect).
pub fn truncate(bytes: &[u8], limit: usize) -> &[u8] {
    &bytes[..bytes.len().min(limit)]
}

/// The longest prefix of `text` of at most `limit` bytes that ends on a character.
pub fn truncate_str(text: &str, limit: usize) -> &str {
    let mut end = text.len().min(limit);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rdkafka::message::Headers;

    fn origin() -> Origin<'static> {
        Origin {
            stage: "entities",
            topic: "articles.raw",
            partition: 2,
            offset: 41,
            kind: "oversized",
            reason: "too big",
        }
    }

    fn header(letter: &Letter<'_>, name: &str) -> String {
        let h = letter
            .headers
            .iter()
            .find(|h| h.key == name)
            .unwrap_or_else(|| panic!("no header {name}"));
        String::from_utf8(h.value.unwrap().to_vec()).unwrap()
    }

    #[test]
    fn size_errors_and_malformed_records_are_permanent_for_the_message() {
        for code in [
            RDKafkaErrorCode::MessageSizeTooLarge,
            RDKafkaErrorCode::InvalidMessageSize,
            RDKafkaErrorCode::MessageBatchTooLarge,
            RDKafkaErrorCode::InvalidRecord,
        ] {
            let e = KafkaError::MessageProduction(code);
            assert_eq!(
                classify_send_error(&e),
                SendVerdict::MessageRejected,
                "{code:?}"
            );
        }
    }

    #[test]
    fn topic_errors_are_permanent_for_the_topic() {
        for code in [
            RDKafkaErrorCode::InvalidTopic,
            RDKafkaErrorCode::TopicAuthorizationFailed,
        ] {
            let e = KafkaError::MessageProduction(code);
            assert_eq!(classify_send_error(&e), SendVerdict::TopicRejected);
        }
    }

    #[test]
    fn broker_state_errors_are_retried() {
        for code in [
            RDKafkaErrorCode::QueueFull,
            RDKafkaErrorCode::MessageTimedOut,
            RDKafkaErrorCode::RequestTimedOut,
            RDKafkaErrorCode::NotLeaderForPartition,
            RDKafkaErrorCode::UnknownTopic,
            RDKafkaErrorCode::UnknownTopicOrPartition,
            RDKafkaErrorCode::PurgeQueue,
            RDKafkaErrorCode::PurgeInflight,
            RDKafkaErrorCode::BrokerTransportFailure,
        ] {
            let e = KafkaError::MessageProduction(code);
            assert_eq!(classify_send_error(&e), SendVerdict::Transient, "{code:?}");
        }
        let flush = KafkaError::Flush(RDKafkaErrorCode::MessageSizeTooLarge);
        assert_eq!(classify_send_error(&flush), SendVerdict::Transient);
    }

    #[test]
    fn limits_follow_the_producer_message_max_bytes() {
        let default = LetterLimits::from_config(&Config::default());
        assert_eq!(default.copy_bytes, 500_000);
        let mut config = Config::default();
        config
            .kafka
            .properties
            .insert("message.max.bytes".into(), "8000000".into());
        assert_eq!(LetterLimits::from_config(&config).copy_bytes, 4_000_000);
        assert_eq!(LetterLimits::for_message_max(10).copy_bytes, MINIMAL_BYTES);
    }

    #[test]
    fn a_large_original_is_truncated_with_its_size_and_hash() {
        let original = vec![b'x'; 5_000];
        let limits = LetterLimits {
            copy_bytes: 1_500,
            key_bytes: 1_024,
        };
        let l = letter(&origin(), Some(b"k1"), &original, &limits, Tier::Copy);
        assert_eq!(l.payload, &original[..1_500]);
        assert_eq!(l.key, Some(&b"k1"[..]));
        assert_eq!(header(&l, "demarche-original-size"), "5000");
        assert_eq!(
            header(&l, "demarche-original-sha256"),
            sha256_hex(&original)
        );
        assert_ne!(sha256_hex(&original), sha256_hex(l.payload));
        assert_eq!(header(&l, "demarche-truncated"), "true");
        assert_eq!(header(&l, "demarche-error-kind"), "oversized");
        assert_eq!(header(&l, "demarche-stage"), "entities");
        assert_eq!(header(&l, "demarche-original-topic"), "articles.raw");
        assert_eq!(header(&l, "demarche-original-partition"), "2");
        assert_eq!(header(&l, "demarche-original-offset"), "41");

        let minimal = letter(&origin(), None, &original, &limits, Tier::Minimal);
        assert_eq!(minimal.payload.len(), MINIMAL_BYTES);
        assert_eq!(header(&minimal, "demarche-original-size"), "5000");
    }

    #[test]
    fn a_small_original_is_kept_whole() {
        let original = b"{not json".to_vec();
        let l = letter(
            &origin(),
            None,
            &original,
            &LetterLimits::for_message_max(1_000_000),
            Tier::Copy,
        );
        assert_eq!(l.payload, original.as_slice());
        assert_eq!(header(&l, "demarche-truncated"), "false");
        assert_eq!(
            header(&l, "demarche-original-sha256"),
            // SHA-256 of "{not json", computed independently with sha256sum.
            "92072df399cb74703f8e86f450d552bc0bb01eeeb98a90985a1b7772c8fd0016"
        );
    }

    #[test]
    fn header_text_is_cut_on_a_character_boundary() {
        assert_eq!(truncate_str("héllo", 2), "h");
        assert_eq!(truncate_str("héllo", 3), "hé");
        assert_eq!(truncate_str("abc", 10), "abc");
        assert_eq!(truncate(b"abcdef", 4), b"abcd");
    }
}
