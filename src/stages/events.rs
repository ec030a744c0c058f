//! Stage 3: `ArticleStance` → one `DiplomaticEvent` per coded interaction, enriched with
//! Goldstein, PLOVER, QuadClass, location, dyad stance and character offsets.

use super::article::{article_of, article_text};
use super::convert::{entities_from_pb, interaction_from_pb, modality_to_pb};
use super::validate::{check_analysis, check_interactions};
use super::{decode, now_ms, stable_id, EventMeta, Output, Record, Stage, StageError};
use crate::nlp::annotation::CharOffsets;
use crate::nlp::gate::{DropReason, Judged};
use crate::nlp::Extractor;
use crate::proto::v1 as pb;
use prost::Message;
use std::sync::Arc;

pub struct EventsStage {
    extractor: Arc<Extractor>,
    min_confidence: f32,
}

/// The entities and article an `ArticleStance` must carry.
fn entities_and_article(
    stance: &pb::ArticleStance,
) -> Result<(&pb::ArticleEntities, &pb::Article), StageError> {
    let entities = stance
        .entities
        .as_ref()
        .ok_or(StageError::MissingField("entities"))?;
    Ok((entities, article_of(entities)?))
}

impl EventsStage {
    pub fn new(extractor: Arc<Extractor>, min_confidence: f32) -> Self {
        Self {
            extractor,
            min_confidence,
        }
    }

    /// The precision gate's verdict on every interaction of the article, in order: the
    /// same decision for Kafka, `run` and `annotate`.
    pub fn judge(&self, stance: &pb::ArticleStance) -> Result<Vec<Judged>, StageError> {
        let (entities, article) = entities_and_article(stance)?;
        let text = article_text(article);
        let analysis = entities_from_pb(entities);
        let coded: Vec<_> = stance
            .interactions
            .iter()
            .map(interaction_from_pb)
            .collect();
        check_analysis(&analysis, &article.text)?;
        check_interactions(&coded, &analysis, &article.text)?;
        Ok(self
            .extractor
            .gate(&text, &analysis, coded, self.min_confidence))
    }

    /// The transform itself, on decoded messages: the events that pass the gate, and the
    /// reason for each one that did not.
    pub fn events(
        &self,
        stance: &pb::ArticleStance,
        emitted_at_ms: i64,
    ) -> Result<Gated, StageError> {
        self.settle(stance, &self.judge(stance)?, emitted_at_ms)
    }

    /// The records of verdicts already reached (`judge`): `annotate` shows the verdicts
    /// and writes the records without running the gate twice.
    pub fn settle(
        &self,
        stance: &pb::ArticleStance,
        verdicts: &[Judged],
        emitted_at_ms: i64,
    ) -> Result<Gated, StageError> {
        let (entities, article) = entities_and_article(stance)?;
        let context = EventContext {
            article,
            entities,
            stance,
            offsets: CharOffsets::new(&article.text),
            emitted_at_ms,
        };
        let mut gated = Gated::default();
        for (interaction, judged) in stance.interactions.iter().zip(verdicts) {
            match judged.reason() {
                Some(reason) => {
                    gated.dropped.push(reason);
                    if let Some(kind) = statement_kind(judged) {
                        let mut statement = self.gated_event(&context, interaction, judged)?;
                        if judged.failed.contains(&DropReason::TargetUnresolved) {
                            // Said about no one the dictionaries know: no addressee.
                            statement.target = None;
                        }
                        if !gated
                            .statements
                            .iter()
                            .any(|(_, s)| same_statement(s, &statement))
                        {
                            gated.statements.push((kind, statement));
                        }
                    }
                }
                None => gated
                    .events
                    .push(self.gated_event(&context, interaction, judged)?),
            }
        }
        Ok(gated)
    }

    /// The record of an interaction as the gate settled it: the gate may recode the act
    /// (an announced meeting is 036, not 040), read its modality and drop its place.
    fn gated_event(
        &self,
        ctx: &EventContext<'_>,
        interaction: &pb::Interaction,
        judged: &Judged,
    ) -> Result<pb::DiplomaticEvent, StageError> {
        let mut event = self.build_event(ctx, interaction, &judged.event.cameo)?;
        event.modality = modality_to_pb(judged.event.modality) as i32;
        if judged.event.location.is_none() {
            event.location.clear();
            event.location_country.clear();
        }
        event.story_key = story_key(&event);
        Ok(event)
    }

    fn build_event(
        &self,
        ctx: &EventContext<'_>,
        interaction: &pb::Interaction,
        code: &str,
    ) -> Result<pb::DiplomaticEvent, StageError> {
        let cameo = self.extractor.cameo();
        let source = interaction.source.clone().unwrap_or_default();
        let target = interaction.target.clone().unwrap_or_default();
        let source_actor = source.actor.clone().unwrap_or_default();
        let target_actor = target.actor.clone().unwrap_or_default();
        let (sentence, evidence_text) = evidence(ctx, interaction)?;
        let trigger = interaction.trigger.unwrap_or_default();
        let (location, location_country, location_geo) = location_of(ctx, interaction);
        let char_at = |b: u32| ctx.offsets.char_at(b as usize) as u32;
        Ok(pb::DiplomaticEvent {
            event_id: event_id(
                &ctx.article.id,
                interaction,
                &source_actor.code,
                &target_actor.code,
            ),
            article_id: ctx.article.id.clone(),
            article_url: ctx.article.url.clone(),
            article_source: ctx.article.source.clone(),
            published_at_ms: ctx.article.published_at_ms,
            source_text: source.mention_text,
            target_text: target.mention_text,
            cameo_root: code.chars().take(2).collect(),
            cameo_code: code.to_string(),
            plover_type: cameo.plover(code).unwrap_or_default().to_string(),
            quad_class: cameo.quad_class(code).map_or(0, i32::from),
            goldstein: cameo.goldstein(code).unwrap_or(0.0),
            location,
            location_country,
            location_geo,
            dyad_stance: dyad_stance(ctx.stance, &source_actor.code, &target_actor.code) as i32,
            tone: ctx.stance.tone,
            evidence_text: evidence_text.to_string(),
            evidence_start: char_at(sentence.start),
            evidence_end: char_at(sentence.end),
            trigger_start: char_at(trigger.start),
            trigger_end: char_at(trigger.end),
            modality: interaction.modality,
            confidence: interaction.confidence,
            emitted_at_ms: ctx.emitted_at_ms,
            // Set once the gate has settled the location (see `events`).
            story_key: String::new(),
            source: Some(source_actor),
            target: Some(target_actor),
        })
    }
}

/// The interaction's sentence span and its text, the event's evidence.
fn evidence<'a>(
    ctx: &EventContext<'a>,
    interaction: &pb::Interaction,
) -> Result<(pb::Span, &'a str), StageError> {
    let sentence = ctx
        .entities
        .sentences
        .get(interaction.sentence as usize)
        .and_then(|s| s.span)
        .unwrap_or_default();
    let text = ctx
        .article
        .text
        .get(sentence.start as usize..sentence.end as usize)
        .ok_or_else(|| StageError::InvalidField {
            field: "sentence",
            reason: format!(
                "[{}, {}) is not within the text",
                sentence.start, sentence.end
            ),
        })?;
    Ok((sentence, text))
}

/// The event's place: its words, its country and its coordinates (empty when none).
fn location_of(
    ctx: &EventContext<'_>,
    interaction: &pb::Interaction,
) -> (String, String, Option<pb::GeoPoint>) {
    let mention = (interaction.location_mention > 0)
        .then(|| {
            ctx.entities
                .mentions
                .get(interaction.location_mention as usize - 1)
        })
        .flatten();
    let Some(m) = mention else {
        return (String::new(), String::new(), None);
    };
    let words = m
        .span
        .and_then(|s| ctx.article.text.get(s.start as usize..s.end as usize))
        .unwrap_or_default();
    let country = m
        .actor
        .as_ref()
        .map(|a| a.country.clone())
        .unwrap_or_default();
    (words.to_string(), country, m.geo)
}

/// What the events stage made of one article.
#[derive(Debug, Default)]
pub struct Gated {
    /// The events for `events.diplomatic`.
    pub events: Vec<pb::DiplomaticEvent>,
    /// One reason per coded interaction the gate held back.
    pub dropped: Vec<DropReason>,
    /// The coded statements among them, by kind (`STATEMENT_KINDS`), for the statements
    /// topic: never on `events.diplomatic` (PLOVER has no type for them).
    pub statements: Vec<(&'static str, pb::DiplomaticEvent)>,
}

/// The kinds of coded statement (CAMEO 010–019, and the appeals 020–029 said to no known
/// addressee), the label of the statements metric.
pub const STATEMENT_KINDS: [&str; 20] = [
    "010", "011", "012", "013", "014", "015", "016", "017", "018", "019", "020", "021", "022",
    "023", "024", "025", "026", "027", "028", "029",
];

/// The kind of a coded statement the gate held back only for being a statement (and,
/// at most, for naming no known addressee): a comment that happened, said by a known
/// actor. An appeal (02x) the gate held back only for naming no known addressee is a
/// statement too: a verbal act of its speaker that happened ("urged donor countries to
/// give", "launched an appeal for funds"), which `events.diplomatic` cannot carry without
/// a target. Either may also have a speaker the actor files do not know, when the speaker
/// is named (`Judged::named_source`): what a senator or a union said is a statement whoever the
/// dictionaries list; "local residents" or an unresolved "he" is no one a consumer could
/// follow. `None` for anything else the gate dropped, for an event a speech verb
/// judged (its code is not 01x), and for a bare "said" that only attributes an act its
/// sentence codes (`Judged::attribution`).
pub fn statement_kind(judged: &Judged) -> Option<&'static str> {
    let named = judged.named_source;
    // Unknown parties the statements stream may carry: the addressee, and a named speaker.
    let unknown = |r: &DropReason| {
        *r == DropReason::TargetUnresolved || (named && *r == DropReason::SourceUnresolved)
    };
    let failed = &judged.failed;
    let code = judged.event.cameo.as_str();
    let comment = failed.contains(&DropReason::Statement)
        && failed
            .iter()
            .all(|r| *r == DropReason::Statement || unknown(r))
        && code.starts_with("01");
    let appeal = !failed.is_empty() && failed.iter().all(unknown) && code.starts_with("02");
    if (!comment && !appeal) || judged.attribution {
        return None;
    }
    STATEMENT_KINDS
        .iter()
        .find(|k| code.starts_with(*k))
        .copied()
}

/// The same comment twice from one sentence (the gate's duplicate rule, for statements).
fn same_statement(a: &pb::DiplomaticEvent, b: &pb::DiplomaticEvent) -> bool {
    let code = |a: &Option<pb::Actor>| a.as_ref().map(|a| a.code.clone()).unwrap_or_default();
    a.evidence_start == b.evidence_start
        && a.cameo_code == b.cameo_code
        && code(&a.source) == code(&b.source)
        && code(&a.target) == code(&b.target)
}

struct EventContext<'a> {
    article: &'a pb::Article,
    entities: &'a pb::ArticleEntities,
    stance: &'a pb::ArticleStance,
    offsets: CharOffsets,
    emitted_at_ms: i64,
}

/// Stable across reprocessing, so downstream consumers can de-duplicate on it.
fn event_id(article_id: &str, i: &pb::Interaction, source: &str, target: &str) -> String {
    let trigger = i.trigger.unwrap_or_default();
    stable_id(&[
        article_id,
        &i.sentence.to_string(),
        &trigger.start.to_string(),
        &trigger.end.to_string(),
        source,
        target,
        &i.cameo,
    ])
}

/// The story an event belongs to: same dyad, CAMEO root, place and day, whichever article
/// reported it (documented on `DiplomaticEvent.story_key`).
pub fn story_key(event: &pb::DiplomaticEvent) -> String {
    let code = |a: &Option<pb::Actor>| a.as_ref().map(|a| a.code.clone()).unwrap_or_default();
    let place = if event.location_country.is_empty() {
        event.location.to_lowercase()
    } else {
        event.location_country.clone()
    };
    let time = if event.published_at_ms > 0 {
        event.published_at_ms
    } else {
        event.emitted_at_ms
    };
    let day = chrono::DateTime::from_timestamp_millis(time)
        .map(|t| t.date_naive().to_string())
        .unwrap_or_default();
    stable_id(&[
        &code(&event.source),
        &code(&event.target),
        &event.cameo_root,
        &place,
        &day,
    ])
}

fn dyad_stance(stance: &pb::ArticleStance, source: &str, target: &str) -> pb::Stance {
    stance
        .dyads
        .iter()
        .find(|d| {
            d.holder.as_ref().is_some_and(|h| h.code == source)
                && d.target.as_ref().is_some_and(|t| t.code == target)
        })
        .and_then(|d| pb::Stance::try_from(d.stance).ok())
        .unwrap_or(pb::Stance::Unspecified)
}

/// Partition key: the actor dyad, so one dyad's events stay ordered on one partition.
pub fn dyad_key(event: &pb::DiplomaticEvent) -> Vec<u8> {
    let code = |a: &Option<pb::Actor>| a.as_ref().map(|a| a.code.clone()).unwrap_or_default();
    format!("{}|{}", code(&event.source), code(&event.target)).into_bytes()
}

impl Stage for EventsStage {
    fn process(&self, record: &Record<'_>) -> Result<Vec<Output>, StageError> {
        Ok(self.process_tallied(record)?.0)
    }

    fn process_tallied(
        &self,
        record: &Record<'_>,
    ) -> Result<(Vec<Output>, Vec<&'static str>), StageError> {
        let stance: pb::ArticleStance = decode(record.payload, "ArticleStance")?;
        let ingested_at_ms = stance
            .entities
            .as_ref()
            .and_then(|e| e.article.as_ref())
            .map_or(0, |a| a.ingested_at_ms);
        let gated = self.events(&stance, now_ms())?;
        let events = gated.events.into_iter().map(|event| Output {
            key: dyad_key(&event),
            payload: event.encode_to_vec(),
            event: Some(EventMeta {
                quad_class: event.quad_class,
                ingested_at_ms,
            }),
            side: None,
        });
        let statements = gated.statements.into_iter().map(|(kind, s)| Output {
            key: dyad_key(&s),
            payload: s.encode_to_vec(),
            event: None,
            side: Some(kind),
        });
        let outputs = events.chain(statements).collect();
        let dropped = gated.dropped.iter().map(|r| r.as_str()).collect();
        Ok((outputs, dropped))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(source: &str, cameo: &str, location: &str, published: &str) -> pb::DiplomaticEvent {
        let actor = |code: &str| {
            Some(pb::Actor {
                code: code.into(),
                ..Default::default()
            })
        };
        pb::DiplomaticEvent {
            source: actor(source),
            target: actor("UKR"),
            cameo_code: cameo.into(),
            cameo_root: cameo[..2].into(),
            location: location.into(),
            published_at_ms: chrono::DateTime::parse_from_rfc3339(published)
                .unwrap()
                .timestamp_millis(),
            ..Default::default()
        }
    }

    #[test]
    fn one_story_per_dyad_root_place_and_day() {
        let morning = story_key(&event("RUSMIL", "152", "Belgorod", "2024-05-02T06:00:00Z"));
        // Another article, later that day, a finer code of the same root, other casing.
        let evening = story_key(&event("RUSMIL", "1531", "belgorod", "2024-05-02T21:30:00Z"));
        assert_eq!(morning, evening);
        assert_eq!(morning.len(), 32);
        for other in [
            event("BLRMIL", "152", "Belgorod", "2024-05-02T06:00:00Z"),
            event("RUSMIL", "173", "Belgorod", "2024-05-02T06:00:00Z"),
            event("RUSMIL", "152", "Kursk", "2024-05-02T06:00:00Z"),
            event("RUSMIL", "152", "Belgorod", "2024-05-03T06:00:00Z"),
        ] {
            assert_ne!(story_key(&other), morning, "{other:?}");
        }
    }
}
