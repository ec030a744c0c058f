//! Embedded mode: the registry's stages in-process, no broker. Each article goes through
//! the same `run_stage` calls, in the same wire format, as on Kafka.

use crate::config::Config;
use crate::nlp::{annotation, ArticleText, Extractor};
use crate::proto::v1 as pb;
use crate::stages::alerts::AlertsStage;
use crate::stages::article::publication_date;
use crate::stages::convert::{entities_from_pb, stance_analysis_from_pb};
use crate::stages::events::EventsStage;
use crate::stages::registry::Resources;
use crate::stages::{
    decode, run_stage_tallied, Limits, MessageType, Output, Record, Stage, StageError, StageKind,
};
use prost::Message;
use std::sync::Arc;

/// A message that failed a stage: what the Kafka runtime would dead-letter.
#[derive(Debug)]
pub struct DeadLetter {
    pub stage: StageKind,
    pub error: StageError,
}

pub struct EmbeddedPipeline {
    /// The registry's core stages, in order: article JSON in, diplomatic events out.
    chain: Vec<(StageKind, Box<dyn Stage>)>,
    /// For `annotate`: the precision gate's verdicts.
    events: EventsStage,
    alerts: Option<AlertsStage>,
    extractor: Arc<Extractor>,
    limits: Limits,
}

impl EmbeddedPipeline {
    pub fn new(extractor: Arc<Extractor>, min_confidence: f32, limits: Limits) -> Self {
        let mut config = Config::default();
        config.nlp.min_confidence = min_confidence;
        let resources = Resources::with_extractor(&config, extractor.clone());
        let chain = StageKind::core()
            .filter_map(|kind| {
                // Core stages need only the extractor, which is loaded already.
                (kind.spec().build)(&resources).ok().map(|s| (kind, s))
            })
            .collect();
        Self {
            chain,
            events: EventsStage::new(extractor.clone(), min_confidence),
            alerts: None,
            extractor,
            limits,
        }
    }

    /// Also runs the alerts stage on the events (`alerts`).
    pub fn with_alerts(mut self, alerts: AlertsStage) -> Self {
        self.alerts = Some(alerts);
        self
    }

    /// Raw article JSON through the chain up to the stage that writes `until`.
    fn through(
        &self,
        raw: &[u8],
        now_ms: i64,
        until: MessageType,
    ) -> Result<Vec<Output>, DeadLetter> {
        let mut messages = vec![Output {
            key: Vec::new(),
            payload: raw.to_vec(),
            event: None,
            side: None,
        }];
        for (kind, stage) in &self.chain {
            let mut next = Vec::new();
            // A side output (the statements) is a stream of its own, as on Kafka.
            for message in messages.iter().filter(|m| m.side.is_none()) {
                next.extend(
                    self.stage(*kind, stage.as_ref(), &message.payload, now_ms)?
                        .0,
                );
            }
            messages = next;
            if kind.spec().output == until {
                break;
            }
        }
        Ok(messages)
    }

    /// Raw article JSON → encoded `ArticleStance`, through the first two stages.
    fn through_stance(&self, raw: &[u8], now_ms: i64) -> Result<Vec<u8>, DeadLetter> {
        let outputs = self.through(raw, now_ms, MessageType::ArticleStance)?;
        Ok(outputs
            .into_iter()
            .last()
            .map(|o| o.payload)
            .unwrap_or_default())
    }

    fn stage(
        &self,
        kind: StageKind,
        stage: &dyn Stage,
        payload: &[u8],
        now_ms: i64,
    ) -> Result<(Vec<Output>, Vec<&'static str>), DeadLetter> {
        let record = Record {
            key: None,
            payload,
            timestamp_ms: Some(now_ms),
            partition: 0,
        };
        run_stage_tallied(stage, self.limits, &record)
            .map_err(|error| DeadLetter { stage: kind, error })
    }

    /// Events through the alerts stage, each one committed at once (one partition): the
    /// alerts, and how many events were too late to count. None without `with_alerts`.
    pub fn alerts(
        &self,
        events: &[pb::DiplomaticEvent],
        now_ms: i64,
    ) -> Result<(Vec<pb::Alert>, u64), DeadLetter> {
        let Some(stage) = &self.alerts else {
            return Ok((Vec::new(), 0));
        };
        let (mut alerts, mut late) = (Vec::new(), 0u64);
        for event in events {
            let (outputs, skipped) =
                self.stage(StageKind::Alerts, stage, &event.encode_to_vec(), now_ms)?;
            stage.take_changes();
            stage.committed();
            late += skipped.len() as u64;
            for output in outputs {
                alerts.push(
                    decode(&output.payload, "Alert").map_err(|error| DeadLetter {
                        stage: StageKind::Alerts,
                        error,
                    })?,
                );
            }
        }
        Ok((alerts, late))
    }

    /// Raw article JSON → diplomatic events (what `events.diplomatic` would carry).
    pub fn events(&self, raw: &[u8], now_ms: i64) -> Result<Vec<pb::DiplomaticEvent>, DeadLetter> {
        Ok(self.events_and_statements(raw, now_ms)?.0)
    }

    /// Raw article JSON → the diplomatic events, and the coded statements the statements
    /// topic would carry (the events stage's side outputs).
    pub fn events_and_statements(
        &self,
        raw: &[u8],
        now_ms: i64,
    ) -> Result<(Vec<pb::DiplomaticEvent>, Vec<pb::DiplomaticEvent>), DeadLetter> {
        let (mut events, mut statements) = (Vec::new(), Vec::new());
        for output in self.through(raw, now_ms, MessageType::DiplomaticEvent)? {
            let decoded = decode(&output.payload, "DiplomaticEvent").map_err(dead_at_events)?;
            match output.side {
                None => events.push(decoded),
                Some(_) => statements.push(decoded),
            }
        }
        Ok((events, statements))
    }

    /// Raw article JSON → the `annotate` JSON object (entities, events, stances); with
    /// `explain`, also the precision gate's verdict on every coded event.
    pub fn annotate(
        &self,
        raw: &[u8],
        now_ms: i64,
        explain: bool,
    ) -> Result<serde_json::Value, DeadLetter> {
        let encoded = self.through_stance(raw, now_ms)?;
        let stance: pb::ArticleStance =
            decode(&encoded, "ArticleStance").map_err(dead_at_events)?;
        let entities_pb = stance
            .entities
            .as_ref()
            .ok_or(dead_at_events(StageError::MissingField("entities")))?;
        let article = entities_pb
            .article
            .as_ref()
            .ok_or(dead_at_events(StageError::MissingField("article")))?;
        let entities = entities_from_pb(entities_pb);
        let judged = self.events.judge(&stance).map_err(dead_at_events)?;
        let events: Vec<_> = judged
            .iter()
            .filter(|j| j.emitted())
            .map(|j| j.event.clone())
            .collect();
        let stances = stance_analysis_from_pb(&stance);
        let text = ArticleText {
            id: &article.id,
            text: &article.text,
            published: publication_date(article),
        };
        let cameo = self.extractor.cameo();
        let record = annotation::annotate(&text, &entities, &events, &stances, cameo);
        let mut value = serde_json::to_value(record)
            .map_err(|e| dead_at_events(StageError::InvalidJson(e.to_string())))?;
        let gated = self
            .events
            .settle(&stance, &judged, now_ms)
            .map_err(dead_at_events)?;
        value["statements"] = gated
            .statements
            .iter()
            .map(|(kind, s)| statement_record(kind, s))
            .collect();
        if explain {
            let verdicts = annotation::explain(&text, &entities, &judged, cameo);
            value["explain"] = serde_json::to_value(verdicts)
                .map_err(|e| dead_at_events(StageError::InvalidJson(e.to_string())))?;
        }
        Ok(value)
    }
}

/// A coded statement as `annotate` shows it, beside (never among) the events.
fn statement_record(kind: &str, statement: &pb::DiplomaticEvent) -> serde_json::Value {
    let code = |a: &Option<pb::Actor>| a.as_ref().map(|a| a.code.clone());
    let modality = pb::Modality::try_from(statement.modality)
        .unwrap_or(pb::Modality::Asserted)
        .as_str_name();
    serde_json::json!({
        "kind": kind,
        "cameo": statement.cameo_code,
        "source": code(&statement.source),
        "target": code(&statement.target),
        "modality": modality,
        "sentence": statement.evidence_text,
    })
}

fn dead_at_events(error: StageError) -> DeadLetter {
    DeadLetter {
        stage: StageKind::Events,
        error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::NlpConfig;

    fn pipeline() -> EmbeddedPipeline {
        let extractor = Arc::new(Extractor::new(&NlpConfig::default()).expect("load"));
        let limits = Limits {
            max_message_bytes: 1 << 20,
        };
        EmbeddedPipeline::new(extractor, 0.0, limits)
    }

    fn article(text: &str) -> Vec<u8> {
        serde_json::json!({"id": "said-1", "published_at": "2025-05-02T09:00:00Z", "text": text})
            .to_string()
            .into_bytes()
    }

    /// The events and the statements `run` writes for one article of `text`.
    fn outputs(
        pipeline: &EmbeddedPipeline,
        text: &str,
    ) -> (Vec<pb::DiplomaticEvent>, Vec<pb::DiplomaticEvent>) {
        pipeline
            .events_and_statements(&article(text), 0)
            .expect("run")
    }

    /// None of `texts` gives a statement.
    fn assert_no_statements(pipeline: &EmbeddedPipeline, texts: &[&str]) {
        for text in texts {
            let (_, statements) = outputs(pipeline, text);
            assert!(statements.is_empty(), "{text}: {:?}", said(&statements));
        }
    }

    fn said(statements: &[pb::DiplomaticEvent]) -> Vec<(String, String, String)> {
        let code = |a: &Option<pb::Actor>| a.as_ref().map(|a| a.code.clone()).unwrap_or_default();
        statements
            .iter()
            .map(|s| (s.cameo_code.clone(), code(&s.source), code(&s.target)))
            .collect()
    }

    /// A comment a known actor made goes to the statements stream, never among the events;
    /// with no known addressee it keeps no target.
    #[test]
    fn coded_statements_are_a_stream_of_their_own() {
        let pipeline = pipeline();
        let text = "The Norwegian foreign minister expressed deep concern over the Finnish \
                    decision. The Danish prime minister expressed optimism about the reforms.";
        let (events, statements) = outputs(&pipeline, text);
        assert!(events.is_empty(), "{events:?}");
        assert_eq!(
            said(&statements),
            [
                ("012".into(), "NORGOV".into(), "FIN".into()),
                ("013".into(), "DNKGOV".into(), String::new()),
            ]
        );
        assert!(statements.iter().all(|s| s.plover_type.is_empty()));
        // `annotate` shows the same statements apart from its events.
        let value = pipeline
            .annotate(&article(text), 0, false)
            .expect("annotate");
        assert_eq!(value["events"].as_array().map(Vec::len), Some(0));
        let kinds: Vec<_> = value["statements"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| s["kind"].as_str().unwrap_or_default())
            .collect();
        assert_eq!(kinds, ["012", "013"]);
    }

    /// Only comments that happened, by a known actor: not one with an unknown source, one
    /// only possible, or one dated years back.
    #[test]
    fn statements_dropped_for_other_reasons_stay_dropped() {
        let pipeline = pipeline();
        assert_no_statements(
            &pipeline,
            &[
                "Local residents expressed concern over the Finnish decision.",
                "The Danish prime minister may express concern over the Swedish plan.",
                "In 2009, the Danish prime minister expressed concern over the Swedish plan.",
            ],
        );
    }

    /// An appeal (02x) to no known addressee is its speaker's statement; with a known
    /// addressee it is an event, never a statement too.
    #[test]
    fn an_appeal_to_no_known_addressee_is_a_statement() {
        let pipeline = pipeline();
        let text = "The Norwegian foreign minister urged donor countries to speed up their \
                    pledges. The Danish prime minister urged Finland to reopen the border.";
        let (events, statements) = outputs(&pipeline, text);
        assert_eq!(
            said(&statements),
            [("020".into(), "NORGOV".into(), String::new())]
        );
        let events: Vec<_> = said(&events);
        assert!(
            events
                .iter()
                .any(|e| e.0.starts_with("02") && e.1 == "DNKGOV" && e.2 == "FIN"),
            "{events:?}"
        );
    }

    /// A comment or appeal whose speaker is named but in no actor file ("Senator Halvard
    /// Quist", "the Lumber Growers Guild") is a statement with no source actor, its
    /// speaker's word kept; a common noun or a pronoun no antecedent resolved is no one.
    #[test]
    fn a_named_speaker_no_actor_file_knows_makes_a_statement() {
        let pipeline = pipeline();
        let text = "Senator Halvard Quist expressed deep concern over the Finnish decision. \
                    The Lumber Growers Guild urged donor countries to speed up their pledges.";
        let (events, statements) = outputs(&pipeline, text);
        assert!(events.is_empty(), "{:?}", said(&events));
        assert_eq!(
            said(&statements),
            [
                ("012".into(), String::new(), "FIN".into()),
                ("020".into(), String::new(), String::new()),
            ]
        );
        // The speaker's word is one of the name's (the word the parse made the subject).
        let names = ["Senator Halvard Quist", "The Lumber Growers Guild"];
        for (s, name) in statements.iter().zip(names) {
            let word = s.source_text.as_str();
            assert!(name.split(' ').any(|w| w == word), "{word:?} in {name}");
        }
        assert_no_statements(
            &pipeline,
            &[
                "He expressed deep concern over the Finnish decision.",
                "The committee expressed deep concern over the Finnish decision.",
                "Union members urged donor countries to speed up their pledges.",
            ],
        );
    }

    /// A named speaker the mention layer reads from its title's abbreviation ("Sen.") or
    /// from a role in apposition ("…, a spokeswoman for …,") makes a statement as a title
    /// written out does: the parse's subject word is the abbreviation without its point, or
    /// a first name no list knows.
    #[test]
    fn an_abbreviated_title_or_an_appositive_role_names_a_speaker() {
        let pipeline = pipeline();
        for text in [
            "Sen. Halvard Quist expressed deep concern over the Finnish decision.",
            "Quenby Arlott, a spokeswoman for the lumber guild, expressed deep concern over \
             the Finnish decision.",
        ] {
            let (events, statements) = outputs(&pipeline, text);
            assert!(events.is_empty(), "{text}: {:?}", said(&events));
            assert_eq!(
                said(&statements),
                [("012".into(), String::new(), "FIN".into())],
                "{text}"
            );
        }
        // a place in apposition names no speaker
        assert_no_statements(
            &pipeline,
            &["Ostvik Basin, a farming district, expressed deep concern over the Finnish decision."],
        );
    }

    /// A "said" put after an act the sentence codes, with nothing of its own after it, only
    /// attributes that act (held back or emitted): no statement. A "said" with content of its
    /// own, or after a clause that codes no act, stays a statement.
    #[test]
    fn a_said_that_only_attributes_a_coded_act_is_no_statement() {
        let pipeline = pipeline();
        assert_no_statements(
            &pipeline,
            &[
                "Finnish troops attacked positions near the border, the Norwegian defence \
                 ministry said in a statement.",
                "Finnish troops shelled Swedish positions near the border, the Norwegian \
                 defence ministry said in a statement.",
            ],
        );
        for text in [
            "Talks with Helsinki will resume in June, the Norwegian defence ministry said in \
             a statement.",
            "Finnish troops shelled positions near the border, and the Norwegian defence \
             ministry said talks with Helsinki would resume in June.",
            "Finnish troops shelled positions near the border, while the Norwegian defence \
             ministry said in a statement that talks would resume.",
        ] {
            let (_, statements) = outputs(&pipeline, text);
            assert_eq!(
                said(&statements),
                [("010".into(), "NORGOVMIL".into(), String::new())],
                "{text}"
            );
        }
    }

    /// A resignation (083) and a blockade (191) are events with no addressee named; a
    /// praise with none stays out.
    #[test]
    fn a_resignation_or_a_blockade_needs_no_target() {
        let pipeline = pipeline();
        for (text, code) in [
            (
                "Norway's prime minister resigned on Sunday after weeks of street protests.",
                "083",
            ),
            (
                "The Finnish navy imposed a blockade on the harbours of the island.",
                "191",
            ),
        ] {
            let (events, _) = outputs(&pipeline, text);
            let events = said(&events);
            assert!(
                events
                    .iter()
                    .any(|e| e.0.starts_with(code) && e.2.is_empty()),
                "{text}: {events:?}"
            );
        }
        let text = "Norway's prime minister praised the plan.";
        let (events, _) = outputs(&pipeline, text);
        assert!(events.is_empty(), "{:?}", said(&events));
    }

    /// An appeal only possible, denied or made by no known actor is no statement.
    #[test]
    fn appeals_dropped_for_other_reasons_stay_dropped() {
        let pipeline = pipeline();
        assert_no_statements(
            &pipeline,
            &[
                "Local residents urged donor countries to speed up their pledges.",
                "The Norwegian foreign minister may urge donor countries to speed up their pledges.",
                "The Norwegian foreign minister did not urge donor countries to speed up their pledges.",
            ],
        );
    }

    /// The events stage writes the code the gate settled on: an announced meeting is an
    /// intent to meet (CAMEO 036, AGREE), as `annotate` reports it, not the meeting (040).
    #[test]
    fn an_announced_meeting_leaves_as_intent_to_meet() {
        let extractor = Arc::new(Extractor::new(&NlpConfig::default()).expect("load"));
        let pipeline = EmbeddedPipeline::new(
            extractor,
            0.0,
            Limits {
                max_message_bytes: 1 << 20,
            },
        );
        let raw = serde_json::json!({
            "id": "intent-1",
            "published_at": "2025-05-02T09:00:00Z",
            "text": "The Norwegian defence minister will meet his Finnish counterpart in Oslo next week.",
        })
        .to_string();
        let events = pipeline.events(raw.as_bytes(), 0).expect("events");
        let meet = events
            .iter()
            .find(|e| e.source.as_ref().is_some_and(|a| a.code.starts_with("NOR")))
            .expect("an event from Norway's minister");
        assert_eq!(meet.cameo_code, "036");
        assert_eq!(meet.plover_type, "AGREE");
        assert_eq!(meet.modality, pb::Modality::Intended as i32);
    }
}
