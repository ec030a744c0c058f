//! Window state of the alerts stage, per input partition: every rule's sliding window per
//! group in event time, the open situation of each, and the alerts they give. Pure data
//! and arithmetic; the stage (alerts.rs) owns rollback and the changelog.

use super::rules::{Rule, RuleSet};
use crate::proto::v1 as pb;
use crate::stages::stable_id;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Most event ids and evidence items one alert carries (the newest).
const MAX_EVENT_IDS: usize = 50;
const MAX_EVIDENCE: usize = 10;
const EVIDENCE_CHARS: usize = 280;
/// Most events a window keeps (the newest): bounds memory and each changelog record
/// (about 150 bytes an event, well under Kafka's 1 MB message limit).
pub const MAX_WINDOW_ENTRIES: usize = 1_000;
/// Open situations are re-checked when event time enters a new minute, not at every
/// event: cheap, and as deterministic (it depends on event time only).
const ADVANCE_STEP_MS: i64 = 60_000;

/// One counted event, as much of it as windows and alerts need.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entry {
    pub time_ms: i64,
    pub event_id: String,
    pub article_id: String,
    pub source: String,
    pub story: String,
    pub cameo: String,
    pub goldstein: f32,
    pub evidence: String,
}

impl Entry {
    pub fn of(event: &pb::DiplomaticEvent, time_ms: i64) -> Self {
        Self {
            time_ms,
            event_id: event.event_id.clone(),
            article_id: event.article_id.clone(),
            // An article of unknown outlet is its own source.
            source: if event.article_source.is_empty() {
                format!("article:{}", event.article_id)
            } else {
                event.article_source.clone()
            },
            story: event.story_key.clone(),
            cameo: event.cameo_code.clone(),
            goldstein: event.goldstein,
            evidence: event.evidence_text.chars().take(EVIDENCE_CHARS).collect(),
        }
    }
}

/// An open situation: FIRING was sent, RESOLVED not yet.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Situation {
    pub alert_id: String,
    pub first_seen_ms: i64,
    /// Event time of the newest event the situation counted.
    pub last_seen_ms: i64,
    /// Of the last message sent (FIRING = 0).
    pub sequence: u32,
}

/// One rule's window over one group.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Window {
    pub rule_id: String,
    pub group: String,
    /// Oldest first; kept as long as the window and its baseline need them. Each is its
    /// own changelog record ([`entry_key`]), so the window's record stays small.
    #[serde(skip)]
    pub entries: Vec<Entry>,
    pub open: Option<Situation>,
    /// After a situation resolved: no new one before this event time.
    pub quiet_until_ms: i64,
}

/// State of one input partition.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PartitionState {
    /// Event time of the partition: the latest `published_at` seen.
    pub watermark_ms: i64,
    /// Keyed by [`window_key`].
    pub windows: BTreeMap<String, Window>,
}

/// The changelog key of a window (also its key in [`PartitionState::windows`]).
pub fn window_key(rule_id: &str, group: &str) -> String {
    format!("window/{rule_id}/{group}")
}

/// The changelog key of one event of a window.
pub fn entry_key(window_key: &str, event_id: &str) -> String {
    let window = window_key.strip_prefix("window/").unwrap_or(window_key);
    format!("entry/{window}/{event_id}")
}

/// The window key and event id of an [`entry_key`].
pub fn parse_entry_key(key: &str) -> Option<(String, &str)> {
    let mut parts = key.strip_prefix("entry/")?.splitn(3, '/');
    let (rule, group, id) = (parts.next()?, parts.next()?, parts.next()?);
    Some((window_key(rule, group), id))
}

/// The changelog key of a partition's watermark.
pub const WATERMARK_KEY: &str = "watermark";

/// What a window holds at one moment.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Measures {
    pub events: u32,
    pub articles: u32,
    pub sources: u32,
    pub stories: u32,
    pub story_articles: u32,
    pub story_sources: u32,
    pub goldstein_sum: f32,
    pub goldstein_mean: f32,
    pub baseline: f32,
}

/// The outcome of one evaluation: the conditions held or not, and why, in words.
struct Verdict {
    holds: bool,
    reason: String,
}

fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> u32 {
    items.collect::<BTreeSet<_>>().len() as u32
}

fn measure(rule: &Rule, entries: &[Entry], end_ms: i64) -> Measures {
    let start = end_ms - rule.window.0;
    let current: Vec<&Entry> = entries.iter().filter(|e| e.time_ms > start).collect();
    let mut stories: BTreeMap<&str, (BTreeSet<&str>, BTreeSet<&str>)> = BTreeMap::new();
    for e in &current {
        let story = stories.entry(e.story.as_str()).or_default();
        story.0.insert(&e.article_id);
        story.1.insert(&e.source);
    }
    let goldstein_sum: f32 = current.iter().map(|e| e.goldstein).sum();
    let baseline_windows = rule.when.baseline_windows();
    let baseline = if baseline_windows > 0 {
        let from = start - rule.window.0 * baseline_windows;
        let before = entries
            .iter()
            .filter(|e| e.time_ms > from && e.time_ms <= start)
            .count();
        before as f32 / baseline_windows as f32
    } else {
        0.0
    };
    Measures {
        events: current.len() as u32,
        articles: distinct(current.iter().map(|e| e.article_id.as_str())),
        sources: distinct(current.iter().map(|e| e.source.as_str())),
        stories: stories.len() as u32,
        story_articles: stories
            .values()
            .map(|s| s.0.len() as u32)
            .max()
            .unwrap_or(0),
        story_sources: stories
            .values()
            .map(|s| s.1.len() as u32)
            .max()
            .unwrap_or(0),
        goldstein_sum,
        goldstein_mean: goldstein_sum / (current.len().max(1) as f32),
        baseline,
    }
}

fn judge(rule: &Rule, m: &Measures) -> Verdict {
    let w = &rule.when;
    let mut parts = Vec::new();
    let mut holds = m.events > 0;
    let mut at_least = |name: &str, value: u32, min: Option<u32>| {
        if let Some(min) = min {
            holds &= value >= min;
            parts.push(format!("{name} {value} (at least {min})"));
        }
    };
    let any_count = [
        w.min_events,
        w.min_articles,
        w.min_sources,
        w.min_stories,
        w.min_story_articles,
        w.min_story_sources,
    ]
    .iter()
    .any(Option::is_some);
    let min_events = if any_count || w.max_goldstein_sum.is_some() {
        w.min_events
    } else {
        Some(w.min_events.unwrap_or(1))
    };
    at_least("events", m.events, min_events);
    at_least("articles", m.articles, w.min_articles);
    at_least("sources", m.sources, w.min_sources);
    at_least("stories", m.stories, w.min_stories);
    at_least(
        "articles on one story",
        m.story_articles,
        w.min_story_articles,
    );
    at_least("sources on one story", m.story_sources, w.min_story_sources);
    let mut below = |name: &str, value: f32, max: Option<f32>| {
        if let Some(max) = max {
            holds &= value < max;
            parts.push(format!("{name} {value:.1} (below {max})"));
        }
    };
    below("Goldstein sum", m.goldstein_sum, w.max_goldstein_sum);
    below("Goldstein mean", m.goldstein_mean, w.max_goldstein_mean);
    if let Some(ratio) = w.spike_ratio {
        let floor = m.baseline.max(w.min_baseline.unwrap_or(1.0));
        holds &= m.events as f32 >= ratio * floor;
        parts.push(format!(
            "{} events against a trailing mean of {:.1} per window (at least {ratio}x)",
            m.events, m.baseline
        ));
    }
    Verdict {
        holds,
        reason: parts.join("; "),
    }
}

/// What an evaluation decided to send.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Send {
    Firing,
    Updated,
    Resolved,
}

impl PartitionState {
    /// Counts a matching event into its rule's group window: the alert it causes, and the
    /// changelog keys it changed.
    pub fn add(
        &mut self,
        rule: &Rule,
        group: String,
        entry: Entry,
    ) -> (Option<pb::Alert>, Vec<String>) {
        let key = window_key(&rule.id.0, &group);
        let window = self.windows.entry(key.clone()).or_insert_with(|| Window {
            rule_id: rule.id.0.clone(),
            group,
            entries: Vec::new(),
            open: None,
            quiet_until_ms: i64::MIN,
        });
        if window.entries.iter().any(|e| e.event_id == entry.event_id) {
            // The same event again (an upstream replay): counted once.
            return (None, Vec::new());
        }
        let mut changed = vec![key.clone(), entry_key(&key, &entry.event_id)];
        let at = window
            .entries
            .partition_point(|e| e.time_ms <= entry.time_ms);
        window.entries.insert(at, entry);
        let over = window.entries.len().saturating_sub(MAX_WINDOW_ENTRIES);
        let dropped: Vec<Entry> = window.entries.drain(..over).collect();
        let alert = evaluate(rule, window, self.watermark_ms, true);
        let pruned = prune(rule, window, self.watermark_ms);
        changed.extend(
            dropped
                .iter()
                .chain(&pruned)
                .map(|e| entry_key(&key, &e.event_id)),
        );
        (alert, changed)
    }

    /// Whether the watermark moving from `before` calls for [`PartitionState::advance`].
    pub fn due(before: i64, now: i64) -> bool {
        now.div_euclid(ADVANCE_STEP_MS) > before.div_euclid(ADVANCE_STEP_MS)
    }

    /// After the watermark moved on from `before`: re-evaluates the open situations whose
    /// window lost events since (windows move on as event time passes), drops what no
    /// window needs any more, and forgets the windows of rules that no longer exist.
    /// Returns the alerts, and the keys of the windows changed.
    pub fn advance(&mut self, rules: &RuleSet, before: i64) -> (Vec<pb::Alert>, Vec<String>) {
        let mut alerts = Vec::new();
        let mut changed = Vec::new();
        let watermark = self.watermark_ms;
        // The last check ran at the latest at the start of `before`'s minute.
        let since = before.div_euclid(ADVANCE_STEP_MS) * ADVANCE_STEP_MS;
        self.windows.retain(|key, window| {
            let Some(rule) = rules.rules.iter().find(|r| r.id.0 == window.rule_id) else {
                changed.extend(window.entries.iter().map(|e| entry_key(key, &e.event_id)));
                changed.push(key.clone());
                return false;
            };
            let alert = window
                .open
                .is_some()
                .then(|| expired_since(rule, window, since, watermark))
                .filter(|&expired| expired)
                .and_then(|_| evaluate(rule, window, watermark, false));
            let pruned = prune(rule, window, watermark);
            if alert.is_some() || !pruned.is_empty() {
                changed.push(key.clone());
            }
            changed.extend(pruned.iter().map(|e| entry_key(key, &e.event_id)));
            alerts.extend(alert);
            true
        });
        (alerts, changed)
    }

    /// Whether a window can be forgotten (a tombstone in the changelog).
    pub fn is_spent(&self, key: &str) -> bool {
        self.windows.get(key).is_none_or(|w| {
            w.entries.is_empty() && w.open.is_none() && w.quiet_until_ms <= self.watermark_ms
        })
    }
}

/// Whether an event left the window while event time went from `since` to `now`.
fn expired_since(rule: &Rule, window: &Window, since: i64, now: i64) -> bool {
    let from = window
        .entries
        .partition_point(|e| e.time_ms <= since - rule.window.0);
    window
        .entries
        .get(from)
        .is_some_and(|e| e.time_ms <= now - rule.window.0)
}

/// Drops entries older than the window and its baseline need; returns them.
fn prune(rule: &Rule, window: &mut Window, watermark: i64) -> Vec<Entry> {
    let horizon = rule.window.0 * (1 + rule.when.baseline_windows());
    let keep_from = window
        .entries
        .partition_point(|e| e.time_ms <= watermark - horizon);
    window.entries.drain(..keep_from).collect()
}

/// Decides what the window's state means now; `grew` says a new event just arrived.
fn evaluate(rule: &Rule, window: &mut Window, watermark: i64, grew: bool) -> Option<pb::Alert> {
    let measures = measure(rule, &window.entries, watermark);
    let verdict = judge(rule, &measures);
    let send = match (&window.open, verdict.holds) {
        (None, true) if watermark >= window.quiet_until_ms => Send::Firing,
        (Some(_), true) if grew => Send::Updated,
        (Some(_), false) => Send::Resolved,
        _ => return None,
    };
    let in_window: Vec<&Entry> = window
        .entries
        .iter()
        .filter(|e| e.time_ms > watermark - rule.window.0)
        .collect();
    let situation = match send {
        Send::Firing => {
            let first = in_window.first().map_or(watermark, |e| e.time_ms);
            Situation {
                alert_id: alert_id(&rule.id.0, &window.group, first),
                first_seen_ms: first,
                last_seen_ms: first,
                sequence: 0,
            }
        }
        Send::Updated | Send::Resolved => {
            let mut open = window.open.clone()?;
            open.sequence += 1;
            open
        }
    };
    let mut situation = situation;
    if send != Send::Resolved {
        let newest = in_window.last().map_or(watermark, |e| e.time_ms);
        situation.last_seen_ms = situation.last_seen_ms.max(newest);
    }
    let alert = build_alert(
        rule, window, &situation, &in_window, &measures, watermark, send, verdict,
    );
    if send == Send::Resolved {
        window.open = None;
        window.quiet_until_ms = watermark + rule.cooldown_ms();
    } else {
        window.open = Some(situation);
    }
    Some(alert)
}

#[allow(clippy::too_many_arguments)]
fn build_alert(
    rule: &Rule,
    window: &Window,
    situation: &Situation,
    in_window: &[&Entry],
    m: &Measures,
    watermark: i64,
    send: Send,
    verdict: Verdict,
) -> pb::Alert {
    let state = match send {
        Send::Firing => pb::AlertState::Firing,
        Send::Updated => pb::AlertState::Updated,
        Send::Resolved => pb::AlertState::Resolved,
    };
    let newest = |n: usize| in_window.iter().rev().take(n).rev();
    let reason = match send {
        Send::Resolved => format!("no longer holds: {}", verdict.reason),
        _ => verdict.reason,
    };
    pb::Alert {
        alert_id: situation.alert_id.clone(),
        rule_id: rule.id.0.clone(),
        rule_name: rule.name.clone(),
        severity: rule.severity.to_pb() as i32,
        state: state as i32,
        group: window.group.clone(),
        window_start_ms: watermark - rule.window.0,
        window_end_ms: watermark,
        first_seen_ms: situation.first_seen_ms,
        last_seen_ms: situation.last_seen_ms,
        event_ids: newest(MAX_EVENT_IDS).map(|e| e.event_id.clone()).collect(),
        evidence: newest(MAX_EVIDENCE).map(|e| evidence(e)).collect(),
        event_count: m.events,
        article_count: m.articles,
        source_count: m.sources,
        story_count: m.stories,
        goldstein_sum: m.goldstein_sum,
        goldstein_mean: m.goldstein_mean,
        baseline: m.baseline,
        reason,
        sequence: situation.sequence,
    }
}

fn evidence(e: &Entry) -> pb::AlertEvidence {
    pb::AlertEvidence {
        event_id: e.event_id.clone(),
        article_id: e.article_id.clone(),
        article_source: e.source.clone(),
        story_key: e.story.clone(),
        cameo_code: e.cameo.clone(),
        goldstein: e.goldstein,
        event_time_ms: e.time_ms,
        evidence_text: e.evidence.clone(),
    }
}

/// One id per situation, the same after any replay.
fn alert_id(rule_id: &str, group: &str, first_seen_ms: i64) -> String {
    stable_id(&[rule_id, group, &first_seen_ms.to_string()])
}

#[cfg(test)]
mod tests {
    use super::super::rules::parse;
    use super::*;

    const DAY: i64 = 86_400_000;

    fn rules(when: &str) -> RuleSet {
        let text = format!(
            "[[rule]]\nid = \"r\"\nname = \"R\"\nwindow = \"1d\"\ncooldown = \"2d\"\n[rule.when]\n{when}\n"
        );
        parse(&text, "t").unwrap()
    }

    fn entry(id: &str, day: f64, source: &str, goldstein: f32) -> Entry {
        Entry {
            time_ms: (day * DAY as f64) as i64,
            event_id: id.into(),
            article_id: format!("a-{id}"),
            source: source.into(),
            story: "s".into(),
            cameo: "130".into(),
            goldstein,
            evidence: String::new(),
        }
    }

    /// Feeds entries in order, advancing the watermark as the stage does.
    fn feed(state: &mut PartitionState, set: &RuleSet, e: Entry) -> Vec<pb::AlertState> {
        let before = state.watermark_ms;
        state.watermark_ms = state.watermark_ms.max(e.time_ms);
        let rule = &set.rules[0];
        let mut sent: Vec<_> = state.add(rule, "G".into(), e).0.into_iter().collect();
        let (more, _) = state.advance(set, before);
        sent.extend(more);
        sent.iter().map(|a| a.state()).collect()
    }

    #[test]
    fn one_situation_fires_once_updates_then_resolves() {
        let set = rules("min_sources = 2");
        let mut state = PartitionState::default();
        use pb::AlertState::*;
        assert!(feed(&mut state, &set, entry("1", 10.0, "x", -5.0)).is_empty());
        assert_eq!(
            feed(&mut state, &set, entry("2", 10.2, "y", -5.0)),
            [Firing]
        );
        assert_eq!(
            feed(&mut state, &set, entry("3", 10.4, "x", -5.0)),
            [Updated]
        );
        // The same event again is not news.
        assert!(feed(&mut state, &set, entry("3", 10.4, "x", -5.0)).is_empty());
        // A day and more later, only one source is left in the window: resolved.
        let key = window_key("r", "G");
        let before = state.watermark_ms;
        state.watermark_ms = (11.3 * DAY as f64) as i64;
        let (alerts, _) = state.advance(&set, before);
        assert_eq!(alerts.len(), 1);
        assert_eq!(alerts[0].state(), Resolved);
        assert_eq!(alerts[0].sequence, 2);
        assert!(state.windows[&key].open.is_none());
        // Within the cooldown, the same situation again stays quiet.
        assert!(feed(&mut state, &set, entry("4", 11.5, "x", -5.0)).is_empty());
        assert!(feed(&mut state, &set, entry("5", 11.6, "y", -5.0)).is_empty());
        // After it, a new situation fires with a new id.
        assert!(feed(&mut state, &set, entry("6", 13.5, "x", -5.0)).is_empty());
        assert_eq!(
            feed(&mut state, &set, entry("7", 13.6, "z", -5.0)),
            [Firing]
        );
    }

    #[test]
    fn escalation_fires_on_a_falling_goldstein_mean() {
        let set = rules("max_goldstein_mean = -4.0\nmin_events = 2");
        let mut state = PartitionState::default();
        assert!(feed(&mut state, &set, entry("1", 1.0, "x", 3.0)).is_empty());
        assert!(feed(&mut state, &set, entry("2", 1.1, "x", -7.0)).is_empty());
        assert_eq!(
            feed(&mut state, &set, entry("3", 1.2, "x", -10.0)),
            [pb::AlertState::Firing]
        );
    }

    #[test]
    fn a_spike_is_measured_against_the_trailing_mean() {
        let set = rules("spike_ratio = 3.0\nbaseline_windows = 2\nmin_baseline = 1.0");
        let mut state = PartitionState::default();
        // Two quiet days with one event each: a baseline of one per day.
        assert!(feed(&mut state, &set, entry("1", 1.5, "x", -1.0)).is_empty());
        assert!(feed(&mut state, &set, entry("2", 2.5, "x", -1.0)).is_empty());
        assert!(feed(&mut state, &set, entry("3", 3.6, "x", -1.0)).is_empty());
        assert!(feed(&mut state, &set, entry("4", 3.7, "x", -1.0)).is_empty());
        // Three in a day against one a day before: a spike.
        let fired = feed(&mut state, &set, entry("5", 3.8, "x", -1.0));
        assert_eq!(fired, [pb::AlertState::Firing]);
        let alert_baseline = measure(
            &set.rules[0],
            &state.windows[&window_key("r", "G")].entries,
            state.watermark_ms,
        )
        .baseline;
        assert_eq!(alert_baseline, 1.0);
    }

    #[test]
    fn stories_count_articles_and_sources_of_one_happening() {
        let set = rules("min_story_sources = 2");
        let mut state = PartitionState::default();
        let mut other_story = entry("1", 1.0, "x", -1.0);
        other_story.story = "other".into();
        assert!(feed(&mut state, &set, other_story).is_empty());
        assert!(feed(&mut state, &set, entry("2", 1.1, "y", -1.0)).is_empty());
        assert_eq!(
            feed(&mut state, &set, entry("3", 1.2, "z", -1.0)),
            [pb::AlertState::Firing]
        );
    }

    #[test]
    fn alert_ids_are_stable_and_situations_distinct() {
        assert_eq!(alert_id("r", "G", 5), alert_id("r", "G", 5));
        assert_ne!(alert_id("r", "G", 5), alert_id("r", "G", 6));
        assert_ne!(alert_id("r", "G", 5), alert_id("r", "H", 5));
    }

    #[test]
    fn a_window_keeps_the_newest_events_and_names_each_change() {
        let set = rules("min_events = 5000");
        let mut state = PartitionState::default();
        let mut last = Vec::new();
        for n in 0..MAX_WINDOW_ENTRIES + 5 {
            state.watermark_ms = n as i64;
            let e = entry(&n.to_string(), n as f64 / DAY as f64, "x", -1.0);
            last = state.add(&set.rules[0], "G".into(), e).1;
        }
        let key = window_key("r", "G");
        let window = &state.windows[&key];
        assert_eq!(window.entries.len(), MAX_WINDOW_ENTRIES);
        assert_eq!(window.entries[0].event_id, "5");
        // The last event: its window, itself, and the oldest event it pushed out.
        assert_eq!(
            last,
            vec![key.clone(), entry_key(&key, "1004"), entry_key(&key, "4")]
        );
        assert_eq!(parse_entry_key(&last[1]), Some((key, "1004")));
    }
}
