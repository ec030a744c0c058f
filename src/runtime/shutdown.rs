//! Cooperative shutdown: signal handlers flip a flag that worker loops check between
//! polls, so an open transaction is normally finished or aborted, never cut. Every wait in
//! a worker is a short step that checks the flag. A call that blocks on an unreachable
//! broker (a commit, say) is the exception: after the grace period the process exits
//! anyway, which is as safe as a crash (Kafka aborts the open transaction).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Granularity of [`Shutdown::sleep`].
const SLEEP_STEP: Duration = Duration::from_millis(50);

#[derive(Debug, Clone, Default)]
pub struct Shutdown(Arc<AtomicBool>);

impl Shutdown {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn request(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    pub fn requested(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }

    /// Sleeps up to `duration`, waking early on shutdown; true if shutdown was requested.
    pub fn sleep(&self, duration: Duration) -> bool {
        let deadline = Instant::now() + duration;
        while !self.requested() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            std::thread::sleep(left.min(SLEEP_STEP));
        }
        true
    }

    /// Requests shutdown on the first SIGINT or SIGTERM; exits the process if the workers
    /// have not stopped `grace` later, or at a second signal.
    pub async fn on_signals(self, grace: Duration) {
        wait_for_signal().await;
        tracing::info!("shutdown requested: finishing the open batch");
        self.request();
        tokio::select! {
            _ = tokio::time::sleep(grace) => {
                tracing::error!(grace_ms = grace.as_millis() as u64, "workers did not stop within worker.shutdown_timeout_ms: exiting; Kafka aborts any open transaction");
            }
            _ = wait_for_signal() => {
                tracing::warn!("second signal: exiting now; Kafka aborts any open transaction");
            }
        }
        std::process::exit(1);
    }
}

async fn wait_for_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = ctrl_c => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = ctrl_c.await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sleep_wakes_early_on_shutdown() {
        let shutdown = Shutdown::new();
        assert!(!shutdown.sleep(Duration::from_millis(10)));
        let other = shutdown.clone();
        let waker = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            other.request();
        });
        let started = Instant::now();
        assert!(shutdown.sleep(Duration::from_secs(30)));
        assert!(started.elapsed() < Duration::from_secs(10));
        waker.join().unwrap();
    }
}
