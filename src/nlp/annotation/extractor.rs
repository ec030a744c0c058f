//! The top layer: everything the three stages need, loaded once per process. Each
//! stage calls one method; the layers below never call up.

use super::verdicts;
#[cfg(feature = "learned")]
use crate::nlp::learned;
use crate::nlp::{cameo, entities, events, gate, stance, syntax};
use crate::nlp::{ArticleText, CodedEvent, EntityAnalysis, NlpConfig, NlpError, StanceAnalysis};

#[cfg(feature = "learned")]
fn load_classifier(config: &NlpConfig) -> Result<Option<learned::QuadClassifier>, NlpError> {
    match (&config.learned_model_dir, &config.learned_weights) {
        (Some(dir), Some(weights)) => learned::QuadClassifier::load(dir, weights)
            .map(Some)
            .map_err(|e| NlpError::Learned(Box::new(e))),
        _ => Ok(None),
    }
}

/// A configured learned component must not be silently ignored by a build without it.
#[cfg(not(feature = "learned"))]
fn refuse_learned_without_feature(config: &NlpConfig) -> Result<(), NlpError> {
    match config.learned_model_dir {
        Some(_) => Err(NlpError::LearnedUnavailable),
        None => Ok(()),
    }
}

/// Everything the three stages need, loaded once per process and shared read-only.
pub struct Extractor {
    recognizer: entities::EntityRecognizer,
    coder: events::EventCoder,
    cameo: cameo::CameoTable,
    gate: gate::Gate,
    #[cfg(feature = "learned")]
    learned: Option<learned::QuadClassifier>,
}

impl Extractor {
    pub fn new(config: &NlpConfig) -> Result<Self, NlpError> {
        #[cfg(not(feature = "learned"))]
        refuse_learned_without_feature(config)?;
        let decoding = syntax::configured_decoding(config);
        syntax::set_pipeline_decoding(decoding).map_err(|e| NlpError::Setting {
            name: "nlp.parser_beam",
            message: e.to_string(),
        })?;
        Ok(Self {
            recognizer: entities::EntityRecognizer::load(config)?,
            coder: events::EventCoder::load(config)?,
            cameo: cameo::CameoTable::builtin()?,
            gate: gate::Gate::builtin()?,
            #[cfg(feature = "learned")]
            learned: load_classifier(config)?,
        })
    }

    pub fn entities(&self, article: &ArticleText) -> EntityAnalysis {
        self.recognizer.analyse(article)
    }

    /// Rule coding, refined by the learned quad classifier when one is configured.
    pub fn events(&self, article: &ArticleText, entities: &EntityAnalysis) -> Vec<CodedEvent> {
        #[allow(unused_mut)]
        let mut events = self.coder.code(article, entities);
        #[cfg(feature = "learned")]
        if let Some(classifier) = &self.learned {
            learned::refine(article, entities, &mut events, classifier);
        }
        events
    }

    /// Stances from the coded events as the precision gate judges them (the events stage
    /// applies the same gate to the same events; a threshold of 0 here: a weak event still
    /// weighs in, by its confidence).
    pub fn stance(
        &self,
        article: &ArticleText,
        entities: &EntityAnalysis,
        events: &[CodedEvent],
    ) -> StanceAnalysis {
        let judged = self
            .gate
            .judge(article, entities, events.to_vec(), &self.cameo, 0.0);
        // The events stage judges the same events again (`gate`): on this thread it may
        // take these verdicts instead.
        verdicts::keep(article, entities, events, 0.0, &judged);
        stance::analyse(article, entities, &judged, &self.cameo)
    }

    /// The precision gate's verdict on every coded event: what may reach
    /// `events.diplomatic`, and why each of the others may not.
    pub fn gate(
        &self,
        article: &ArticleText,
        entities: &EntityAnalysis,
        events: Vec<CodedEvent>,
        min_confidence: f32,
    ) -> Vec<gate::Judged> {
        if let Some(judged) = verdicts::take(article, entities, &events, min_confidence) {
            return judged;
        }
        self.gate
            .judge(article, entities, events, &self.cameo, min_confidence)
    }

    pub fn cameo(&self) -> &cameo::CameoTable {
        &self.cameo
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn the_second_judgement_of_equal_inputs_takes_the_first_verdicts_once() {
        let x = Extractor::new(&NlpConfig::default()).expect("load");
        let text = "France condemned Iran on Monday. Iran rejected the statement on Tuesday.";
        let article = ArticleText {
            id: "v",
            text,
            published: NaiveDate::from_ymd_opt(2025, 3, 1),
        };
        let entities = x.entities(&article);
        let events = x.events(&article, &entities);
        assert!(!events.is_empty());
        let fresh = x
            .gate
            .judge(&article, &entities, events.clone(), &x.cameo, 0.0);
        x.stance(&article, &entities, &events);
        // Another threshold, or other events: not the kept inputs, nothing taken.
        assert!(verdicts::take(&article, &entities, &events, 0.5).is_none());
        let mut other = events.clone();
        other[0].confidence /= 2.0;
        assert!(verdicts::take(&article, &entities, &other, 0.0).is_none());
        // The same inputs: the same verdicts as the gate's own, taken once.
        assert_eq!(
            verdicts::take(&article, &entities, &events, 0.0),
            Some(fresh.clone())
        );
        assert!(verdicts::take(&article, &entities, &events, 0.0).is_none());
        assert_eq!(x.gate(&article, &entities, events, 0.0), fresh);
    }
}
