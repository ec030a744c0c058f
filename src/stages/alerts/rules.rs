//! Alert rules: the TOML format (deploy/alerts.example.toml), its checks (each refusal
//! names the line), and which events a rule takes and how it groups them.

use crate::proto::v1 as pb;
use serde::{Deserialize, Deserializer};
use std::collections::BTreeSet;
use std::fmt;
use thiserror::Error;
use toml::Spanned;

/// A rules file that cannot be used, with the line of the offending value.
#[derive(Debug, Error, PartialEq)]
#[error("{origin} line {line}: {message}")]
pub struct RulesError {
    pub origin: String,
    pub line: usize,
    pub message: String,
}

/// A whole rules file.
#[derive(Debug, Clone)]
pub struct RuleSet {
    /// Events older than this behind a partition's event time are late: counted, not used.
    pub allowed_lateness_ms: i64,
    pub rules: Vec<Rule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    settings: Settings,
    #[serde(default)]
    rule: Vec<Spanned<Rule>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Settings {
    #[serde(default = "default_lateness")]
    allowed_lateness: Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            allowed_lateness: default_lateness(),
        }
    }
}

fn default_lateness() -> Duration {
    Duration(24 * HOUR_MS)
}

const HOUR_MS: i64 = 3_600_000;

/// One rule: which events it takes, how it groups them, and when a group's window is a
/// situation worth an alert.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: RuleId,
    pub name: String,
    #[serde(default)]
    pub severity: Severity,
    #[serde(default)]
    pub group_by: GroupBy,
    /// Sliding window, in event time.
    pub window: Duration,
    /// After a situation resolves, the same rule and group stay quiet this long.
    pub cooldown: Option<Duration>,
    #[serde(default, rename = "match")]
    pub matcher: Match,
    #[serde(default)]
    pub when: When,
}

#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    #[default]
    Warning,
    Critical,
}

impl Severity {
    pub fn to_pb(self) -> pb::Severity {
        match self {
            Severity::Info => pb::Severity::Info,
            Severity::Warning => pb::Severity::Warning,
            Severity::Critical => pb::Severity::Critical,
        }
    }
}

/// What one window counts.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    /// The event's actor codes, "USAGOV|RUSGOV" (the events topic's key).
    #[default]
    Dyad,
    /// The actors' countries, "USA|RUS" (codes where an actor has no country).
    CountryDyad,
    SourceCountry,
    TargetCountry,
    /// One window for all the rule's events.
    Rule,
}

/// Event filters. Every field given must hold; within a list, any entry may match.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Match {
    /// Actor code patterns for either side; `*` any run of characters, `?` one.
    #[serde(default)]
    pub actor: Vec<Pattern>,
    #[serde(default)]
    pub source: Vec<Pattern>,
    #[serde(default)]
    pub target: Vec<Pattern>,
    /// Three-letter country codes, either side / one side.
    #[serde(default)]
    pub country: Vec<Pattern>,
    #[serde(default)]
    pub source_country: Vec<Pattern>,
    #[serde(default)]
    pub target_country: Vec<Pattern>,
    /// Sector codes ("GOV", "MIL"), either side / one side.
    #[serde(default)]
    pub sector: Vec<Pattern>,
    #[serde(default)]
    pub source_sector: Vec<Pattern>,
    #[serde(default)]
    pub target_sector: Vec<Pattern>,
    /// CAMEO code prefixes: "13" takes every threat, "1312" only sanctions threats.
    #[serde(default)]
    pub cameo: Vec<CameoPrefix>,
    /// PLOVER types ("THREATEN").
    #[serde(default)]
    pub plover: Vec<Pattern>,
    #[serde(default)]
    pub quad_class: Vec<QuadName>,
    #[serde(default)]
    pub modality: Vec<ModalityName>,
    pub goldstein_min: Option<f32>,
    pub goldstein_max: Option<f32>,
    /// Place name patterns (case-insensitive) and the place's country code.
    #[serde(default)]
    pub location: Vec<Pattern>,
    #[serde(default)]
    pub location_country: Vec<Pattern>,
    /// Within `radius_km` of a point (events whose place has coordinates).
    pub near: Option<Near>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Near {
    pub lat: f64,
    pub lon: f64,
    pub radius_km: f64,
}

/// Conditions on a group's window. Every condition given must hold; with none, one
/// matching event is enough.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    pub min_events: Option<u32>,
    pub min_articles: Option<u32>,
    pub min_sources: Option<u32>,
    pub min_stories: Option<u32>,
    /// Some story (see `DiplomaticEvent.story_key`) reported by this many articles/sources.
    pub min_story_articles: Option<u32>,
    pub min_story_sources: Option<u32>,
    /// Escalation: the window's Goldstein sum or mean below this.
    pub max_goldstein_sum: Option<f32>,
    pub max_goldstein_mean: Option<f32>,
    /// Spike: events in the window at least this many times the trailing mean per window.
    pub spike_ratio: Option<f32>,
    /// Windows before the current one that make the trailing mean (default 4).
    pub baseline_windows: Option<u32>,
    /// The trailing mean counts as at least this (default 1), so a first event is no spike.
    pub min_baseline: Option<f32>,
}

impl When {
    pub fn baseline_windows(&self) -> i64 {
        self.spike_ratio
            .map_or(0, |_| i64::from(self.baseline_windows.unwrap_or(4).max(1)))
    }
}

/// A duration in milliseconds, written "90s", "30m", "6h" or "7d".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Duration(pub i64);

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        parse_duration(&text).map_err(serde::de::Error::custom)
    }
}

fn parse_duration(text: &str) -> Result<Duration, String> {
    let unit_at = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(unit_at);
    let scale = match unit {
        "s" => 1_000,
        "m" => 60_000,
        "h" => HOUR_MS,
        "d" => 24 * HOUR_MS,
        _ => 0,
    };
    match number.parse::<i64>() {
        Ok(n) if scale > 0 && n > 0 => Ok(Duration(n.saturating_mul(scale))),
        _ => Err(format!(
            "invalid duration `{text}`: expected a positive whole number and s, m, h or d (\"6h\")"
        )),
    }
}

/// A rule id: letters, digits, `-`, `_`, `.` (it is part of state keys and alert ids).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RuleId(pub String);

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let valid = !text.is_empty()
            && text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
        if valid {
            Ok(RuleId(text))
        } else {
            Err(serde::de::Error::custom(format!(
                "invalid rule id `{text}`: use letters, digits, `-`, `_` and `.`"
            )))
        }
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A case-insensitive glob: `*` any run of characters, `?` exactly one.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern(Vec<char>);

impl<'de> Deserialize<'de> for Pattern {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        if text.trim().is_empty() {
            return Err(serde::de::Error::custom("empty pattern"));
        }
        Ok(Pattern(text.to_uppercase().chars().collect()))
    }
}

impl Pattern {
    pub fn matches(&self, text: &str) -> bool {
        let text: Vec<char> = text.to_uppercase().chars().collect();
        glob(&self.0, &text)
    }
}

fn glob(pattern: &[char], text: &[char]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some(('*', rest)) => (0..=text.len()).any(|i| glob(rest, &text[i..])),
        Some((&p, rest)) => text
            .split_first()
            .is_some_and(|(&t, tail)| (p == '?' || p == t) && glob(rest, tail)),
    }
}

/// A CAMEO code prefix: one to four digits.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoPrefix(String);

impl<'de> Deserialize<'de> for CameoPrefix {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        if (1..=4).contains(&text.len()) && text.chars().all(|c| c.is_ascii_digit()) {
            Ok(CameoPrefix(text))
        } else {
            Err(serde::de::Error::custom(format!(
                "invalid CAMEO code `{text}`: expected 1 to 4 digits (\"13\", \"1312\")"
            )))
        }
    }
}

/// A QuadClass by name: "VERBAL_CONFLICT" or "QUAD_CLASS_VERBAL_CONFLICT".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QuadName(pub i32);

impl<'de> Deserialize<'de> for QuadName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?.to_uppercase();
        let full = format!("QUAD_CLASS_{}", text.trim_start_matches("QUAD_CLASS_"));
        match pb::QuadClass::from_str_name(&full) {
            Some(q) if q != pb::QuadClass::Unspecified => Ok(QuadName(q as i32)),
            _ => Err(serde::de::Error::custom(format!(
                "unknown quad_class `{text}`: VERBAL_COOPERATION, MATERIAL_COOPERATION, \
                 VERBAL_CONFLICT or MATERIAL_CONFLICT"
            ))),
        }
    }
}

/// A modality by name: "THREATENED" or "MODALITY_THREATENED".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModalityName(pub i32);

impl<'de> Deserialize<'de> for ModalityName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?.to_uppercase();
        let full = format!("MODALITY_{}", text.trim_start_matches("MODALITY_"));
        pb::Modality::from_str_name(&full)
            .map(|m| ModalityName(m as i32))
            .ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "unknown modality `{text}`: ASSERTED, REPORTED, THREATENED or INTENDED \
                     (the others never reach events.diplomatic)"
                ))
            })
    }
}

/// Parses and checks a rules file; `origin` names it in errors.
pub fn parse(text: &str, origin: &str) -> Result<RuleSet, RulesError> {
    let error = |span: Option<std::ops::Range<usize>>, message: String| RulesError {
        origin: origin.to_string(),
        line: span.map_or(1, |s| line_of(text, s.start)),
        message,
    };
    let file: File = toml::from_str(text).map_err(|e| error(e.span(), e.message().to_string()))?;
    let mut ids = BTreeSet::new();
    for rule in &file.rule {
        let span = Some(rule.span());
        let rule = rule.get_ref();
        if !ids.insert(rule.id.clone()) {
            return Err(error(span, format!("rule id `{}` is used twice", rule.id)));
        }
        check_rule(rule).map_err(|message| error(span, message))?;
    }
    Ok(RuleSet {
        allowed_lateness_ms: file.settings.allowed_lateness.0,
        rules: file.rule.into_iter().map(Spanned::into_inner).collect(),
    })
}

/// Checks across fields, which serde cannot see.
fn check_rule(rule: &Rule) -> Result<(), String> {
    let id = &rule.id;
    let m = &rule.matcher;
    if let (Some(min), Some(max)) = (m.goldstein_min, m.goldstein_max) {
        if min > max {
            return Err(format!(
                "rule `{id}`: goldstein_min {min} is above goldstein_max {max}"
            ));
        }
    }
    if let Some(near) = m.near {
        if !(-90.0..=90.0).contains(&near.lat)
            || !(-180.0..=180.0).contains(&near.lon)
            || near.radius_km <= 0.0
        {
            return Err(format!(
                "rule `{id}`: near needs lat in -90..90, lon in -180..180 and a positive radius_km"
            ));
        }
    }
    if let Some(ratio) = rule.when.spike_ratio {
        if ratio <= 1.0 {
            return Err(format!(
                "rule `{id}`: spike_ratio {ratio} must be above 1 (a spike exceeds the baseline)"
            ));
        }
    }
    Ok(())
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn any(patterns: &[Pattern], value: &str) -> bool {
    patterns.is_empty() || patterns.iter().any(|p| p.matches(value))
}

/// Sector codes of an actor, three letters each ("GOVMIL" → GOV, MIL).
fn sectors(actor: &pb::Actor) -> Vec<String> {
    let chars: Vec<char> = actor.sector.chars().collect();
    chars.chunks(3).map(|c| c.iter().collect()).collect()
}

fn any_sector(patterns: &[Pattern], actor: &pb::Actor) -> bool {
    patterns.is_empty() || sectors(actor).iter().any(|s| any(patterns, s))
}

/// Great-circle distance in kilometres (haversine, mean Earth radius).
fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

impl Match {
    pub fn matches(&self, event: &pb::DiplomaticEvent) -> bool {
        let none = pb::Actor::default();
        let source = event.source.as_ref().unwrap_or(&none);
        let target = event.target.as_ref().unwrap_or(&none);
        let either = |patterns: &[Pattern], f: fn(&pb::Actor) -> &str| {
            patterns.is_empty() || any(patterns, f(source)) || any(patterns, f(target))
        };
        either(&self.actor, |a| &a.code)
            && any(&self.source, &source.code)
            && any(&self.target, &target.code)
            && either(&self.country, |a| &a.country)
            && any(&self.source_country, &source.country)
            && any(&self.target_country, &target.country)
            && (self.sector.is_empty()
                || any_sector(&self.sector, source)
                || any_sector(&self.sector, target))
            && any_sector(&self.source_sector, source)
            && any_sector(&self.target_sector, target)
            && self.event_matches(event)
    }

    /// The filters on what happened and where.
    fn event_matches(&self, event: &pb::DiplomaticEvent) -> bool {
        let goldstein = event.goldstein;
        (self.cameo.is_empty()
            || self
                .cameo
                .iter()
                .any(|c| event.cameo_code.starts_with(&c.0)))
            && any(&self.plover, &event.plover_type)
            && (self.quad_class.is_empty()
                || self.quad_class.iter().any(|q| q.0 == event.quad_class))
            && (self.modality.is_empty() || self.modality.iter().any(|m| m.0 == event.modality))
            && self.goldstein_min.is_none_or(|min| goldstein >= min)
            && self.goldstein_max.is_none_or(|max| goldstein <= max)
            && any(&self.location, &event.location)
            && any(&self.location_country, &event.location_country)
            && self.near.is_none_or(|near| {
                event.location_geo.is_some_and(|g| {
                    distance_km((near.lat, near.lon), (g.latitude, g.longitude)) <= near.radius_km
                })
            })
    }
}

impl Rule {
    /// The group an event falls into under this rule; `None` when the event lacks what
    /// the grouping needs (a country), so the rule does not count it.
    pub fn group(&self, event: &pb::DiplomaticEvent) -> Option<String> {
        let none = pb::Actor::default();
        let source = event.source.as_ref().unwrap_or(&none);
        let target = event.target.as_ref().unwrap_or(&none);
        let country = |a: &pb::Actor| {
            if a.country.is_empty() {
                a.code.clone()
            } else {
                a.country.clone()
            }
        };
        let present = |s: &str| (!s.is_empty()).then(|| s.to_string());
        match self.group_by {
            GroupBy::Dyad => Some(format!("{}|{}", source.code, target.code)),
            GroupBy::CountryDyad => Some(format!("{}|{}", country(source), country(target))),
            GroupBy::SourceCountry => present(&source.country),
            GroupBy::TargetCountry => present(&target.country),
            GroupBy::Rule => Some(self.id.0.clone()),
        }
    }

    pub fn cooldown_ms(&self) -> i64 {
        self.cooldown.unwrap_or(self.window).0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[settings]
allowed_lateness = "2d"

[[rule]]
id = "sanctions-threats"
name = "Threats of sanctions"
severity = "critical"
group_by = "country_dyad"
window = "3d"
[rule.match]
cameo = ["1312"]
source = ["USA*", "*GOV"]
quad_class = ["VERBAL_CONFLICT"]
modality = ["threatened"]
[rule.when]
min_sources = 2
"#;

    #[test]
    fn a_valid_file_parses() {
        let set = parse(GOOD, "rules.toml").unwrap();
        assert_eq!(set.allowed_lateness_ms, 2 * 24 * HOUR_MS);
        let rule = &set.rules[0];
        assert_eq!(rule.id.0, "sanctions-threats");
        assert_eq!(rule.severity, Severity::Critical);
        assert_eq!(rule.group_by, GroupBy::CountryDyad);
        assert_eq!(rule.window, Duration(3 * 24 * HOUR_MS));
        assert_eq!(rule.cooldown_ms(), rule.window.0);
        assert_eq!(rule.matcher.modality, vec![ModalityName(2)]);
        assert_eq!(rule.when.min_sources, Some(2));
    }

    fn error_of(text: &str) -> RulesError {
        parse(text, "r.toml").unwrap_err()
    }

    #[test]
    fn errors_name_the_line_of_the_bad_value() {
        let bad_duration = GOOD.replace("window = \"3d\"", "window = \"3 days\"");
        let e = error_of(&bad_duration);
        assert_eq!(e.line, 10, "{e}");
        assert!(e.message.contains("invalid duration `3 days`"), "{e}");
        assert!(e.to_string().starts_with("r.toml line 10: "), "{e}");

        let bad_quad = GOOD.replace("\"VERBAL_CONFLICT\"", "\"SHOUTING\"");
        let e = error_of(&bad_quad);
        assert_eq!(e.line, 14, "{e}");
        assert!(e.message.contains("unknown quad_class `SHOUTING`"), "{e}");

        let unknown_key = GOOD.replace("min_sources = 2", "min_source = 2");
        let e = error_of(&unknown_key);
        assert_eq!(e.line, 17, "{e}");
        assert!(e.message.contains("min_source"), "{e}");

        let syntax = GOOD.replace("severity = \"critical\"", "severity = critical");
        assert_eq!(error_of(&syntax).line, 8);
    }

    #[test]
    fn checks_across_fields_name_the_rule_line() {
        let twice = format!("{GOOD}\n{}", &GOOD[GOOD.find("[[rule]]").unwrap()..]);
        let e = error_of(&twice);
        assert!(e.message.contains("used twice"), "{e}");
        // The second rule's `[[rule]]` header.
        assert_eq!(e.line, 19, "{e}");
        let inverted = GOOD.replace(
            "cameo = [\"1312\"]",
            "cameo = [\"1312\"]\ngoldstein_min = 2.0\ngoldstein_max = -2.0",
        );
        let e = error_of(&inverted);
        assert!(e.message.contains("goldstein_min"), "{e}");
    }

    #[test]
    fn globs_match_codes_case_insensitively() {
        let p = |s: &str| Pattern(s.to_uppercase().chars().collect());
        assert!(p("USA*").matches("USAGOV"));
        assert!(p("*gov").matches("RUSGOV"));
        assert!(p("???MIL").matches("RUSMIL"));
        assert!(!p("???MIL").matches("RUSGOV"));
        assert!(!p("USA").matches("USAGOV"));
        assert!(p("*").matches(""));
    }

    fn event(source: (&str, &str, &str), cameo: &str, quad: i32) -> pb::DiplomaticEvent {
        pb::DiplomaticEvent {
            source: Some(pb::Actor {
                code: source.0.into(),
                country: source.1.into(),
                sector: source.2.into(),
                ..Default::default()
            }),
            target: Some(pb::Actor {
                code: "RUSGOV".into(),
                country: "RUS".into(),
                sector: "GOV".into(),
                ..Default::default()
            }),
            cameo_code: cameo.into(),
            quad_class: quad,
            modality: pb::Modality::Threatened as i32,
            ..Default::default()
        }
    }

    #[test]
    fn matching_takes_every_given_filter() {
        let set = parse(GOOD, "r").unwrap();
        let rule = &set.rules[0];
        let usa = ("USAGOV", "USA", "GOV");
        assert!(rule.matcher.matches(&event(usa, "1312", 3)));
        assert_eq!(
            rule.group(&event(usa, "1312", 3)).as_deref(),
            Some("USA|RUS")
        );
        assert!(!rule.matcher.matches(&event(usa, "1311", 3)), "cameo");
        assert!(!rule.matcher.matches(&event(usa, "1312", 4)), "quad class");
        assert!(
            !rule
                .matcher
                .matches(&event(("FRABUS", "FRA", "BUS"), "1312", 3)),
            "source pattern"
        );
        let mut asserted = event(usa, "1312", 3);
        asserted.modality = pb::Modality::Asserted as i32;
        assert!(!rule.matcher.matches(&asserted), "modality");
    }

    #[test]
    fn near_measures_great_circle_distance() {
        // Kharkiv to Belgorod is about 70 km.
        let km = distance_km((49.99, 36.23), (50.60, 36.59));
        assert!((60.0..80.0).contains(&km), "{km}");
    }
}
