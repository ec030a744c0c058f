//! Getting past an input Kafka will never take: a poison pill must cost one dead letter,
//! not the partition.
//!
//! A send Kafka refuses at once (`send` returns the error) is dead-lettered on the spot.
//! A send refused later, as a failed delivery, has already made the transaction abortable:
//! the producer context records which input it belonged to (the delivery opaque carries
//! the input's index in the batch and the kind of send), the batch is aborted and
//! rewound, and on the next attempt that input is *quarantined*: dead-lettered without
//! running the stage, with a smaller letter if it was a letter that was refused. A batch
//! that keeps aborting with nothing to blame is re-run one message per transaction, so a
//! message-specific error then names its message; errors that name no message (broker
//! away) are retried with back-off, never blamed on an input.

use super::dead_letter::{classify_send_error, SendVerdict, Tier};
use crate::stages::StageKind;
use rdkafka::error::KafkaError;
use rdkafka::message::Message;
use rdkafka::producer::DeliveryResult;
use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;
use thiserror::Error;

/// Unexplained aborts of the same batch before it is re-run one message per transaction.
pub const ISOLATE_AFTER: u32 = 3;

/// Kind of the dead letter of an input whose output Kafka refused.
pub const OUTPUT_REJECTED: &str = "output_rejected";

/// Position of an input message.
pub type Coord = (String, i32, i64);

pub fn coord(message: &impl Message) -> Coord {
    (
        message.topic().to_string(),
        message.partition(),
        message.offset(),
    )
}

/// Even the smallest dead letter of an input was refused: the worker cannot go on
/// without losing it, so it stops and says why.
#[derive(Debug, Error)]
#[error(
    "the dead-letter topic `{dlq}` refused even a {tier:?} dead letter of {topic}[{partition}]@{offset} \
     ({stage} stage, {kind}): {error}; check the topic's max.message.bytes and ACLs, then restart"
)]
pub struct Unwritable {
    pub dlq: String,
    pub stage: StageKind,
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
    pub kind: &'static str,
    pub tier: Tier,
    #[source]
    pub error: KafkaError,
}

/// What a send was, next to its input's index in the batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Output,
    Letter(Tier),
}

pub fn opaque(index: usize, role: Role) -> usize {
    let code = match role {
        Role::Output => 0,
        Role::Letter(Tier::Copy) => 1,
        Role::Letter(Tier::Minimal) => 2,
    };
    index << 2 | code
}

pub fn decode_opaque(opaque: usize) -> (usize, Role) {
    let role = match opaque & 3 {
        1 => Role::Letter(Tier::Copy),
        2 => Role::Letter(Tier::Minimal),
        _ => Role::Output,
    };
    (opaque >> 2, role)
}

/// Producer context that keeps the deliveries Kafka refused for good. Transient failures
/// (timeouts, purges on abort) are not kept: they blame no message.
#[derive(Default)]
pub struct DeliveryTracker {
    refused: Mutex<Vec<(usize, KafkaError)>>,
}

impl DeliveryTracker {
    pub fn take(&self) -> Vec<(usize, KafkaError)> {
        self.refused
            .lock()
            .map(|mut r| std::mem::take(&mut *r))
            .unwrap_or_default()
    }
}

impl DeliveryTracker {
    /// Keeps a delivery Kafka refused for good, with its opaque (`opaque`).
    pub fn record(&self, result: &DeliveryResult<'_>, opaque: usize) {
        if let Err((error, _)) = result {
            if classify_send_error(error).is_permanent() {
                if let Ok(mut refused) = self.refused.lock() {
                    refused.push((opaque, error.clone()));
                }
            }
        }
    }
}

/// An input to dead-letter without running the stage, and with which letter.
#[derive(Debug, Clone, PartialEq)]
pub struct Quarantine {
    pub kind: &'static str,
    pub reason: String,
    pub tier: Tier,
}

/// What went to the dead-letter topic in the open transaction, by batch index.
type SentLetters = HashMap<usize, Quarantine>;

/// The last letter of an input was refused: nothing smaller is left to try.
#[derive(Debug, PartialEq)]
pub struct Refused {
    pub at: Coord,
    pub letter: Quarantine,
    pub error: KafkaError,
}

/// Recovery state of one worker, kept across attempts of a batch.
#[derive(Debug, Default)]
pub struct Recovery {
    quarantined: HashMap<Coord, Quarantine>,
    letters: SentLetters,
    /// Start of the batch that last aborted unexplained, and how often in a row.
    failing: Option<(Vec<Coord>, u32)>,
    /// Messages still to commit one per transaction.
    isolating: usize,
}

impl Recovery {
    pub fn quarantined(&self, coord: &Coord) -> Option<&Quarantine> {
        self.quarantined.get(coord)
    }

    /// Most messages the next batch may hold.
    pub fn batch_limit(&self, batch_size: usize) -> usize {
        if self.isolating > 0 {
            1
        } else {
            batch_size
        }
    }

    pub fn isolating(&self) -> bool {
        self.isolating > 0
    }

    /// A transaction opens: forget the letters of the previous attempt.
    pub fn begin(&mut self) {
        self.letters.clear();
    }

    pub fn letter_sent(&mut self, index: usize, letter: Quarantine) {
        self.letters.insert(index, letter);
    }

    /// The batch committed: its quarantined inputs are dead-lettered for good.
    pub fn committed(&mut self, batch: &[Coord]) {
        for c in batch {
            self.quarantined.remove(c);
        }
        self.isolating = self.isolating.saturating_sub(batch.len());
        self.failing = None;
    }

    /// Learns from the sends refused in an aborted attempt; `coords` are the batch's.
    /// Returns whether any input is newly quarantined (retry at once: it is now known),
    /// or the error when even a minimal letter was refused.
    pub fn learn(
        &mut self,
        refused: Vec<(usize, KafkaError)>,
        coords: &[Coord],
    ) -> Result<bool, Box<Refused>> {
        let mut learned = false;
        for (opaque, error) in refused {
            let (index, role) = decode_opaque(opaque);
            let Some(coord) = coords.get(index) else {
                continue;
            };
            let next = match role {
                Role::Output => Quarantine {
                    kind: OUTPUT_REJECTED,
                    reason: format!("output rejected by Kafka: {error}"),
                    tier: Tier::Copy,
                },
                Role::Letter(tier) => {
                    let sent = self.letters.get(&index).cloned().unwrap_or(Quarantine {
                        kind: OUTPUT_REJECTED,
                        reason: String::new(),
                        tier,
                    });
                    let smaller = tier
                        .smaller()
                        .filter(|_| classify_send_error(&error) == SendVerdict::MessageRejected);
                    match smaller {
                        Some(tier) => Quarantine { tier, ..sent },
                        None => {
                            return Err(Box::new(Refused {
                                at: coord.clone(),
                                letter: sent,
                                error,
                            }))
                        }
                    }
                }
            };
            learned |= self.quarantine(coord.clone(), next);
        }
        Ok(learned)
    }

    /// Blames the only message of an isolated batch for a permanent error that came back
    /// without a delivery report (e.g. from the commit). Returns whether it did.
    pub fn blame_isolated(
        &mut self,
        error: &KafkaError,
        coords: &[Coord],
    ) -> Result<bool, Box<Refused>> {
        if !self.isolating() || coords.len() != 1 || !classify_send_error(error).is_permanent() {
            return Ok(false);
        }
        let role = match self.letters.get(&0) {
            Some(letter) => Role::Letter(letter.tier),
            None => Role::Output,
        };
        self.learn(vec![(opaque(0, role), error.clone())], coords)
    }

    /// Quarantines `coord` unless it already is at this tier or a smaller one.
    pub fn quarantine(&mut self, coord: Coord, next: Quarantine) -> bool {
        match self.quarantined.get(&coord) {
            Some(known) if known.tier >= next.tier => false,
            _ => {
                self.quarantined.insert(coord, next);
                true
            }
        }
    }

    /// Counts an abort nothing explained; after [`ISOLATE_AFTER`] of the same batch, the
    /// next `batch.len()` messages go one per transaction. Returns the count in a row.
    pub fn unexplained_abort(&mut self, batch: &[Coord]) -> u32 {
        let start = first_per_partition(batch);
        let count = match &self.failing {
            Some((known, n)) if *known == start => n + 1,
            _ => 1,
        };
        if count >= ISOLATE_AFTER && batch.len() > 1 && self.isolating == 0 {
            tracing::warn!(
                messages = batch.len(),
                aborts = count,
                "batch keeps aborting: committing it one message per transaction to find the cause"
            );
            self.isolating = batch.len();
        }
        self.failing = Some((start, count));
        count
    }
}

fn first_per_partition(batch: &[Coord]) -> Vec<Coord> {
    let mut first: BTreeMap<(&str, i32), i64> = BTreeMap::new();
    for (topic, partition, offset) in batch {
        let entry = first.entry((topic, *partition)).or_insert(*offset);
        *entry = (*entry).min(*offset);
    }
    first
        .into_iter()
        .map(|((t, p), o)| (t.to_string(), p, o))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rdkafka::error::RDKafkaErrorCode;

    fn coords(n: i64) -> Vec<Coord> {
        (0..n).map(|o| ("raw".to_string(), 0, 10 + o)).collect()
    }

    fn too_large() -> KafkaError {
        KafkaError::MessageProduction(RDKafkaErrorCode::MessageSizeTooLarge)
    }

    #[test]
    fn opaque_round_trips_index_and_role() {
        for role in [
            Role::Output,
            Role::Letter(Tier::Copy),
            Role::Letter(Tier::Minimal),
        ] {
            assert_eq!(decode_opaque(opaque(137, role)), (137, role));
        }
    }

    #[test]
    fn a_refused_output_quarantines_its_input_only() {
        let batch = coords(5);
        let mut r = Recovery::default();
        let refused = vec![(opaque(3, Role::Output), too_large())];
        assert_eq!(r.learn(refused, &batch), Ok(true));
        let q = r.quarantined(&batch[3]).unwrap();
        assert_eq!((q.kind, q.tier), (OUTPUT_REJECTED, Tier::Copy));
        assert!(q.reason.contains("output rejected"), "{}", q.reason);
        assert!(batch
            .iter()
            .enumerate()
            .all(|(i, c)| (i == 3) == r.quarantined(c).is_some()));
        // The same refusal again teaches nothing new: no endless immediate retries.
        let again = vec![(opaque(3, Role::Output), too_large())];
        assert_eq!(r.learn(again, &batch), Ok(false));
    }

    #[test]
    fn a_refused_letter_is_retried_smaller_then_is_fatal() {
        let batch = coords(2);
        let mut r = Recovery::default();
        r.begin();
        let letter = Quarantine {
            kind: "oversized",
            reason: "too big".into(),
            tier: Tier::Copy,
        };
        r.letter_sent(1, letter.clone());
        let refused = vec![(opaque(1, Role::Letter(Tier::Copy)), too_large())];
        assert_eq!(r.learn(refused, &batch), Ok(true));
        let q = r.quarantined(&batch[1]).unwrap().clone();
        assert_eq!(q.kind, "oversized", "the original reason is kept");
        assert_eq!(q.tier, Tier::Minimal);

        r.begin();
        r.letter_sent(1, q);
        let refused = vec![(opaque(1, Role::Letter(Tier::Minimal)), too_large())];
        let refused = r.learn(refused, &batch).unwrap_err();
        assert_eq!(refused.at, batch[1]);
        assert_eq!(refused.letter.kind, "oversized");
    }

    #[test]
    fn a_letter_refused_for_its_topic_is_fatal_at_once() {
        let batch = coords(1);
        let mut r = Recovery::default();
        let denied = KafkaError::MessageProduction(RDKafkaErrorCode::TopicAuthorizationFailed);
        let refused = vec![(opaque(0, Role::Letter(Tier::Copy)), denied)];
        assert!(r.learn(refused, &batch).is_err());
    }

    #[test]
    fn repeated_unexplained_aborts_isolate_the_batch_and_commits_end_it() {
        let batch = coords(4);
        let mut r = Recovery::default();
        assert_eq!(r.batch_limit(200), 200);
        for n in 1..ISOLATE_AFTER {
            assert_eq!(r.unexplained_abort(&batch), n);
            assert!(!r.isolating());
        }
        assert_eq!(r.unexplained_abort(&batch), ISOLATE_AFTER);
        assert_eq!(r.batch_limit(200), 1);
        for c in &batch {
            assert!(r.isolating());
            r.committed(std::slice::from_ref(c));
        }
        assert!(!r.isolating());
        assert_eq!(r.batch_limit(200), 200);
    }

    #[test]
    fn a_different_batch_restarts_the_count() {
        let mut r = Recovery::default();
        r.unexplained_abort(&coords(4));
        r.unexplained_abort(&coords(4));
        let later: Vec<Coord> = coords(4).into_iter().skip(1).collect();
        assert_eq!(r.unexplained_abort(&later), 1);
    }

    #[test]
    fn only_a_permanent_error_of_an_isolated_message_blames_it() {
        let one = coords(1);
        let mut r = Recovery::default();
        let timeout = KafkaError::MessageProduction(RDKafkaErrorCode::MessageTimedOut);
        assert_eq!(
            r.blame_isolated(&too_large(), &one),
            Ok(false),
            "not isolating"
        );
        r.isolating = 1;
        assert_eq!(r.blame_isolated(&timeout, &one), Ok(false));
        assert_eq!(r.blame_isolated(&too_large(), &one), Ok(true));
        assert_eq!(r.quarantined(&one[0]).unwrap().kind, OUTPUT_REJECTED);
    }
}
