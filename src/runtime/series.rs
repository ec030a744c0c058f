//! Every series a worker exports, registered at zero when it starts, so `/metrics` shows
//! them (and dashboards and alerts find them) before the first batch.

use crate::stages::{EventMeta, StageError, StageKind};
use crate::telemetry::Metric;

/// Dead-letter reasons the worker itself adds to the stages' [`StageError::KINDS`].
pub const RUNTIME_DEAD_LETTER_REASONS: [&str; 1] = ["output_rejected"];

/// QuadClass label values, as the proto enum names them.
const QUAD_CLASSES: [i32; 5] = [0, 1, 2, 3, 4];

/// Registers the series of a worker labelled `label` running `stage` (its last stage).
pub fn register(label: &'static str, stage: StageKind) {
    let s = label;
    for metric in [
        Metric::MessagesIn,
        Metric::MessagesOut,
        Metric::Rebalances,
        Metric::BatchesRetried,
    ] {
        metrics::counter!(metric.name(), "stage" => s).absolute(0);
    }
    for outcome in ["committed", "aborted"] {
        metrics::counter!(Metric::Transactions.name(), "stage" => s, "outcome" => outcome)
            .absolute(0);
    }
    for reason in StageError::KINDS
        .iter()
        .chain(RUNTIME_DEAD_LETTER_REASONS.iter())
    {
        metrics::counter!(Metric::DeadLettered.name(), "stage" => s, "reason" => *reason)
            .absolute(0);
    }
    for metric in [
        Metric::ProcessingSeconds,
        Metric::BatchSize,
        Metric::TransactionSeconds,
    ] {
        let _ = metrics::histogram!(metric.name(), "stage" => s);
    }
    for metric in [
        Metric::Ready,
        Metric::LastCommitTimestamp,
        Metric::ProducerQueue,
    ] {
        metrics::gauge!(metric.name(), "stage" => s).set(0.0);
    }
    match stage {
        StageKind::Events => register_events(),
        StageKind::Alerts => {
            metrics::counter!(Metric::AlertsSkipped.name(), "reason" => crate::stages::alerts::LATE)
                .absolute(0);
        }
        StageKind::Entities | StageKind::Stance => {}
    }
}

fn register_events() {
    for quad in QUAD_CLASSES {
        let name = crate::stages::quad_class_name(quad);
        metrics::counter!(Metric::EventsEmitted.name(), "quad_class" => name).absolute(0);
    }
    for reason in crate::nlp::gate::DropReason::ALL {
        metrics::counter!(Metric::EventsDropped.name(), "reason" => reason.as_str()).absolute(0);
    }
    for kind in crate::stages::events::STATEMENT_KINDS {
        metrics::counter!(Metric::StatementsEmitted.name(), "kind" => kind).absolute(0);
    }
    let _ = metrics::histogram!(Metric::EndToEndSeconds.name());
}

/// Records an emitted event's metrics; the run loop calls it once the event is committed
/// (stages count nothing themselves).
pub fn record_event(event: &EventMeta, now_ms: i64) {
    let quad = crate::stages::quad_class_name(event.quad_class);
    metrics::counter!(Metric::EventsEmitted.name(), "quad_class" => quad).increment(1);
    if event.ingested_at_ms > 0 && now_ms >= event.ingested_at_ms {
        metrics::histogram!(Metric::EndToEndSeconds.name())
            .record((now_ms - event.ingested_at_ms) as f64 / 1000.0);
    }
}
