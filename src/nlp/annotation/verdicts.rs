//! The gate's verdicts on one article kept on the thread that made them. The stance stage
//! judges the coder's events to weigh them, and the events stage judges the same events
//! again to decide what is emitted (the verdicts do not travel between Kafka workers). The
//! gate is deterministic, so where both stages run on one thread (`annotate`, `run`) the
//! second takes the first's verdicts when its inputs are equal to the first's; elsewhere
//! nothing equal is found and the gate runs. At most one article is kept per thread.
use crate::nlp::gate::Judged;
use crate::nlp::{ArticleText, CodedEvent, EntityAnalysis};
use chrono::NaiveDate;
use std::cell::RefCell;

/// Everything [`crate::nlp::gate::Gate::judge`] reads, and what it answered.
struct Verdicts {
    id: String,
    text: String,
    published: Option<NaiveDate>,
    entities: EntityAnalysis,
    events: Vec<CodedEvent>,
    min_confidence: f32,
    judged: Vec<Judged>,
}

impl Verdicts {
    fn answers(
        &self,
        article: &ArticleText,
        entities: &EntityAnalysis,
        events: &[CodedEvent],
        min_confidence: f32,
    ) -> bool {
        self.min_confidence.to_bits() == min_confidence.to_bits()
            && self.published == article.published
            && self.id == article.id
            && self.text == article.text
            && self.events == events
            && self.entities == *entities
    }
}

thread_local! {
    static KEPT: RefCell<Option<Verdicts>> = const { RefCell::new(None) };
}

/// Keeps the verdicts `judged` the gate gave on these inputs (replacing any kept before).
pub(super) fn keep(
    article: &ArticleText,
    entities: &EntityAnalysis,
    events: &[CodedEvent],
    min_confidence: f32,
    judged: &[Judged],
) {
    let verdicts = Verdicts {
        id: article.id.to_string(),
        text: article.text.to_string(),
        published: article.published,
        entities: entities.clone(),
        events: events.to_vec(),
        min_confidence,
        judged: judged.to_vec(),
    };
    KEPT.with(|k| *k.borrow_mut() = Some(verdicts));
}

/// The kept verdicts, if they were given on inputs equal to these (taken: used once).
pub(super) fn take(
    article: &ArticleText,
    entities: &EntityAnalysis,
    events: &[CodedEvent],
    min_confidence: f32,
) -> Option<Vec<Judged>> {
    KEPT.with(|k| {
        let mut k = k.borrow_mut();
        let fits = k
            .as_ref()
            .is_some_and(|v| v.answers(article, entities, events, min_confidence));
        if fits {
            k.take().map(|v| v.judged)
        } else {
            None
        }
    })
}
