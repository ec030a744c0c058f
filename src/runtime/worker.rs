//! A stage as a Kafka worker: transactional consume → transform → produce.
//!
//! Each batch is one transaction holding the stage's outputs, any dead-letter copies and
//! the consumed offsets (`send_offsets_to_transaction`), so offsets are committed exactly
//! when the outputs are, and `read_committed` consumers downstream never see a partial
//! batch. A batch collected across a rebalance is dropped unprocessed and re-read from
//! the committed offsets by whoever owns the partitions now.
//!
//! Pipelined (stateless stages, `worker.pipelined_commits`): while batch N's offsets and
//! commit are in flight (on another thread: they only need the producer), the worker
//! polls batch N+1 and runs the stages over it; N+1's transaction begins only once N's
//! commit succeeded. If it failed, N and N+1 are rewound together to N's first offsets
//! and processed again, so nothing is committed twice or skipped. A rebalance can now land
//! while N commits: N's offsets carry the group generation they were read in, so the
//! coordinator refuses them after it (the batch aborts and is re-read), and the new
//! owner's read_committed offset fetch waits for N's transaction to end (librdkafka asks
//! for stable offsets), so it starts after N if N committed, at N if not.

mod messages;
mod setup;

use super::batch::{first_offsets, next_offsets, BatchTally};
use super::chain::{Chain, ChainFailure, ChainRun};
use super::changelog::{self, ChangelogError};
use super::client_log::ClientLog;
use super::clients::{apply_user_properties, base_config, AuthWatch, WorkerContext};
use super::commit::{classify, close, BatchFailure, Commit, TXN_TIMEOUT};
use super::dead_letter::{self, classify_send_error, LetterLimits, Origin, SendVerdict, Tier};
use super::health::WorkerStatus;
use super::memory;
use super::producer::{
    create_producer, fenced, renewable, retry, send, wait_for_deliveries, WorkerProducer,
};
use super::recovery::{self, coord, Coord, Quarantine, Recovery, Role, Unwritable};
use super::startup::{Started, Startup, StartupError};
use super::{lag, series, Shutdown};
use crate::config::Config;
use crate::stages::{Limits, Record, Stage, StageKind};
use crate::telemetry::Metric;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{BorrowedMessage, Message};
use rdkafka::producer::{BaseRecord, Producer};
use rdkafka::{ClientConfig, Offset};
use std::cell::{Cell, Ref, RefCell};
use std::sync::Arc;
use std::time::{Duration, Instant};
use thiserror::Error;

const IDLE_POLL: Duration = Duration::from_millis(100);
/// Poll step while a batch waits for the previous batch's commit.
const BUSY_POLL: Duration = Duration::from_millis(1);
/// An input index no batch has: delivery reports of changelog records blame no input.
const NO_INPUT: usize = usize::MAX >> 3;
/// Fresh producers in a row (no batch committed between) before a fatal error stands.
const RENEWALS: u32 = 3;

#[derive(Debug, Error)]
pub enum WorkerError {
    #[error("cannot create the Kafka {client}: {source}")]
    Client {
        client: &'static str,
        #[source]
        source: KafkaError,
    },
    #[error("unsupported Kafka setting: {0}")]
    Unsupported(String),
    #[error("fatal Kafka error (the worker must restart): {0}")]
    Fatal(#[source] KafkaError),
    #[error(transparent)]
    Startup(#[from] StartupError),
    #[error(transparent)]
    DeadLetter(#[from] Box<Unwritable>),
    #[error(transparent)]
    Changelog(#[from] ChangelogError),
}

/// Names and limits one worker runs with.
#[derive(Debug, Clone)]
pub struct WorkerSettings {
    pub stage: StageKind,
    pub input_topic: String,
    pub output_topic: String,
    /// Where a stateful stage's state changes go, in each batch's transaction.
    pub changelog_topic: Option<String>,
    pub dlq_topic: String,
    pub group_id: String,
    pub transactional_id: String,
    pub batch_size: usize,
    pub batch_linger: Duration,
    /// Input bytes after which a batch is closed early.
    pub batch_max_bytes: usize,
    pub limits: Limits,
    pub bootstrap: String,
    pub startup_timeout: Duration,
    /// How often lag and producer-queue metrics are refreshed.
    pub stats_interval: Duration,
    /// `/health` fails after this long without progress.
    pub stall_timeout: Duration,
    pub letters: LetterLimits,
    /// The coordinator aborts (and fences) a transaction open longer than this.
    pub transaction_timeout: Duration,
    /// The `stage` label of the worker's metrics and logs: the stage's name, or `fused`.
    pub label: &'static str,
    /// Process the next batch while the previous one commits (`worker.pipelined_commits`).
    pub pipelined: bool,
}

type WorkerConsumer = BaseConsumer<WorkerContext>;

pub struct Worker<'a> {
    /// The stage (or, fused, the stages) each input goes through.
    chain: Chain<'a>,
    settings: WorkerSettings,
    consumer: WorkerConsumer,
    /// Replaced by a fresh one after a fatal transaction error (see `renew_producer`).
    producer: RefCell<WorkerProducer>,
    producer_config: ClientConfig,
    auth: AuthWatch,
    /// When the open (or last) transaction began.
    opened: Cell<Instant>,
    status: WorkerStatus,
    /// Connection settings for the lag monitor's own client.
    lag_client: ClientConfig,
    log: Arc<ClientLog>,
}

/// A batch whose transaction is open (or failed to open): kept until it settles.
struct Open<'c> {
    batch: Vec<BorrowedMessage<'c>>,
    coords: Vec<Coord>,
    tally: BatchTally,
}

/// A batch's stage results, run before its transaction opens (while the previous one
/// commits); `None`: not run yet (then the stages run as the batch is sent).
type Computed = Vec<Option<Result<ChainRun, ChainFailure>>>;

/// A batch whose records are sent, with its commit still to run.
type Closing<'c> = (Open<'c>, Commit);

/// A batch read, its stage results if already run, and the previous batch's commit
/// result if that commit ran meanwhile.
struct Next<'c> {
    batch: Vec<BorrowedMessage<'c>>,
    computed: Computed,
    closed: Option<(Open<'c>, Result<(), BatchFailure>)>,
}

impl<'a> Worker<'a> {
    /// Runs until shutdown is requested or a fatal error occurs.
    pub fn run(&self, shutdown: &Shutdown) -> Result<(), WorkerError> {
        let result = self.run_until_stopped(shutdown);
        if result.is_err() {
            self.status.set_fatal();
        }
        result
    }

    /// Reaches the brokers and initialises transactions within the start-up timeout.
    fn start(&self, shutdown: &Shutdown) -> Result<Started, WorkerError> {
        let settings = &self.settings;
        let startup = Startup::new(
            &settings.bootstrap,
            settings.startup_timeout,
            shutdown,
            &self.log,
        );
        if startup.reach_brokers(self.consumer.client(), &settings.input_topic)? == Started::Stopped
        {
            return Ok(Started::Stopped);
        }
        let started = startup.init_transactions(&*self.producer(), &settings.transactional_id)?;
        self.status.set_producer_ready(started == Started::Yes);
        Ok(started)
    }

    /// Start, process batches until shutdown, and leave the group; a fatal error returns
    /// at once.
    fn run_until_stopped(&self, shutdown: &Shutdown) -> Result<(), WorkerError> {
        let stage = self.settings.label;
        if self.start(shutdown)? == Started::Stopped {
            tracing::info!(%stage, "stopped during start-up");
            return Ok(());
        }
        // The lag monitor runs as long as this guard lives: until the worker stops.
        let _lag = self.subscribe()?;
        self.process(shutdown)?;
        self.status.set_assigned(false);
        self.consumer.unsubscribe();
        tracing::info!(%stage, "worker stopped");
        Ok(())
    }

    /// Joins the input topic's group and starts the lag monitor on its assignment.
    fn subscribe(&self) -> Result<lag::LagMonitor, WorkerError> {
        self.consumer
            .subscribe(&[self.settings.input_topic.as_str()])
            .map_err(WorkerError::Fatal)?;
        let lag = lag::start(
            self.lag_client.clone(),
            &self.settings.group_id,
            self.consumer.context().assignment(),
            self.status.clone(),
            self.settings.stats_interval,
            self.log.clone(),
        )
        .map_err(|source| WorkerError::Client {
            client: "lag monitor",
            source,
        })?;
        tracing::info!(
            stage = %self.settings.label,
            input = %self.settings.input_topic,
            output = %self.settings.output_topic,
            transactional_id = %self.settings.transactional_id,
            "worker started"
        );
        Ok(lag)
    }

    /// The batch loop: each batch is read, computed, sent and committed in one
    /// transaction; a pipelined batch's commit is closed while the next one is read.
    fn process(&self, shutdown: &Shutdown) -> Result<(), WorkerError> {
        let stage = self.settings.label;
        let mut recovery = Recovery::default();
        let mut restored_at = None;
        let mut renewals = 0;
        let mut closing: Option<Closing<'_>> = None;
        while !shutdown.requested() {
            let limit = recovery.batch_limit(self.settings.batch_size);
            let Next {
                batch,
                computed,
                closed,
            } = self.next_batch(shutdown, limit, &recovery, closing.take());
            if let Some((open, result)) = closed {
                if !self.settle(open, result, &batch, &mut recovery, &mut renewals, shutdown)? {
                    continue;
                }
            }
            if !self.restore_if_reassigned(&mut restored_at, shutdown)? {
                break;
            }
            self.update_readiness();
            if batch.is_empty() {
                // Input drained: idle is progress too.
                self.status.progress();
                continue;
            }
            let (open, sent) = self.open_batch(batch, computed, &mut recovery);
            let commit = match sent {
                Ok(commit) if self.pipelined(&recovery) => {
                    closing = Some((open, commit));
                    continue;
                }
                Ok(commit) => commit,
                Err(failure) => {
                    self.settle(
                        open,
                        Err(failure),
                        &[],
                        &mut recovery,
                        &mut renewals,
                        shutdown,
                    )?;
                    continue;
                }
            };
            let result = close(&self.producer(), &commit, stage);
            self.settle(open, result, &[], &mut recovery, &mut renewals, shutdown)?;
        }
        if let Some((open, commit)) = closing {
            // Shutdown: the last batch's commit still counts.
            let result = close(&self.producer(), &commit, stage);
            self.settle(open, result, &[], &mut recovery, &mut renewals, shutdown)?;
        }
        Ok(())
    }

    /// A stateful stage rebuilds its state from the changelog whenever the partitions
    /// assigned changed (each rebalance), before it processes anything of them. False
    /// when shutdown was requested meanwhile.
    fn restore_if_reassigned(
        &self,
        restored_at: &mut Option<u64>,
        shutdown: &Shutdown,
    ) -> Result<bool, WorkerError> {
        let Some(topic) = &self.settings.changelog_topic else {
            return Ok(true);
        };
        let rebalances = self.consumer.context().rebalances();
        if *restored_at == Some(rebalances) {
            return Ok(true);
        }
        let input = &self.settings.input_topic;
        let partitions = self.consumer.assignment().map_or_else(
            |_| Vec::new(),
            |list| {
                list.elements_for_topic(input)
                    .iter()
                    .map(|e| e.partition())
                    .collect()
            },
        );
        let restored = changelog::restore(
            self.chain.state_stage(),
            &self.lag_client,
            topic,
            &partitions,
            shutdown,
        )?;
        if restored {
            *restored_at = Some(rebalances);
        }
        Ok(restored)
    }

    fn update_readiness(&self) {
        let assigned = self
            .consumer
            .assignment()
            .map(|a| a.count() > 0)
            .unwrap_or(false);
        if assigned != self.status.is_assigned() {
            self.status.set_assigned(assigned);
        }
    }

    /// Fatal errors a fresh producer gets past: see [`renewable`]. Fenced counts too when
    /// the transaction outlived `transaction.timeout.ms`: then the coordinator itself
    /// aborted it and bumped the epoch (seen after a broker outage longer than the
    /// timeout), not another instance with this transactional id.
    fn renewable(&self, error: &KafkaError) -> bool {
        let timed_out = self.opened.get().elapsed() >= self.settings.transaction_timeout;
        renewable(error) || (timed_out && fenced(error))
    }

    /// After a fatal producer error: a fresh producer if the error allows one (and not
    /// more than `RENEWALS` in a row without a commit), else the error.
    fn renew_or_stop(
        &self,
        error: KafkaError,
        renewals: &mut u32,
        shutdown: &Shutdown,
    ) -> Result<(), WorkerError> {
        if !self.renewable(&error) || *renewals >= RENEWALS {
            return Err(WorkerError::Fatal(error));
        }
        *renewals += 1;
        let stage = self.settings.label;
        tracing::warn!(%stage, %error, renewals, "fatal transaction error: replacing the producer and retrying the batch");
        self.renew_producer(shutdown)
    }

    fn producer(&self) -> Ref<'_, WorkerProducer> {
        self.producer.borrow()
    }

    /// After a fatal transaction error (e.g. the coordinator aborted the open transaction
    /// on its timeout during a long broker outage, then refused its commit with
    /// INVALID_TXN_STATE) librdkafka's producer is unusable. A new one with the same
    /// transactional id fences the old epoch; the batch is then retried from its first
    /// offsets, and nothing of the failed transaction was committed: exactly-once holds.
    fn renew_producer(&self, shutdown: &Shutdown) -> Result<(), WorkerError> {
        let settings = &self.settings;
        self.status.set_producer_ready(false);
        let fresh = create_producer(&self.producer_config, settings.label, &self.log, &self.auth)
            .map_err(producer_error)?;
        let startup = Startup::new(
            &settings.bootstrap,
            settings.startup_timeout,
            shutdown,
            &self.log,
        );
        let started = startup.init_transactions(&fresh, &settings.transactional_id)?;
        // The old producer is dropped here, after the new one fenced it.
        *self.producer.borrow_mut() = fresh;
        self.status.set_producer_ready(started == Started::Yes);
        Ok(())
    }

    /// A batch committed: the worker is alive and making progress.
    fn committed(&self) {
        self.status.progress();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64());
        metrics::gauge!(Metric::LastCommitTimestamp.name(), "stage" => self.settings.label)
            .set(now);
    }

    /// Polls until the batch is full, the linger time since its first message has passed,
    /// or the messages already fetched are taken (the input is drained) and `busy` (a
    /// commit in flight) is over: while the previous batch commits, this batch stays open
    /// and `each` (the stages) runs on every message as it arrives. Rebalance callbacks
    /// run inside `poll`; with the eager protocol a rebalance resets every assigned
    /// partition to its committed offset, so what was collected before it is dropped here
    /// and read again by the partitions' (possibly new) owner: committing it would
    /// duplicate or steal work.
    ///
    /// Messages stay in librdkafka's buffers (borrowed, not copied), and the batch closes
    /// early once it holds `batch_max_bytes` of input, so large articles cost no copies.
    fn collect_batch<T>(
        &self,
        shutdown: &Shutdown,
        limit: usize,
        busy: &dyn Fn() -> bool,
        mut each: impl FnMut(&BorrowedMessage<'_>) -> T,
    ) -> (Vec<BorrowedMessage<'_>>, Vec<T>) {
        let (mut batch, mut done) = (Vec::new(), Vec::new());
        let mut bytes = 0usize;
        let mut deadline = Instant::now() + IDLE_POLL;
        while batch.len() < limit && bytes < self.settings.batch_max_bytes && !shutdown.requested()
        {
            let wait = deadline.saturating_duration_since(Instant::now());
            if wait.is_zero() {
                break;
            }
            let rebalances = self.consumer.context().rebalances();
            // Adaptive batching: wait for the first message only; after it, take what is
            // already fetched and commit as soon as the input is drained (or, pipelined,
            // the previous commit is done). Under backlog the prefetch queue refills
            // while a transaction is open, so batches grow.
            let polled = if batch.is_empty() {
                self.consumer.poll(wait)
            } else if busy() {
                self.consumer.poll(wait.min(BUSY_POLL))
            } else {
                self.consumer.poll(Duration::ZERO)
            };
            if self.consumer.context().rebalances() != rebalances && !batch.is_empty() {
                tracing::info!(
                    stage = self.settings.label,
                    dropped = batch.len(),
                    "rebalance while batching: leaving these to the committed offsets"
                );
                batch.clear();
                done.clear();
                bytes = 0;
            }
            match polled {
                None if busy() && !batch.is_empty() => {}
                None => break,
                Some(Ok(message)) => {
                    if batch.is_empty() {
                        deadline = Instant::now() + self.settings.batch_linger;
                    }
                    bytes += message.payload_len() + message.key_len();
                    done.push(each(&message));
                    batch.push(message);
                }
                Some(Err(e)) => {
                    tracing::warn!(stage = self.settings.label, error = %e, "consumer error")
                }
            }
        }
        (batch, done)
    }

    /// Pipelining is for stateless stages (a stateful stage keeps the state of one open
    /// batch) and not while a failing batch is isolated.
    fn pipelined(&self, recovery: &Recovery) -> bool {
        self.settings.pipelined && self.settings.changelog_topic.is_none() && !recovery.isolating()
    }

    /// Reads the next batch. With a batch `closing`, its commit runs on another thread
    /// meanwhile, and the stages run over the new batch while that commit is in flight;
    /// the commit's result comes back with the new batch. The next transaction opens only
    /// after it is known (one producer, one transaction at a time).
    fn next_batch<'c>(
        &'c self,
        shutdown: &Shutdown,
        limit: usize,
        recovery: &Recovery,
        closing: Option<Closing<'c>>,
    ) -> Next<'c> {
        let Some((open, commit)) = closing else {
            // The stages run later, after a stateful stage's state is restored.
            let (batch, computed) = self.collect_batch(shutdown, limit, &|| false, |_| None);
            return Next {
                batch,
                computed,
                closed: None,
            };
        };
        let guard = self.producer();
        let producer: &WorkerProducer = &guard;
        let stage = self.settings.label;
        let (batch, computed, result) = std::thread::scope(|scope| {
            let committing = scope.spawn(|| close(producer, &commit, stage));
            let busy = || !committing.is_finished();
            let (batch, computed) =
                self.collect_batch(shutdown, limit, &busy, |m| self.compute(m, recovery));
            let result = committing
                .join()
                .unwrap_or_else(|_| Err(BatchFailure::Abortable(KafkaError::Canceled)));
            (batch, computed, result)
        });
        Next {
            batch,
            computed,
            closed: Some((open, result)),
        }
    }

    /// Runs the stages over `message` unless it is quarantined (then it is only
    /// dead-lettered).
    fn compute<M: Message>(
        &self,
        message: &M,
        recovery: &Recovery,
    ) -> Option<Result<ChainRun, ChainFailure>> {
        if recovery.quarantined(&coord(message)).is_some() {
            return None;
        }
        Some(self.run_chain(message))
    }

    fn run_chain<M: Message>(&self, message: &M) -> Result<ChainRun, ChainFailure> {
        let started = Instant::now();
        let record = Record {
            key: message.key(),
            payload: message.payload().unwrap_or_default(),
            timestamp_ms: message.timestamp().to_millis(),
            partition: message.partition(),
        };
        let run = self.chain.run(self.settings.limits, &record);
        metrics::histogram!(Metric::ProcessingSeconds.name(), "stage" => self.settings.label)
            .record(started.elapsed().as_secs_f64());
        run
    }

    /// Opens the batch's transaction and sends its outputs, dead letters and state
    /// changes; what is left (offsets, commit) is the returned [`Commit`].
    fn open_batch<'c>(
        &self,
        batch: Vec<BorrowedMessage<'c>>,
        computed: Computed,
        recovery: &mut Recovery,
    ) -> (Open<'c>, Result<Commit, BatchFailure>) {
        let mut open = Open {
            coords: batch.iter().map(coord).collect(),
            batch,
            tally: BatchTally::default(),
        };
        let sent = self.send_batch(&open.batch, computed, recovery, &mut open.tally);
        (open, sent)
    }

    fn send_batch<M: Message>(
        &self,
        batch: &[M],
        mut computed: Computed,
        recovery: &mut Recovery,
        tally: &mut BatchTally,
    ) -> Result<Commit, BatchFailure> {
        let opened = Instant::now();
        self.opened.set(opened);
        self.producer()
            .begin_transaction()
            .map_err(|e| match classify(e) {
                BatchFailure::Abortable(e) => BatchFailure::NotStarted(e),
                other => other,
            })?;
        // Refusals reported since the last abort belong to that attempt, not this one.
        self.producer().context().deliveries.take();
        recovery.begin();
        computed.resize_with(batch.len(), || None);
        for (index, (message, run)) in batch.iter().zip(computed).enumerate() {
            self.process_message(index, message, run, recovery, tally)?;
        }
        self.send_changes().map_err(classify)?;
        let group = self
            .consumer
            .group_metadata()
            .ok_or_else(|| BatchFailure::Abortable(KafkaError::Global(RDKafkaErrorCode::State)))?;
        let offsets = next_offsets(batch).map_err(BatchFailure::Abortable)?;
        Ok(Commit {
            offsets,
            group,
            opened,
            messages: batch.len(),
        })
    }

    /// Ends batch `open` by its transaction's `result`: counts it and returns true if it
    /// committed; else aborts and rewinds it, and `later` (read while it committed), to
    /// be read again, and returns false.
    fn settle(
        &self,
        open: Open<'_>,
        result: Result<(), BatchFailure>,
        later: &[BorrowedMessage<'_>],
        recovery: &mut Recovery,
        renewals: &mut u32,
        shutdown: &Shutdown,
    ) -> Result<bool, WorkerError> {
        let stage = self.settings.label;
        match &result {
            Ok(()) => self.chain.state_stage().committed(),
            Err(_) => self.chain.state_stage().rolled_back(),
        }
        let failure = match result {
            Ok(()) => {
                open.tally
                    .record(stage, self.settings.stage, open.batch.len());
                recovery.committed(&open.coords);
                self.committed();
                *renewals = 0;
                return Ok(true);
            }
            Err(BatchFailure::Fatal(e)) => {
                self.renew_or_stop(e, renewals, shutdown)?;
                self.rewind(&open.batch, later);
                return Ok(false);
            }
            Err(BatchFailure::Unwritable(e)) => {
                // Leave nothing open behind; the error below is what matters.
                let _ = self.abort();
                return Err(WorkerError::DeadLetter(e));
            }
            Err(BatchFailure::NotStarted(e)) => e,
            Err(BatchFailure::Abortable(e)) => match self.abort() {
                Ok(()) => e,
                // The abort itself can meet the fatal error (e.g. fenced after an outage).
                Err(WorkerError::Fatal(fatal)) => {
                    self.renew_or_stop(fatal, renewals, shutdown)?;
                    self.rewind(&open.batch, later);
                    return Ok(false);
                }
                Err(other) => return Err(other),
            },
        };
        metrics::counter!(Metric::BatchesRetried.name(), "stage" => stage).increment(1);
        self.rewind(&open.batch, later);
        if self.learn(recovery, &failure, &open.coords)? {
            tracing::warn!(%stage, error = %failure, "batch aborted: Kafka refused a message for good; retrying with it dead-lettered");
            return Ok(false);
        }
        tracing::warn!(%stage, error = %failure, "batch not committed; retrying it");
        // Back off while the cause (e.g. an unreachable broker) persists.
        let aborts = recovery.unexplained_abort(&open.coords);
        shutdown.sleep(abort_backoff(aborts));
        Ok(false)
    }

    fn abort(&self) -> Result<(), WorkerError> {
        metrics::counter!(Metric::Transactions.name(), "stage" => self.settings.label, "outcome" => "aborted").increment(1);
        retry(|| self.producer().abort_transaction(TXN_TIMEOUT)).map_err(WorkerError::Fatal)
    }

    /// Seeks each partition of the batch, and of the `later` batch read while it
    /// committed, back to its first message, to process them again.
    fn rewind(&self, batch: &[BorrowedMessage<'_>], later: &[BorrowedMessage<'_>]) {
        let coords = batch.iter().map(coord).chain(later.iter().map(coord));
        for (topic, partition, offset) in first_offsets(coords) {
            if let Err(e) =
                self.consumer
                    .seek(&topic, partition, Offset::Offset(offset), TXN_TIMEOUT)
            {
                // The partition may have been revoked meanwhile; its new owner reads from
                // the committed offset, so nothing is lost.
                tracing::warn!(%topic, partition, error = %e, "cannot rewind partition");
            }
        }
    }
}

fn producer_error(source: KafkaError) -> WorkerError {
    WorkerError::Client {
        client: "producer",
        source,
    }
}

/// 100 ms after the first abort in a row, doubling up to 5 s.
fn abort_backoff(consecutive_aborts: u32) -> Duration {
    let exponent = consecutive_aborts.saturating_sub(1).min(6);
    Duration::from_millis(100 << exponent).min(Duration::from_secs(5))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abort_backoff_grows_and_is_capped() {
        assert_eq!(abort_backoff(1), Duration::from_millis(100));
        assert_eq!(abort_backoff(2), Duration::from_millis(200));
        assert_eq!(abort_backoff(30), Duration::from_secs(5));
    }
}
