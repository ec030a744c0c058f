//! The top layer: everything the three stages need, loaded once per process. Each
//! stage calls one method; the layers below never call up.

#[cfg(feature = "learned")]
use crate::nlp::learned;
use crate::nlp::{cameo, entities, events, gate, stance};
use crate::nlp::{ArticleText, CodedEvent, EntityAnalysis, NlpConfig, NlpError, StanceAnalysis};
use std::cell::RefCell;

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

thread_local! {
    /// The stance stage's gate verdicts on the last article of this thread, for the events
    /// stage of the same process; taken (emptied) by the next `Extractor::gate`.
    static GATE_HANDOFF: RefCell<Option<Handoff>> = const { RefCell::new(None) };
}

/// One article's verdicts at threshold 0, with all the gate read to reach them.
struct Handoff {
    text: String,
    entities: EntityAnalysis,
    events: Vec<CodedEvent>,
    judged: Vec<gate::Judged>,
}

impl Handoff {
    /// The same input: the gate is deterministic, so the same verdicts.
    fn is_for(
        &self,
        article: &ArticleText,
        entities: &EntityAnalysis,
        events: &[CodedEvent],
    ) -> bool {
        self.text == article.text && self.events == events && self.entities == *entities
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

    /// Stances from the coded events as the precision gate judges them, with a threshold of
    /// 0: a weak event still weighs in, by its confidence. The events stage judges the same
    /// events again with the configured threshold (`gate`): in the staged deployment it is
    /// another process, and the verdicts do not travel on the wire; in one process (fused
    /// worker, `run`, `annotate`) the verdicts are handed over (`GATE_HANDOFF`) and reused
    /// when the threshold is 0 too, the default. With another threshold they are computed
    /// again: the threshold drops weak events, and which events pass decides which later
    /// ones are duplicates, so those verdicts are not these.
    pub fn stance(
        &self,
        article: &ArticleText,
        entities: &EntityAnalysis,
        events: &[CodedEvent],
    ) -> StanceAnalysis {
        let judged = self
            .gate
            .judge(article, entities, events.to_vec(), &self.cameo, 0.0);
        let stance = stance::analyse(article, entities, &judged, &self.cameo);
        let handoff = Handoff {
            text: article.text.to_string(),
            entities: entities.clone(),
            events: events.to_vec(),
            judged,
        };
        GATE_HANDOFF.with(|h| *h.borrow_mut() = Some(handoff));
        stance
    }

    /// The precision gate's verdict on every coded event: what may reach
    /// `events.diplomatic`, and why each of the others may not. The stance stage's verdicts
    /// on the same article in this thread are reused when they are the same computation.
    pub fn gate(
        &self,
        article: &ArticleText,
        entities: &EntityAnalysis,
        events: Vec<CodedEvent>,
        min_confidence: f32,
    ) -> Vec<gate::Judged> {
        let handed = GATE_HANDOFF.with(|h| h.borrow_mut().take());
        match handed {
            Some(h) if min_confidence == 0.0 && h.is_for(article, entities, &events) => h.judged,
            _ => self
                .gate
                .judge(article, entities, events, &self.cameo, min_confidence),
        }
    }

    pub fn cameo(&self) -> &cameo::CameoTable {
        &self.cameo
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An article whose events the gate splits: an asserted attack passes, a conditional
    /// threat does not.
    const TEXT: &str = "Russia attacked Ukraine on Monday. If talks fail, Poland could expel \
                        Belarus's ambassador.";

    fn article() -> ArticleText<'static> {
        ArticleText {
            id: "handoff",
            text: TEXT,
            published: None,
        }
    }

    fn handoff_pending() -> bool {
        GATE_HANDOFF.with(|h| h.borrow().is_some())
    }

    /// The stance stage's verdicts are reused only for the same article, events and a
    /// threshold of 0, and whatever is reused equals what the gate computes afresh.
    #[test]
    fn the_events_stage_reuses_only_the_same_verdicts() {
        let x = Extractor::new(&NlpConfig::default()).expect("load");
        let a = article();
        let entities = x.entities(&a);
        let events = x.events(&a, &entities);
        assert!(events.len() >= 2, "{events:?}");
        let fresh = |evs: Vec<CodedEvent>, t: f32| x.gate.judge(&a, &entities, evs, &x.cameo, t);

        x.stance(&a, &entities, &events);
        assert!(handoff_pending());
        assert_eq!(
            x.gate(&a, &entities, events.clone(), 0.0),
            fresh(events.clone(), 0.0)
        );
        assert!(!handoff_pending(), "a handoff is used once");

        // Other events: judged, not the handed-over verdicts.
        x.stance(&a, &entities, &events);
        let fewer = events[1..].to_vec();
        assert_eq!(x.gate(&a, &entities, fewer.clone(), 0.0), fresh(fewer, 0.0));

        // Another threshold: judged again, its own verdicts.
        x.stance(&a, &entities, &events);
        let strict = fresh(events.clone(), 0.99);
        assert!(strict.iter().all(|j| !j.emitted()));
        assert_eq!(x.gate(&a, &entities, events, 0.99), strict);
    }
}
