//! One message through the stages, its outputs, and its dead letter when it cannot be
//! processed or written (the worker's per-message half; the batch half is in `worker.rs`).
use super::*;

impl Worker<'_> {
    pub(super) fn process_message<M: Message>(
        &self,
        index: usize,
        message: &M,
        run: Option<Result<ChainRun, ChainFailure>>,
        recovery: &mut Recovery,
        tally: &mut BatchTally,
    ) -> Result<(), BatchFailure> {
        let _span = tracing::debug_span!(
            "message",
            stage = self.settings.label,
            partition = message.partition(),
            offset = message.offset()
        )
        .entered();
        // Kafka refused this input's output or letter for good in an earlier attempt.
        let stage = self.settings.stage.as_str();
        if let Some(known) = recovery.quarantined(&coord(message)).cloned() {
            return self.dead_letter(index, message, stage, known, recovery, tally);
        }
        match run.unwrap_or_else(|| self.run_chain(message)) {
            Ok(run) => match self.send_outputs(index, &run) {
                Ok(sent) => {
                    tally.outputs += sent;
                    tally.events.extend(run.events());
                    let sides = self.chain.written(&run).filter_map(|(_, _, o)| o.side);
                    tally.statements.extend(sides);
                    tally.events_dropped.extend(run.dropped);
                }
                Err((sent, e)) => {
                    return self.output_refused(index, message, sent, e, recovery, tally)
                }
            },
            Err(failure) => {
                let error = failure.error;
                tracing::debug!(stage = %failure.stage, %error, offset = message.offset(), "dead-lettering");
                let letter = Quarantine {
                    kind: error.kind(),
                    reason: error.to_string(),
                    tier: Tier::Copy,
                };
                let failed = failure.stage.as_str();
                self.dead_letter(index, message, failed, letter, recovery, tally)?;
            }
        }
        Ok(())
    }

    /// Writes the state changes of the batch to the changelog, in its transaction, on the
    /// input's partition. Their delivery reports name no input (a refusal is the
    /// changelog's fault, not an input's): the batch is retried.
    pub(super) fn send_changes(&self) -> Result<(), KafkaError> {
        let Some(topic) = &self.settings.changelog_topic else {
            return Ok(());
        };
        for change in self.chain.state_stage().take_changes() {
            let mut record =
                BaseRecord::with_opaque_to(topic, recovery::opaque(NO_INPUT, Role::Output))
                    .key(change.key.as_slice())
                    .partition(change.partition);
            if let Some(value) = &change.value {
                record = record.payload(value.as_slice());
            }
            send(&self.producer(), record)?;
        }
        Ok(())
    }

    /// Sends the outputs of input `index` and says how many; on error, how many were
    /// already queued.
    pub(super) fn send_outputs(
        &self,
        index: usize,
        run: &ChainRun,
    ) -> Result<usize, (usize, KafkaError)> {
        let mut sent = 0;
        for (topic, headers, output) in self.chain.written(run) {
            let record = BaseRecord::with_opaque_to(topic, recovery::opaque(index, Role::Output))
                .key(output.key.as_slice())
                .payload(output.payload.as_slice())
                .headers(headers.clone());
            send(&self.producer(), record).map_err(|e| (sent, e))?;
            sent += 1;
        }
        Ok(sent)
    }

    /// An output Kafka refused outright would fail every retry: dead-letter its input
    /// instead. If other outputs of it are already in the transaction, the attempt is
    /// aborted and retried with the input quarantined, so none of them is committed.
    pub(super) fn output_refused<M: Message>(
        &self,
        index: usize,
        message: &M,
        sent: usize,
        error: KafkaError,
        recovery: &mut Recovery,
        tally: &mut BatchTally,
    ) -> Result<(), BatchFailure> {
        if !classify_send_error(&error).is_permanent() {
            return Err(classify(error));
        }
        let letter = Quarantine {
            kind: recovery::OUTPUT_REJECTED,
            reason: format!("output rejected by Kafka: {error}"),
            tier: Tier::Copy,
        };
        if sent > 0 {
            recovery.quarantine(coord(message), letter);
            return Err(BatchFailure::Abortable(error));
        }
        let stage = self.settings.stage.as_str();
        self.dead_letter(index, message, stage, letter, recovery, tally)
    }

    /// Writes a bounded dead letter of `message`, smaller if Kafka refuses it at once;
    /// `stage` is the one that failed (in a fused worker, not always the last).
    pub(super) fn dead_letter<M: Message>(
        &self,
        index: usize,
        message: &M,
        stage: &'static str,
        mut letter: Quarantine,
        recovery: &mut Recovery,
        tally: &mut BatchTally,
    ) -> Result<(), BatchFailure> {
        let payload = message.payload().unwrap_or_default();
        loop {
            let origin = Origin {
                stage,
                topic: message.topic(),
                partition: message.partition(),
                offset: message.offset(),
                kind: letter.kind,
                reason: &letter.reason,
            };
            let built = dead_letter::letter(
                &origin,
                message.key(),
                payload,
                &self.settings.letters,
                letter.tier,
            );
            let opaque = recovery::opaque(index, Role::Letter(letter.tier));
            let mut record = BaseRecord::with_opaque_to(&self.settings.dlq_topic, opaque)
                .payload(built.payload)
                .headers(built.headers);
            if let Some(key) = built.key {
                record = record.key(key);
            }
            let error = match send(&self.producer(), record) {
                Ok(()) => {
                    tally.dead_lettered.push(letter.kind);
                    recovery.letter_sent(index, letter);
                    return Ok(());
                }
                Err(e) => e,
            };
            let smaller = match classify_send_error(&error) {
                SendVerdict::Transient => return Err(classify(error)),
                SendVerdict::MessageRejected => letter.tier.smaller(),
                SendVerdict::TopicRejected => None,
            };
            match smaller {
                Some(tier) => letter.tier = tier,
                None => {
                    return Err(BatchFailure::Unwritable(self.unwritable(
                        coord(message),
                        letter,
                        error,
                    )))
                }
            }
        }
    }

    /// After an abort: quarantines the inputs Kafka refused for good. True when the
    /// retry will get past them; an error when not even a minimal letter was taken.
    pub(super) fn learn(
        &self,
        recovery: &mut Recovery,
        failure: &KafkaError,
        coords: &[Coord],
    ) -> Result<bool, WorkerError> {
        // Delivery reports of the aborted attempt arrive on the producer's thread.
        let _ = wait_for_deliveries(&self.producer(), Duration::from_secs(5));
        let refused = self.producer().context().deliveries.take();
        let learned = match recovery.learn(refused, coords) {
            Ok(false) => recovery.blame_isolated(failure, coords),
            other => other,
        };
        learned.map_err(|r| WorkerError::DeadLetter(self.unwritable(r.at, r.letter, r.error)))
    }

    pub(super) fn unwritable(
        &self,
        at: Coord,
        letter: Quarantine,
        error: KafkaError,
    ) -> Box<Unwritable> {
        let (topic, partition, offset) = at;
        Box::new(Unwritable {
            dlq: self.settings.dlq_topic.clone(),
            stage: self.settings.stage,
            topic,
            partition,
            offset,
            kind: letter.kind,
            tier: letter.tier,
            error,
        })
    }
}
