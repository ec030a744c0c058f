//! Building a worker: its settings from the configuration, its Kafka consumer (read_committed,
//! manual offsets) and transactional producer, and the refusal of incremental rebalancing
//! (the batch half is in `worker.rs`, the per-message half in `messages.rs`).
use super::*;

impl WorkerSettings {
    pub fn from_config(stage: StageKind, config: &Config) -> Self {
        let (topics, spec) = (&config.topics, stage.spec());
        let group_id = format!("{}-{}", config.kafka.group_prefix, stage);
        Self {
            stage,
            input_topic: (spec.input_topic)(topics).clone(),
            output_topic: (spec.output_topic)(topics).clone(),
            changelog_topic: spec.changelog_topic.map(|t| t(topics).clone()),
            dlq_topic: topics.dlq.clone(),
            transactional_id: format!("{group_id}-{}", config.kafka.instance_id),
            group_id,
            batch_size: config.worker.batch_size.max(1),
            batch_linger: Duration::from_millis(config.worker.batch_linger_ms),
            batch_max_bytes: memory::batch_max_bytes(config),
            limits: Limits {
                max_message_bytes: config.worker.max_message_bytes,
            },
            bootstrap: config.kafka.bootstrap_servers.clone(),
            startup_timeout: Duration::from_millis(config.kafka.startup_timeout_ms),
            stats_interval: Duration::from_millis(config.telemetry.stats_interval_ms.max(100)),
            stall_timeout: Duration::from_millis(config.telemetry.stall_timeout_ms),
            letters: LetterLimits::from_config(config),
            transaction_timeout: Duration::from_millis(config.kafka.transaction_timeout_ms.into()),
            label: stage.as_str(),
            pipelined: config.worker.pipelined_commits,
        }
    }
}

impl<'a> Worker<'a> {
    pub fn new(
        stage: &'a dyn Stage,
        settings: WorkerSettings,
        config: &Config,
        status: WorkerStatus,
    ) -> Result<Self, WorkerError> {
        let chain = Chain::single(settings.stage, stage, &settings.output_topic)
            .with_side_topics(&config.topics);
        Self::with_chain(chain, settings, config, status)
    }

    /// A worker running each input through `chain` (the fused worker's is three stages).
    pub fn with_chain(
        chain: Chain<'a>,
        settings: WorkerSettings,
        config: &Config,
        status: WorkerStatus,
    ) -> Result<Self, WorkerError> {
        reject_incremental_rebalancing(config)?;
        series::register(settings.label, settings.stage);
        status.configure(settings.label, settings.stall_timeout);
        let client_id = settings.transactional_id.clone();
        let consumer_config = consumer_config(&settings, config, &client_id);
        let consumer: WorkerConsumer = consumer_config
            .create_with_context(WorkerContext::new(settings.label, AuthWatch::new(config)))
            .map_err(|source| WorkerError::Client {
                client: "consumer",
                source,
            })?;

        let producer_config = producer_config(&settings, config, &client_id);
        let log = consumer.context().log();
        let auth = AuthWatch::new(config);
        let producer = create_producer(&producer_config, settings.label, &log, &auth)
            .map_err(producer_error)?;
        let mut lag_client = base_config(config, &format!("{client_id}-lag"));
        apply_user_properties(&mut lag_client, config);
        Ok(Self {
            chain,
            settings,
            consumer,
            producer: RefCell::new(producer),
            producer_config,
            auth,
            opened: Cell::new(Instant::now()),
            status,
            lag_client,
            log,
        })
    }
}

/// The consumer's settings: the worker's group, offsets stored by hand (they go into each
/// batch's transaction), only committed inputs read.
fn consumer_config(settings: &WorkerSettings, config: &Config, client_id: &str) -> ClientConfig {
    let mut consumer_config = base_config(config, client_id);
    consumer_config
        .set("group.id", &settings.group_id)
        .set("enable.auto.commit", "false")
        .set("enable.auto.offset.store", "false")
        .set("isolation.level", "read_committed")
        .set("auto.offset.reset", "earliest")
        .set(
            "session.timeout.ms",
            config.kafka.session_timeout_ms.to_string(),
        );
    memory::bound_consumer(&mut consumer_config);
    apply_user_properties(&mut consumer_config, config);
    consumer_config
}

/// The transactional producer's settings (latency tuning measured under backlog).
fn producer_config(settings: &WorkerSettings, config: &Config, client_id: &str) -> ClientConfig {
    let mut producer_config = base_config(config, client_id);
    producer_config
        .set("transactional.id", &settings.transactional_id)
        .set("enable.idempotence", "true")
        .set(
            "transaction.timeout.ms",
            config.kafka.transaction_timeout_ms.to_string(),
        )
        .set(
            "queue.buffering.max.messages",
            config.worker.max_in_flight.max(1).to_string(),
        )
        // Lingering batches the outputs while a batch is processed; at commit
        // `wait_for_deliveries` sends what still lingers at once. Measured under
        // backlog: linger.ms 1 cost the fused worker 21 % more CPU than 5.
        .set("linger.ms", "5")
        // Right after a commit the coordinator answers CONCURRENT_TRANSACTIONS until
        // its markers are written; librdkafka's 100 ms default backoff for that retry
        // was the largest share of per-hop latency (measured: send_offsets p90 92-110 ms).
        .set("retry.backoff.ms", "10")
        // ... and that retry's backoff doubles per attempt up to this: a slow marker
        // write must not turn into a 1 s wait (seen once with the 1000 ms default).
        .set("retry.backoff.max.ms", "50")
        .set(
            "statistics.interval.ms",
            settings.stats_interval.as_millis().to_string(),
        );
    memory::bound_producer(&mut producer_config, config);
    apply_user_properties(&mut producer_config, config);
    producer_config
}

/// Batches dropped at a rebalance are re-read because the eager protocol resets every
/// partition to its committed offset; incremental protocols keep positions, so they would
/// lose those messages. Refuse them rather than lose data.
fn reject_incremental_rebalancing(config: &Config) -> Result<(), WorkerError> {
    let property = |key: &str| {
        config
            .kafka
            .properties
            .get(key)
            .map(|v| v.to_ascii_lowercase())
    };
    if property("partition.assignment.strategy").is_some_and(|v| v.contains("cooperative")) {
        return Err(WorkerError::Unsupported(
            "partition.assignment.strategy=cooperative-sticky: workers need an eager assignor (range, roundrobin)".into(),
        ));
    }
    if property("group.protocol").is_some_and(|v| v == "consumer") {
        return Err(WorkerError::Unsupported(
            "group.protocol=consumer (KIP-848 incremental rebalancing): use the classic protocol"
                .into(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incremental_rebalancing_is_refused() {
        let mut config = Config::default();
        assert!(reject_incremental_rebalancing(&config).is_ok());
        config.kafka.properties.insert(
            "partition.assignment.strategy".into(),
            "cooperative-sticky".into(),
        );
        assert!(matches!(
            reject_incremental_rebalancing(&config),
            Err(WorkerError::Unsupported(_))
        ));
    }
}
