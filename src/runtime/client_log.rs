//! librdkafka's log and error callbacks, rate-limited: an unreachable broker makes
//! librdkafka repeat the same complaint several times a second, which buried the one line
//! that mattered. Each distinct message is logged at most once per window, with a count
//! of the copies suppressed meanwhile. The last error is kept for start-up failures.

use rdkafka::config::RDKafkaLogLevel;
use rdkafka::error::KafkaError;
use rdkafka::types::RDKafkaErrorCode;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The same client message is logged at most once per this window.
pub const LOG_WINDOW: Duration = Duration::from_secs(30);
/// Bound on remembered messages; older entries are forgotten past it.
const MAX_KEYS: usize = 512;

/// Logging state shared by one worker's clients.
#[derive(Debug)]
pub struct ClientLog {
    stage: &'static str,
    limiter: LogLimiter,
    last_error: Mutex<Option<String>>,
}

impl ClientLog {
    pub fn new(stage: &'static str) -> Self {
        Self {
            stage,
            limiter: LogLimiter::new(LOG_WINDOW),
            last_error: Mutex::new(None),
        }
    }

    /// The most recent client error, e.g. "Connect to ipv4#127.0.0.1:1 failed: …".
    pub fn last_error(&self) -> Option<String> {
        self.last_error.lock().ok().and_then(|e| e.clone())
    }

    pub fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        let Some(suppressed) = self.limiter.admit(message, Instant::now()) else {
            return;
        };
        let stage = self.stage;
        match level {
            RDKafkaLogLevel::Emerg
            | RDKafkaLogLevel::Alert
            | RDKafkaLogLevel::Critical
            | RDKafkaLogLevel::Error => {
                tracing::error!(target: "librdkafka", stage, facility, suppressed, "{message}")
            }
            RDKafkaLogLevel::Warning => {
                tracing::warn!(target: "librdkafka", stage, facility, suppressed, "{message}")
            }
            RDKafkaLogLevel::Notice | RDKafkaLogLevel::Info => {
                tracing::info!(target: "librdkafka", stage, facility, suppressed, "{message}")
            }
            RDKafkaLogLevel::Debug => {
                tracing::debug!(target: "librdkafka", stage, facility, suppressed, "{message}")
            }
        }
    }

    /// Client errors are mostly transient (a broker restarting); the worker decides what
    /// is fatal, so they are warnings here.
    pub fn error(&self, error: &KafkaError, reason: &str) {
        // "1/1 brokers are down" follows the specific cause; keep the cause.
        let summary = error.rdkafka_error_code() == Some(RDKafkaErrorCode::AllBrokersDown);
        if !summary {
            if let Ok(mut last) = self.last_error.lock() {
                *last = Some(reason.to_string());
            }
        }
        if let Some(suppressed) = self.limiter.admit(reason, Instant::now()) {
            tracing::warn!(target: "librdkafka", stage = self.stage, %error, suppressed, "{reason}");
        }
    }
}

/// Admits each distinct message once per window.
#[derive(Debug)]
pub struct LogLimiter {
    window: Duration,
    seen: Mutex<HashMap<String, Seen>>,
}

#[derive(Debug, Clone, Copy)]
struct Seen {
    logged_at: Instant,
    suppressed: u64,
}

impl LogLimiter {
    pub fn new(window: Duration) -> Self {
        Self {
            window,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// `Some(copies suppressed since it was last logged)` if `message` may be logged now.
    pub fn admit(&self, message: &str, now: Instant) -> Option<u64> {
        let Ok(mut seen) = self.seen.lock() else {
            return Some(0);
        };
        let key = message_key(message);
        if let Some(entry) = seen.get_mut(&key) {
            if now.saturating_duration_since(entry.logged_at) < self.window {
                entry.suppressed += 1;
                return None;
            }
            let suppressed = entry.suppressed;
            *entry = Seen {
                logged_at: now,
                suppressed: 0,
            };
            return Some(suppressed);
        }
        if seen.len() >= MAX_KEYS {
            let window = self.window;
            seen.retain(|_, e| now.saturating_duration_since(e.logged_at) < window);
        }
        seen.insert(
            key,
            Seen {
                logged_at: now,
                suppressed: 0,
            },
        );
        Some(0)
    }
}

/// What makes two messages "the same": librdkafka appends changing details such as
/// "(after 3ms in state CONNECT, 4 identical error(s) suppressed)", so that tail is cut,
/// and its log lines repeat the error callback's text behind a "[thrd:…]: " prefix, so
/// that is cut too (one line per failure, not two).
fn message_key(message: &str) -> String {
    let message = match message.strip_prefix("[thrd:") {
        Some(rest) => rest.split_once("]: ").map_or(message, |(_, m)| m),
        None => message,
    };
    // "1/1 brokers are down", "0/1 brokers are down": one state, counted as one message.
    if message.ends_with("brokers are down") {
        return "brokers are down".into();
    }
    let core = message.split(" (after ").next().unwrap_or(message);
    core.split(", ")
        .filter(|part| !part.contains("identical error(s) suppressed"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_within_the_window_are_counted_not_logged() {
        let limiter = LogLimiter::new(Duration::from_secs(10));
        let start = Instant::now();
        let refused = |ms: u32| {
            format!("127.0.0.1:1/bootstrap: Connect to ipv4#127.0.0.1:1 failed: Connection refused (after {ms}ms in state CONNECT)")
        };
        assert_eq!(limiter.admit(&refused(0), start), Some(0));
        for i in 1..=5 {
            let at = start + Duration::from_secs(i);
            assert_eq!(limiter.admit(&refused(i as u32), at), None);
        }
        assert_eq!(
            limiter.admit("1/1 brokers are down", start + Duration::from_secs(2)),
            Some(0),
            "a different message is not held back"
        );
        assert_eq!(
            limiter.admit(&refused(9), start + Duration::from_secs(11)),
            Some(5),
            "after the window the message returns with the count of copies suppressed"
        );
    }

    #[test]
    fn changing_details_do_not_make_a_message_new() {
        assert_eq!(
            message_key("b/bootstrap: Connect failed: refused (after 12ms in state CONNECT, 3 identical error(s) suppressed)"),
            message_key("b/bootstrap: Connect failed: refused (after 0ms in state CONNECT)")
        );
        assert_eq!(
            message_key("[thrd:b/bootstrap]: b/bootstrap: Connect failed: refused"),
            message_key("b/bootstrap: Connect failed: refused"),
            "a log line and the error callback with the same text"
        );
        assert_ne!(message_key("a: down"), message_key("b: down"));
    }
}
