//! The `annotate` JSON contract: one object per article with everything found.
//! Offsets here are Unicode character offsets (as Python indexes strings).

use crate::nlp::cameo::CameoTable;
use crate::nlp::gate::{DropReason, Judged};
use crate::nlp::stance::expresses_stance;
use crate::nlp::{ArticleText, CodedEvent, EntityAnalysis, Modality, StanceAnalysis};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Annotation<'a> {
    pub id: &'a str,
    pub entities: Vec<EntityRecord<'a>>,
    pub events: Vec<EventRecord<'a>>,
    pub stances: Vec<StanceRecord<'a>>,
}

#[derive(Debug, Serialize)]
pub struct EntityRecord<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub entity_type: &'static str,
    pub actor: Option<&'a str>,
    /// Latitude / longitude of a LOCATION naming a known city or region (omitted otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct EventRecord<'a> {
    pub source: &'a str,
    pub target: Option<&'a str>,
    pub cameo: &'a str,
    pub plover: Option<&'a str>,
    pub quad: Option<u8>,
    pub goldstein: Option<f32>,
    pub sentence: &'a str,
}

/// `annotate --explain`: one per coded event, emitted or not.
#[derive(Debug, Serialize)]
pub struct ExplainRecord<'a> {
    pub trigger: &'a str,
    pub sentence: &'a str,
    /// Character offsets of the sentence.
    pub start: usize,
    pub end: usize,
    pub source: &'a str,
    pub target: Option<&'a str>,
    pub cameo: &'a str,
    pub plover: Option<&'a str>,
    pub modality: &'static str,
    pub emitted: bool,
    /// The first rule that dropped it (the metric's reason), or null.
    pub dropped_by: Option<&'static str>,
    /// Every rule it fails, in the gate's order.
    pub fails: Vec<&'static str>,
    pub why: &'a str,
    /// Whether it counts toward its dyad's stance (`stance::expresses_stance`): statements
    /// and threats do though they are not emitted; negated, conditional, hypothetical,
    /// questioned or unattributed events do not.
    pub stance: bool,
    /// How the parse found source and target from the trigger, as UD relations, and the
    /// clause's status ("source: nsubj; target: obj; clause: reported by say").
    pub path: &'a str,
}

#[derive(Debug, Serialize)]
pub struct StanceRecord<'a> {
    pub holder: &'a str,
    pub target: &'a str,
    pub label: &'static str,
    /// −1 (hostile) ..= +1 (cooperative).
    pub score: f32,
    /// The words that gave it: event triggers and relational words.
    pub evidence: Vec<EvidenceRecord<'a>>,
}

/// A piece of evidence: its text and character offsets.
#[derive(Debug, Serialize)]
pub struct EvidenceRecord<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// Maps byte offsets of one text to character offsets in O(log n) per lookup.
pub struct CharOffsets {
    /// Byte offset of every char boundary, plus the end of the text.
    boundaries: Vec<usize>,
}

impl CharOffsets {
    pub fn new(text: &str) -> Self {
        let mut boundaries: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        boundaries.push(text.len());
        Self { boundaries }
    }

    /// Character offset of a byte offset (rounded down to the enclosing char).
    pub fn char_at(&self, byte: usize) -> usize {
        match self.boundaries.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
}

pub fn annotate<'a>(
    article: &ArticleText<'a>,
    entities: &'a EntityAnalysis,
    events: &'a [CodedEvent],
    stance: &'a StanceAnalysis,
    cameo: &'a CameoTable,
) -> Annotation<'a> {
    let offsets = CharOffsets::new(article.text);
    let entity_records = entities
        .mentions
        .iter()
        .map(|m| EntityRecord {
            text: m.span.slice(article.text),
            start: offsets.char_at(m.span.start),
            end: offsets.char_at(m.span.end),
            entity_type: m.entity_type.as_str(),
            actor: m.actor.as_ref().map(|a| a.code.as_str()),
            lat: m.geo.map(|g| g.lat),
            lon: m.geo.map(|g| g.lon),
        })
        .collect();
    let event_records = events
        .iter()
        .map(|e| EventRecord {
            source: &e.source.actor.code,
            target: e.target.as_ref().map(|t| t.actor.code.as_str()),
            cameo: &e.cameo,
            plover: cameo.plover(&e.cameo),
            quad: cameo.quad_class(&e.cameo),
            goldstein: cameo.goldstein(&e.cameo),
            sentence: entities
                .sentences
                .get(e.sentence)
                .map(|s| s.span.slice(article.text))
                .unwrap_or(""),
        })
        .collect();
    let stance_records = stance
        .dyads
        .iter()
        .map(|d| StanceRecord {
            holder: &d.holder.code,
            target: &d.target.code,
            label: d.label.as_str(),
            score: d.score,
            evidence: d
                .evidence
                .iter()
                .map(|s| EvidenceRecord {
                    text: s.slice(article.text),
                    start: offsets.char_at(s.start),
                    end: offsets.char_at(s.end),
                })
                .collect(),
        })
        .collect();
    Annotation {
        id: article.id,
        entities: entity_records,
        events: event_records,
        stances: stance_records,
    }
}

/// The gate's verdicts as `annotate --explain` records.
pub fn explain<'a>(
    article: &ArticleText<'a>,
    entities: &'a EntityAnalysis,
    judged: &'a [Judged],
    cameo: &'a CameoTable,
) -> Vec<ExplainRecord<'a>> {
    let offsets = CharOffsets::new(article.text);
    judged
        .iter()
        .map(|j| {
            let e = &j.event;
            let sentence = entities.sentences.get(e.sentence).map(|s| s.span);
            ExplainRecord {
                trigger: e.trigger.slice(article.text),
                sentence: sentence.map_or("", |s| s.slice(article.text)),
                start: sentence.map_or(0, |s| offsets.char_at(s.start)),
                end: sentence.map_or(0, |s| offsets.char_at(s.end)),
                source: &e.source.actor.code,
                target: e.target.as_ref().map(|t| t.actor.code.as_str()),
                cameo: &e.cameo,
                plover: cameo.plover(&e.cameo),
                modality: modality_name(e.modality),
                emitted: j.emitted(),
                dropped_by: j.reason().map(DropReason::as_str),
                fails: j.failed.iter().map(|r| r.as_str()).collect(),
                why: &j.why,
                stance: expresses_stance(j),
                path: &e.path,
            }
        })
        .collect()
}

fn modality_name(m: Modality) -> &'static str {
    match m {
        Modality::Asserted => "asserted",
        Modality::Negated => "negated",
        Modality::Threatened => "threatened",
        Modality::Intended => "intended",
        Modality::Reported => "reported",
        Modality::Conditional => "conditional",
        Modality::Hypothetical => "hypothetical",
        Modality::Demanded => "demanded",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_multibyte_characters_once() {
        let text = "Zelenskyy’s envoy met Škoda";
        let offsets = CharOffsets::new(text);
        let byte = text.find("Škoda").unwrap();
        assert_eq!(offsets.char_at(byte), 22);
        assert_eq!(offsets.char_at(text.len()), text.chars().count());
    }
}
