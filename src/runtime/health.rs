//! What one worker tells `/ready`, `/health` and `/metrics`: shared between the worker's
//! thread, its lag monitor and the HTTP server.
//!
//! - ready: partitions assigned AND the transactional producer initialised;
//! - healthy: no fatal error, and progress (a committed batch, or an input found drained)
//!   within `telemetry.stall_timeout_ms`; a worker looping on aborts is not progressing.

use crate::telemetry::Metric;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Consumer lag of one partition, as last measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionLag {
    pub topic: String,
    pub partition: i32,
    pub lag: i64,
}

#[derive(Debug, Clone, Default)]
pub struct WorkerStatus(Arc<State>);

#[derive(Debug, Default)]
struct State {
    /// The worker's `stage` label (the stage's name, or `fused`).
    stage: OnceLock<&'static str>,
    assigned: AtomicBool,
    producer_ready: AtomicBool,
    fatal: AtomicBool,
    /// Milliseconds since [`clock`]'s start; 0 until the worker is configured.
    last_progress_ms: AtomicU64,
    /// 0 = no bound (not configured yet).
    stall_timeout_ms: AtomicU64,
    lag: Mutex<Vec<PartitionLag>>,
}

/// Why `/health` fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unhealthy {
    Fatal,
    Stalled { for_ms: u64 },
}

impl std::fmt::Display for Unhealthy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unhealthy::Fatal => write!(f, "fatal error: the worker is stopping"),
            Unhealthy::Stalled { for_ms } => {
                write!(f, "no progress for {:.1} s", *for_ms as f64 / 1000.0)
            }
        }
    }
}

fn clock_ms() -> u64 {
    static START: OnceLock<Instant> = OnceLock::new();
    let elapsed = START.get_or_init(Instant::now).elapsed();
    u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX)
}

impl WorkerStatus {
    /// Names the stage and starts the stall clock; done once when the worker is built.
    pub fn configure(&self, label: &'static str, stall_timeout: Duration) {
        let _ = self.0.stage.set(label);
        let bound = u64::try_from(stall_timeout.as_millis()).unwrap_or(u64::MAX);
        self.0
            .stall_timeout_ms
            .store(bound.max(1), Ordering::SeqCst);
        self.progress();
        self.publish();
    }

    pub fn set_assigned(&self, assigned: bool) {
        self.0.assigned.store(assigned, Ordering::SeqCst);
        self.publish();
    }

    pub fn set_producer_ready(&self, ready: bool) {
        self.0.producer_ready.store(ready, Ordering::SeqCst);
        self.publish();
    }

    /// The worker hit a fatal error: not ready, not healthy.
    pub fn set_fatal(&self) {
        self.0.fatal.store(true, Ordering::SeqCst);
        self.publish();
    }

    /// The worker made progress (committed a batch or found nothing to do).
    pub fn progress(&self) {
        self.0.last_progress_ms.store(clock_ms(), Ordering::SeqCst);
    }

    pub fn is_assigned(&self) -> bool {
        self.0.assigned.load(Ordering::SeqCst)
    }

    pub fn is_ready(&self) -> bool {
        let s = &self.0;
        s.assigned.load(Ordering::SeqCst)
            && s.producer_ready.load(Ordering::SeqCst)
            && !s.fatal.load(Ordering::SeqCst)
    }

    pub fn health(&self) -> Result<(), Unhealthy> {
        self.health_at(clock_ms())
    }

    fn health_at(&self, now_ms: u64) -> Result<(), Unhealthy> {
        let s = &self.0;
        if s.fatal.load(Ordering::SeqCst) {
            return Err(Unhealthy::Fatal);
        }
        let bound = s.stall_timeout_ms.load(Ordering::SeqCst);
        let since = now_ms.saturating_sub(s.last_progress_ms.load(Ordering::SeqCst));
        if bound > 0 && since > bound {
            return Err(Unhealthy::Stalled { for_ms: since });
        }
        Ok(())
    }

    pub fn set_lag(&self, lag: Vec<PartitionLag>) {
        if let Ok(mut current) = self.0.lag.lock() {
            *current = lag;
        }
    }

    pub fn lag(&self) -> Vec<PartitionLag> {
        self.0.lag.lock().map(|l| l.clone()).unwrap_or_default()
    }

    pub fn stage(&self) -> Option<&'static str> {
        self.0.stage.get().copied()
    }

    fn publish(&self) {
        if let Some(stage) = self.stage() {
            metrics::gauge!(Metric::Ready.name(), "stage" => stage)
                .set(f64::from(u8::from(self.is_ready())));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ready_needs_both_assignment_and_an_initialised_producer() {
        let status = WorkerStatus::default();
        status.configure("stance", Duration::from_secs(60));
        status.set_assigned(true);
        assert!(!status.is_ready(), "producer not initialised yet");
        status.set_producer_ready(true);
        assert!(status.is_ready());
        status.set_assigned(false);
        assert!(!status.is_ready());
    }

    #[test]
    fn health_fails_after_a_stall_or_a_fatal_error() {
        let status = WorkerStatus::default();
        status.configure("events", Duration::from_millis(1_000));
        let start = status.0.last_progress_ms.load(Ordering::SeqCst);
        assert_eq!(status.health_at(start + 1_000), Ok(()));
        assert_eq!(
            status.health_at(start + 1_500),
            Err(Unhealthy::Stalled { for_ms: 1_500 })
        );
        status.set_fatal();
        assert_eq!(status.health_at(start), Err(Unhealthy::Fatal));
    }
}
