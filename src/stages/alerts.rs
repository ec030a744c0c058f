//! Stage 4: `DiplomaticEvent` → `Alert`, by the rules of a TOML file (`rules`), over
//! sliding event-time windows per group (`window`).
//!
//! State is kept per input partition. The worker writes the open batch's changes to a
//! compacted changelog topic in the batch's own transaction (`take_changes`), rebuilds the
//! state from it whenever partitions are assigned (`restore`), and on an abort the batch's
//! changes are forgotten (`rolled_back`): after a crash, restart or rebalance, state and
//! alerts agree, so nothing is alerted twice or lost. The rules file is re-read when it
//! changes; a broken edit is refused, with its line, and the previous rules stay.

mod rules;
mod window;

pub use rules::{parse, RuleSet, RulesError};
pub use window::PartitionState;

use super::{decode, Output, Record, Stage, StageError, StateRecord};
use crate::config::AlertsConfig;
use crate::proto::v1 as pb;
use prost::Message;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::{Duration, Instant};
use thiserror::Error;
use window::{Entry, Window, WATERMARK_KEY};

/// The label `process_tallied` gives an event older than the allowed lateness.
pub const LATE: &str = "late";

#[derive(Debug, Error)]
pub enum AlertsError {
    #[error("no rules file: set alerts.rules in the configuration, DEMARCHE_ALERTS_RULES or --rules (example: deploy/alerts.example.toml)")]
    NoRules,
    #[error("cannot read the alert rules {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Rules(#[from] RulesError),
}

/// Reads and checks a rules file.
pub fn load_rules(path: &Path) -> Result<(RuleSet, String), AlertsError> {
    let text = std::fs::read_to_string(path).map_err(|source| AlertsError::Read {
        path: path.display().to_string(),
        source,
    })?;
    let rules = parse(&text, &path.display().to_string())?;
    Ok((rules, text))
}

/// Where the rules came from, to notice edits.
struct RulesFile {
    path: PathBuf,
    interval: Duration,
    /// When the file was last looked at, and the text then in force or refused.
    checked: Mutex<(Instant, String)>,
}

#[derive(Default)]
struct State {
    /// What the committed changelog holds, per assigned input partition.
    committed: HashMap<i32, PartitionState>,
    /// Partitions the open batch changed: copies of `committed`, changed.
    working: HashMap<i32, PartitionState>,
    /// Keys the open batch changed, per partition.
    dirty: BTreeMap<i32, BTreeSet<String>>,
}

pub struct AlertsStage {
    rules: RwLock<Arc<RuleSet>>,
    file: Option<RulesFile>,
    state: Mutex<State>,
}

impl AlertsStage {
    /// A stage with fixed rules (no file to watch).
    pub fn new(rules: RuleSet) -> Self {
        Self {
            rules: RwLock::new(Arc::new(rules)),
            file: None,
            state: Mutex::new(State::default()),
        }
    }

    /// A stage whose rules file is re-read every `interval` when its content changed.
    pub fn watching(path: &Path, interval: Duration) -> Result<Self, AlertsError> {
        let (rules, text) = load_rules(path)?;
        tracing::info!(rules = rules.rules.len(), path = %path.display(), "alert rules loaded");
        Ok(Self {
            file: Some(RulesFile {
                path: path.to_path_buf(),
                interval,
                checked: Mutex::new((Instant::now(), text)),
            }),
            ..Self::new(rules)
        })
    }

    pub fn from_config(config: &AlertsConfig) -> Result<Self, AlertsError> {
        let path = config.rules.as_deref().ok_or(AlertsError::NoRules)?;
        Self::watching(path, Duration::from_millis(config.reload_interval_ms))
    }

    /// The rules in force.
    pub fn rules(&self) -> Arc<RuleSet> {
        self.rules
            .read()
            .map_or_else(|e| e.into_inner().clone(), |r| r.clone())
    }

    /// Re-reads the rules file if it is due and changed; a refused edit is logged with its
    /// line and the rules in force stay. Returns the refusal, if there was one.
    pub fn reload_if_changed(&self) -> Option<AlertsError> {
        let file = self.file.as_ref()?;
        let mut checked = file.checked.lock().unwrap_or_else(|e| e.into_inner());
        if checked.0.elapsed() < file.interval {
            return None;
        }
        checked.0 = Instant::now();
        let text = match std::fs::read_to_string(&file.path) {
            Ok(text) if text == checked.1 => return None,
            Ok(text) => text,
            Err(source) => {
                let error = AlertsError::Read {
                    path: file.path.display().to_string(),
                    source,
                };
                tracing::warn!(%error, "keeping the alert rules in force");
                return Some(error);
            }
        };
        let parsed = parse(&text, &file.path.display().to_string());
        checked.1 = text;
        match parsed {
            Ok(rules) => {
                tracing::info!(rules = rules.rules.len(), path = %file.path.display(), "alert rules reloaded");
                *self.rules.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(rules);
                None
            }
            Err(error) => {
                tracing::error!(%error, "alert rules refused; keeping the rules in force");
                Some(error.into())
            }
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// One event through every rule: the alerts, or `LATE`.
    fn consider(
        &self,
        event: &pb::DiplomaticEvent,
        time_ms: i64,
        partition: i32,
    ) -> Result<Vec<pb::Alert>, &'static str> {
        let rules = self.rules();
        let mut guard = self.state();
        let state = &mut *guard;
        let part = state
            .working
            .entry(partition)
            .or_insert_with(|| state.committed.get(&partition).cloned().unwrap_or_default());
        let dirty = state.dirty.entry(partition).or_default();
        if part.watermark_ms > 0 && time_ms < part.watermark_ms - rules.allowed_lateness_ms {
            return Err(LATE);
        }
        let before = part.watermark_ms;
        if time_ms > before {
            part.watermark_ms = time_ms;
            dirty.insert(WATERMARK_KEY.to_string());
        }
        let mut alerts = Vec::new();
        for rule in rules.rules.iter().filter(|r| r.matcher.matches(event)) {
            let Some(group) = rule.group(event) else {
                continue;
            };
            let (alert, changed) = part.add(rule, group, Entry::of(event, time_ms));
            alerts.extend(alert);
            dirty.extend(changed);
        }
        if PartitionState::due(before, part.watermark_ms) {
            let (more, changed) = part.advance(&rules, before);
            alerts.extend(more);
            dirty.extend(changed);
        }
        Ok(alerts)
    }
}

/// Event time: publication time, else when the event was emitted.
fn event_time(event: &pb::DiplomaticEvent, record: &Record<'_>) -> i64 {
    [event.published_at_ms, event.emitted_at_ms]
        .into_iter()
        .find(|t| *t > 0)
        .or(record.timestamp_ms)
        .unwrap_or(0)
}

impl Stage for AlertsStage {
    fn process(&self, record: &Record<'_>) -> Result<Vec<Output>, StageError> {
        Ok(self.process_tallied(record)?.0)
    }

    fn process_tallied(
        &self,
        record: &Record<'_>,
    ) -> Result<(Vec<Output>, Vec<&'static str>), StageError> {
        self.reload_if_changed();
        let event: pb::DiplomaticEvent = decode(record.payload, "DiplomaticEvent")?;
        let time = event_time(&event, record);
        match self.consider(&event, time, record.partition) {
            Ok(alerts) => Ok((alerts.iter().map(alert_output).collect(), Vec::new())),
            Err(label) => Ok((Vec::new(), vec![label])),
        }
    }

    fn restore(&self, partitions: &[i32], changelog: &mut dyn Iterator<Item = StateRecord>) {
        let mut state = self.state();
        *state = State::default();
        for &p in partitions {
            state.committed.insert(p, PartitionState::default());
        }
        let mut applied = 0u64;
        for record in changelog {
            let Some(part) = state.committed.get_mut(&record.partition) else {
                continue;
            };
            apply(part, record);
            applied += 1;
        }
        tracing::info!(?partitions, records = applied, "alert windows restored");
    }

    fn take_changes(&self) -> Vec<StateRecord> {
        let mut guard = self.state();
        let state = &mut *guard;
        let mut records = Vec::new();
        for (partition, keys) in std::mem::take(&mut state.dirty) {
            let Some(part) = state.working.get_mut(&partition) else {
                continue;
            };
            for key in keys {
                let value = if key == WATERMARK_KEY {
                    Some(part.watermark_ms.to_string().into_bytes())
                } else if let Some((window, id)) = window::parse_entry_key(&key) {
                    // Entry keys sort before window keys: a spent window is still here.
                    let entries = part.windows.get(&window).map(|w| w.entries.as_slice());
                    entries
                        .and_then(|e| e.iter().find(|e| e.event_id == id))
                        .and_then(|e| serde_json::to_vec(e).ok())
                } else if part.is_spent(&key) {
                    part.windows.remove(&key);
                    None
                } else {
                    part.windows
                        .get(&key)
                        .and_then(|w| serde_json::to_vec(w).ok())
                };
                records.push(StateRecord {
                    partition,
                    key: key.into_bytes(),
                    value,
                });
            }
        }
        records
    }

    fn committed(&self) {
        let mut guard = self.state();
        let state = &mut *guard;
        state.committed.extend(state.working.drain());
        state.dirty.clear();
    }

    fn rolled_back(&self) {
        let mut state = self.state();
        state.working.clear();
        state.dirty.clear();
    }
}

/// One changelog record onto a partition's state.
fn apply(part: &mut PartitionState, record: StateRecord) {
    let key = String::from_utf8_lossy(&record.key).into_owned();
    if key == WATERMARK_KEY {
        let watermark = record
            .value
            .as_deref()
            .and_then(|v| std::str::from_utf8(v).ok());
        match watermark.and_then(|v| v.parse().ok()) {
            Some(w) => part.watermark_ms = w,
            None => tracing::warn!(%key, "unreadable alert state record skipped"),
        }
        return;
    }
    if let Some((window, id)) = window::parse_entry_key(&key) {
        let entries = &mut window_at(part, &window).entries;
        entries.retain(|e| e.event_id != id);
        match record.value.map(|v| serde_json::from_slice::<Entry>(&v)) {
            Some(Ok(entry)) => {
                let at = entries.partition_point(|e| e.time_ms <= entry.time_ms);
                entries.insert(at, entry);
            }
            Some(Err(_)) => tracing::warn!(%key, "unreadable alert state record skipped"),
            None => {}
        }
        return;
    }
    match record.value.map(|v| serde_json::from_slice::<Window>(&v)) {
        Some(Ok(meta)) => {
            let window = window_at(part, &key);
            window.open = meta.open;
            window.quiet_until_ms = meta.quiet_until_ms;
        }
        Some(Err(_)) => tracing::warn!(%key, "unreadable alert state record skipped"),
        None => drop(part.windows.remove(&key)),
    }
}

/// The window of a changelog key, created empty if its record has not come yet.
fn window_at<'a>(part: &'a mut PartitionState, key: &str) -> &'a mut Window {
    part.windows.entry(key.to_string()).or_insert_with(|| {
        let mut names = key.strip_prefix("window/").unwrap_or(key).splitn(2, '/');
        Window {
            rule_id: names.next().unwrap_or_default().to_string(),
            group: names.next().unwrap_or_default().to_string(),
            entries: Vec::new(),
            open: None,
            quiet_until_ms: i64::MIN,
        }
    })
}

fn alert_output(alert: &pb::Alert) -> Output {
    Output {
        key: alert.group.clone().into_bytes(),
        payload: alert.encode_to_vec(),
        event: None,
        side: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = r#"
[settings]
allowed_lateness = "1d"

[[rule]]
id = "threats"
name = "Threats"
window = "2d"
[rule.match]
cameo = ["13"]
[rule.when]
min_articles = 2
"#;

    fn event(id: &str, day: i64) -> Vec<u8> {
        pb::DiplomaticEvent {
            event_id: id.into(),
            article_id: format!("article-{id}"),
            published_at_ms: 1_700_000_000_000 + day * 86_400_000,
            cameo_code: "138".into(),
            source: Some(pb::Actor {
                code: "USAGOV".into(),
                ..Default::default()
            }),
            target: Some(pb::Actor {
                code: "IRNGOV".into(),
                ..Default::default()
            }),
            ..Default::default()
        }
        .encode_to_vec()
    }

    fn run(stage: &AlertsStage, payload: &[u8]) -> (Vec<pb::Alert>, Vec<&'static str>) {
        let record = Record {
            key: None,
            payload,
            timestamp_ms: None,
            partition: 0,
        };
        let (outputs, skipped) = stage.process_tallied(&record).unwrap();
        let alerts = outputs
            .iter()
            .map(|o| pb::Alert::decode(o.payload.as_slice()).unwrap())
            .collect();
        (alerts, skipped)
    }

    #[test]
    fn rolled_back_batches_leave_no_trace_and_changes_restore_the_state() {
        let stage = AlertsStage::new(parse(RULES, "t").unwrap());
        assert!(run(&stage, &event("a", 0)).0.is_empty());
        let changes = stage.take_changes();
        stage.committed();
        // A batch that fires, then aborts: its alert is forgotten and comes again.
        assert_eq!(run(&stage, &event("b", 1)).0.len(), 1);
        stage.rolled_back();
        let again = run(&stage, &event("b", 1)).0;
        assert_eq!(again.len(), 1);
        assert_eq!(again[0].state(), pb::AlertState::Firing);
        stage.rolled_back();

        // A new instance restored from the committed changelog fires on the same event.
        let fresh = AlertsStage::new(parse(RULES, "t").unwrap());
        fresh.restore(&[0], &mut changes.into_iter());
        assert_eq!(fresh.state().committed, stage.state().committed);
        let restored = run(&fresh, &event("b", 1)).0;
        assert_eq!(restored, again, "same alert, same id, after a restore");
        // And state of partitions not assigned is ignored.
        let other = AlertsStage::new(parse(RULES, "t").unwrap());
        let mut foreign = vec![StateRecord {
            partition: 3,
            key: WATERMARK_KEY.into(),
            value: Some(b"99".to_vec()),
        }]
        .into_iter();
        other.restore(&[0], &mut foreign);
        assert!(run(&other, &event("b", 1)).0.is_empty());
    }

    #[test]
    fn late_events_are_labelled_not_counted() {
        let stage = AlertsStage::new(parse(RULES, "t").unwrap());
        run(&stage, &event("a", 10));
        let (alerts, skipped) = run(&stage, &event("b", 8));
        assert!(alerts.is_empty());
        assert_eq!(skipped, [LATE]);
        // Within the allowed lateness, a slightly older event still counts.
        let (alerts, skipped) = run(&stage, &event("c", 9));
        assert!(skipped.is_empty() && alerts.len() == 1);
    }

    #[test]
    fn edited_rules_apply_and_broken_edits_are_refused_with_their_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rules.toml");
        std::fs::write(&path, RULES).unwrap();
        let stage = AlertsStage::watching(&path, Duration::ZERO).unwrap();
        assert_eq!(stage.rules().rules[0].name, "Threats");
        std::fs::write(
            &path,
            RULES.replace("name = \"Threats\"", "name = \"Menaces\""),
        )
        .unwrap();
        assert!(stage.reload_if_changed().is_none());
        assert_eq!(stage.rules().rules[0].name, "Menaces");
        std::fs::write(
            &path,
            RULES.replace("window = \"2d\"", "window = \"two days\""),
        )
        .unwrap();
        let refused = stage.reload_if_changed().expect("refused").to_string();
        assert!(refused.contains("line 8"), "{refused}");
        assert_eq!(stage.rules().rules[0].name, "Menaces", "old rules stay");
        // The same broken text is not reported again at every check.
        assert!(stage.reload_if_changed().is_none());
    }
}
