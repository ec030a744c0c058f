//! Conversions between the extraction library's types and the wire format.
//! Indices that may be absent are stored "+1" on the wire (0 = none), as proto3 has no
//! optional scalars by default.

use crate::nlp;
use crate::proto::v1 as pb;

fn index_plus_one(i: Option<usize>) -> u32 {
    i.map_or(0, |i| i as u32 + 1)
}

fn index_from_plus_one(i: u32) -> Option<usize> {
    (i > 0).then(|| i as usize - 1)
}

pub fn span_to_pb(span: nlp::Span) -> pb::Span {
    pb::Span {
        start: span.start as u32,
        end: span.end as u32,
    }
}

pub fn span_from_pb(span: Option<&pb::Span>) -> nlp::Span {
    span.map_or_else(nlp::Span::default, |s| {
        nlp::Span::new(s.start as usize, s.end as usize)
    })
}

pub fn actor_to_pb(actor: &nlp::Actor) -> pb::Actor {
    pb::Actor {
        code: actor.code.clone(),
        name: actor.name.clone(),
        country: actor.country.clone(),
        sector: actor.sector.clone(),
    }
}

pub fn actor_from_pb(actor: &pb::Actor) -> nlp::Actor {
    nlp::Actor {
        code: actor.code.clone(),
        name: actor.name.clone(),
        country: actor.country.clone(),
        sector: actor.sector.clone(),
    }
}

fn entity_type_to_pb(t: nlp::EntityType) -> pb::EntityType {
    match t {
        nlp::EntityType::Person => pb::EntityType::Person,
        nlp::EntityType::Organisation => pb::EntityType::Organisation,
        nlp::EntityType::Location => pb::EntityType::Location,
        nlp::EntityType::Nationality => pb::EntityType::Nationality,
    }
}

fn entity_type_from_pb(t: i32) -> nlp::EntityType {
    match pb::EntityType::try_from(t) {
        Ok(pb::EntityType::Person) => nlp::EntityType::Person,
        Ok(pb::EntityType::Location) => nlp::EntityType::Location,
        Ok(pb::EntityType::Nationality) => nlp::EntityType::Nationality,
        _ => nlp::EntityType::Organisation,
    }
}

pub fn entities_to_pb(article: pb::Article, analysis: &nlp::EntityAnalysis) -> pb::ArticleEntities {
    pb::ArticleEntities {
        article: Some(article),
        sentences: analysis
            .sentences
            .iter()
            .map(|s| pb::Sentence {
                span: Some(span_to_pb(s.span)),
            })
            .collect(),
        mentions: analysis
            .mentions
            .iter()
            .map(|m| pb::EntityMention {
                span: Some(span_to_pb(m.span)),
                r#type: entity_type_to_pb(m.entity_type) as i32,
                actor: m.actor.as_ref().map(actor_to_pb),
                sentence: m.sentence as u32,
                antecedent: index_plus_one(m.antecedent),
                geo: m.geo.map(geo_to_pb),
            })
            .collect(),
    }
}

pub fn entities_from_pb(message: &pb::ArticleEntities) -> nlp::EntityAnalysis {
    nlp::EntityAnalysis {
        sentences: message
            .sentences
            .iter()
            .map(|s| nlp::Sentence {
                span: span_from_pb(s.span.as_ref()),
            })
            .collect(),
        mentions: message
            .mentions
            .iter()
            .map(|m| nlp::Mention {
                span: span_from_pb(m.span.as_ref()),
                entity_type: entity_type_from_pb(m.r#type),
                actor: m.actor.as_ref().map(actor_from_pb),
                sentence: m.sentence as usize,
                antecedent: index_from_plus_one(m.antecedent),
                geo: m.geo.as_ref().map(geo_from_pb),
            })
            .collect(),
    }
}

pub fn geo_to_pb(g: nlp::GeoPoint) -> pb::GeoPoint {
    pb::GeoPoint {
        latitude: g.lat,
        longitude: g.lon,
    }
}

fn geo_from_pb(g: &pb::GeoPoint) -> nlp::GeoPoint {
    nlp::GeoPoint {
        lat: g.latitude,
        lon: g.longitude,
    }
}

fn participant_to_pb(p: &nlp::Participant) -> pb::Participant {
    pb::Participant {
        actor: Some(actor_to_pb(&p.actor)),
        mention_text: p.text.clone(),
        mention: index_plus_one(p.mention),
    }
}

fn participant_from_pb(p: &pb::Participant) -> nlp::Participant {
    nlp::Participant {
        actor: p.actor.as_ref().map(actor_from_pb).unwrap_or_default(),
        mention: index_from_plus_one(p.mention),
        text: p.mention_text.clone(),
    }
}

pub fn modality_to_pb(m: nlp::Modality) -> pb::Modality {
    match m {
        nlp::Modality::Asserted => pb::Modality::Asserted,
        nlp::Modality::Negated => pb::Modality::Negated,
        nlp::Modality::Threatened => pb::Modality::Threatened,
        nlp::Modality::Intended => pb::Modality::Intended,
        nlp::Modality::Reported => pb::Modality::Reported,
        nlp::Modality::Conditional => pb::Modality::Conditional,
        nlp::Modality::Hypothetical => pb::Modality::Hypothetical,
        nlp::Modality::Demanded => pb::Modality::Demanded,
    }
}

fn modality_from_pb(m: i32) -> nlp::Modality {
    match pb::Modality::try_from(m) {
        Ok(pb::Modality::Negated) => nlp::Modality::Negated,
        Ok(pb::Modality::Threatened) => nlp::Modality::Threatened,
        Ok(pb::Modality::Intended) => nlp::Modality::Intended,
        Ok(pb::Modality::Reported) => nlp::Modality::Reported,
        Ok(pb::Modality::Conditional) => nlp::Modality::Conditional,
        Ok(pb::Modality::Hypothetical) => nlp::Modality::Hypothetical,
        Ok(pb::Modality::Demanded) => nlp::Modality::Demanded,
        _ => nlp::Modality::Asserted,
    }
}

pub fn interaction_to_pb(e: &nlp::CodedEvent) -> pb::Interaction {
    pb::Interaction {
        sentence: e.sentence as u32,
        source: Some(participant_to_pb(&e.source)),
        target: e.target.as_ref().map(participant_to_pb),
        cameo: e.cameo.clone(),
        trigger: Some(span_to_pb(e.trigger)),
        modality: modality_to_pb(e.modality) as i32,
        speaker: e.speaker.as_ref().map(participant_to_pb),
        location_mention: index_plus_one(e.location),
        confidence: e.confidence,
        path: e.path.clone(),
    }
}

pub fn interaction_from_pb(i: &pb::Interaction) -> nlp::CodedEvent {
    nlp::CodedEvent {
        sentence: i.sentence as usize,
        source: i
            .source
            .as_ref()
            .map(participant_from_pb)
            .unwrap_or_else(|| nlp::Participant {
                actor: nlp::Actor::default(),
                mention: None,
                text: String::new(),
            }),
        target: i.target.as_ref().map(participant_from_pb),
        cameo: i.cameo.clone(),
        trigger: span_from_pb(i.trigger.as_ref()),
        modality: modality_from_pb(i.modality),
        speaker: i.speaker.as_ref().map(participant_from_pb),
        location: index_from_plus_one(i.location_mention),
        confidence: i.confidence,
        path: i.path.clone(),
    }
}

pub fn stance_to_pb(label: nlp::StanceLabel) -> pb::Stance {
    match label {
        nlp::StanceLabel::Cooperative => pb::Stance::Cooperative,
        nlp::StanceLabel::Hostile => pb::Stance::Hostile,
        nlp::StanceLabel::Neutral => pb::Stance::Neutral,
    }
}

fn stance_from_pb(s: i32) -> nlp::StanceLabel {
    match pb::Stance::try_from(s) {
        Ok(pb::Stance::Cooperative) => nlp::StanceLabel::Cooperative,
        Ok(pb::Stance::Hostile) => nlp::StanceLabel::Hostile,
        _ => nlp::StanceLabel::Neutral,
    }
}

pub fn stance_analysis_to_pb(
    s: &nlp::StanceAnalysis,
) -> (Vec<pb::DyadStance>, Vec<pb::EditorialStance>) {
    let dyads = s
        .dyads
        .iter()
        .map(|d| pb::DyadStance {
            holder: Some(actor_to_pb(&d.holder)),
            target: Some(actor_to_pb(&d.target)),
            stance: stance_to_pb(d.label) as i32,
            score: d.score,
            evidence: d.evidence.iter().copied().map(span_to_pb).collect(),
        })
        .collect();
    let editorial = s
        .editorial
        .iter()
        .map(|e| pb::EditorialStance {
            target: Some(actor_to_pb(&e.target)),
            stance: stance_to_pb(e.label) as i32,
            score: e.score,
            evidence: e.evidence.iter().copied().map(span_to_pb).collect(),
        })
        .collect();
    (dyads, editorial)
}

pub fn stance_analysis_from_pb(message: &pb::ArticleStance) -> nlp::StanceAnalysis {
    let actor = |a: Option<&pb::Actor>| a.map(actor_from_pb).unwrap_or_default();
    nlp::StanceAnalysis {
        dyads: message
            .dyads
            .iter()
            .map(|d| nlp::DyadStance {
                holder: actor(d.holder.as_ref()),
                target: actor(d.target.as_ref()),
                label: stance_from_pb(d.stance),
                score: d.score,
                evidence: d.evidence.iter().map(|s| span_from_pb(Some(s))).collect(),
            })
            .collect(),
        editorial: message
            .editorial
            .iter()
            .map(|e| nlp::EditorialStance {
                target: actor(e.target.as_ref()),
                label: stance_from_pb(e.stance),
                score: e.score,
                evidence: e.evidence.iter().map(|s| span_from_pb(Some(s))).collect(),
            })
            .collect(),
        tone: message.tone,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_analysis_survives_the_wire() {
        let analysis = nlp::EntityAnalysis {
            sentences: vec![nlp::Sentence {
                span: nlp::Span::new(0, 20),
            }],
            mentions: vec![
                nlp::Mention {
                    span: nlp::Span::new(0, 6),
                    entity_type: nlp::EntityType::Person,
                    actor: Some(nlp::Actor {
                        code: "RUSGOV".into(),
                        name: "Sergei Lavrov".into(),
                        country: "RUS".into(),
                        sector: "GOV".into(),
                    }),
                    sentence: 0,
                    antecedent: None,
                    geo: None,
                },
                nlp::Mention {
                    span: nlp::Span::new(10, 16),
                    entity_type: nlp::EntityType::Location,
                    actor: None,
                    sentence: 0,
                    antecedent: Some(0),
                    geo: Some(nlp::GeoPoint {
                        lat: 49.9808,
                        lon: 36.2527,
                    }),
                },
            ],
        };
        let message = entities_to_pb(pb::Article::default(), &analysis);
        assert_eq!(message.mentions[1].antecedent, 1);
        assert!(message.mentions[0].geo.is_none());
        let geo = message.mentions[1]
            .geo
            .as_ref()
            .expect("coordinates on the wire");
        assert!((geo.latitude - 49.9808).abs() < 1e-4 && (geo.longitude - 36.2527).abs() < 1e-4);
        assert_eq!(entities_from_pb(&message), analysis);
    }
}
