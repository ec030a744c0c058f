//! The hook run after the rule coder: per sentence, add one generic event where the
//! rules coded nothing and the classifier is confident, or recode the rules' strongest
//! event where the classifier confidently says its quad class is wrong.

use super::{QuadClassifier, QUAD_CLASSES};
use crate::nlp::cameo::{self, CameoTable};
use crate::nlp::{ArticleText, CodedEvent, EntityAnalysis, EntityType, Modality, Participant};
use serde::{Deserialize, Serialize};

/// The CAMEO code emitted for each Phoenix quad class: the "not specified below" code of
/// the class's most generic root, since the classifier knows the class, not the act.
///
/// * 0 (roots 01–02) `010` make statement: the neutral verbal act that 01–02 sentences
///   mostly are (02 "appeal" would claim a request nobody may have made).
/// * 1 (03–05) `040` consult: the middle root of verbal cooperation; 03 claims an
///   intent, 05 a diplomatic act (recognition, agreement) the text may not contain.
/// * 2 (06–08) `060` engage in material cooperation, not specified.
/// * 3 (09–13, 16) `110` disapprove, not specified: the mildest verbal-conflict root
///   after 09 "investigate", and the commonest in news (criticise, accuse, blame).
/// * 4 (14, 15, 17–20) `190` use conventional military force: most material-conflict
///   sentences in news report fighting, attacks and casualties.
pub const GENERIC_CODES: [&str; QUAD_CLASSES] = ["010", "040", "060", "110", "190"];

/// Phoenix quad class of a CAMEO code: 0 = roots 01–02, 1 = 03–05, 2 = 06–08,
/// 3 = 09–13 and 16, 4 = 14, 15, 17–20. (Not GDELT's QuadClass of `cameo::quad_class`.)
pub fn phoenix_quad(code: &str) -> Option<usize> {
    Some(match cameo::root(code)? {
        1 | 2 => 0,
        3..=5 => 1,
        6..=8 => 2,
        9..=13 | 16 => 3,
        _ => 4,
    })
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct RefineOptions {
    /// Add an event to a sentence the rules left empty when the top class probability
    /// reaches this.
    pub fill_threshold: f32,
    /// Recode the rules' strongest event when the classifier's top class differs from it
    /// with at least this probability (above 1: never).
    pub override_threshold: f32,
    /// Fill only sentences that name at least one actor (an event with no side is of
    /// little use downstream, and such sentences are where over-coding happens).
    pub require_actor: bool,
    /// Confidence given to an added or recoded event: this times the class probability.
    pub confidence_scale: f32,
}

impl Default for RefineOptions {
    fn default() -> Self {
        Self {
            fill_threshold: 0.7,
            override_threshold: 0.9,
            require_actor: true,
            confidence_scale: 0.3,
        }
    }
}

/// Runs after the rule coder. See the module doc; thresholds come with the classifier's
/// weights (chosen by cross-validation at training time).
pub fn refine(
    article: &ArticleText,
    entities: &EntityAnalysis,
    events: &mut Vec<CodedEvent>,
    classifier: &QuadClassifier,
) {
    refine_with(
        article,
        entities,
        events,
        classifier.options(),
        classifier.cameo(),
        |_, sentence| Some(classifier.predict(sentence)),
    );
}

/// [`refine`] with the class probabilities supplied by `probs(sentence_index, text)`
/// (`None`: no opinion). Used by cross-validation with precomputed probabilities.
pub fn refine_with(
    article: &ArticleText,
    entities: &EntityAnalysis,
    events: &mut Vec<CodedEvent>,
    options: &RefineOptions,
    cameo: &CameoTable,
    mut probs: impl FnMut(usize, &str) -> Option<[f32; QUAD_CLASSES]>,
) {
    let abs_g = |code: &str| cameo.goldstein(code).unwrap_or(0.0).abs();
    for (si, sentence) in entities.sentences.iter().enumerate() {
        let text = sentence.span.slice(article.text);
        if text.trim().is_empty() {
            continue;
        }
        // The rules' strongest event in this sentence: largest |Goldstein|, first on ties.
        let mut strongest: Option<(usize, f32)> = None;
        for (i, e) in events.iter().enumerate() {
            if e.sentence != si {
                continue;
            }
            let g = abs_g(&e.cameo);
            if strongest.is_none_or(|(_, best)| g > best) {
                strongest = Some((i, g));
            }
        }
        match strongest {
            None => {
                if options.fill_threshold > 1.0 {
                    continue;
                }
                let actors = actor_mentions(entities, si);
                if options.require_actor && actors.is_empty() {
                    continue;
                }
                let Some(p) = probs(si, text) else { continue };
                let (class, pc) = top(&p);
                if pc < options.fill_threshold {
                    continue;
                }
                let (source, target) = sides(article.text, entities, &actors);
                events.push(CodedEvent {
                    sentence: si,
                    source,
                    target,
                    cameo: GENERIC_CODES[class].to_string(),
                    trigger: sentence.span,
                    modality: Modality::Asserted,
                    speaker: None,
                    location: location(entities, si),
                    confidence: options.confidence_scale * pc,
                    path: "learned: sentence classifier".into(),
                });
            }
            Some((i, _)) => {
                if options.override_threshold > 1.0 {
                    continue;
                }
                let Some(p) = probs(si, text) else { continue };
                let (class, pc) = top(&p);
                if pc < options.override_threshold || phoenix_quad(&events[i].cameo) == Some(class)
                {
                    continue;
                }
                let e = &mut events[i];
                e.cameo = GENERIC_CODES[class].to_string();
                e.confidence = e.confidence.min(options.confidence_scale * pc);
            }
        }
    }
}

fn top(p: &[f32; QUAD_CLASSES]) -> (usize, f32) {
    let c = super::logreg::argmax(p);
    (c, p[c])
}

/// Mentions of the sentence that resolve to an actor, non-locations first, in order.
fn actor_mentions(entities: &EntityAnalysis, si: usize) -> Vec<usize> {
    let mut found: Vec<usize> = entities
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.sentence == si && m.actor.as_ref().is_some_and(|a| !a.code.is_empty()))
        .map(|(i, _)| i)
        .collect();
    found.sort_by_key(|&i| entities.mentions[i].entity_type == EntityType::Location);
    found
}

fn participant(text: &str, entities: &EntityAnalysis, mi: usize) -> Option<Participant> {
    let m = entities.mentions.get(mi)?;
    Some(Participant {
        actor: m.actor.clone()?,
        mention: Some(mi),
        text: m.span.slice(text).to_string(),
    })
}

/// Source: the first actor named (preferring people, organisations and nationalities to
/// places); target: the next one that is a different actor. No actor: empty source.
fn sides(
    text: &str,
    entities: &EntityAnalysis,
    actors: &[usize],
) -> (Participant, Option<Participant>) {
    let source = actors
        .first()
        .and_then(|&mi| participant(text, entities, mi));
    let target = source.as_ref().and_then(|s| {
        actors
            .iter()
            .skip(1)
            .filter_map(|&mi| participant(text, entities, mi))
            .find(|p| p.actor.code != s.actor.code)
    });
    let source = source.unwrap_or_else(|| Participant {
        actor: Default::default(),
        mention: None,
        text: String::new(),
    });
    (source, target)
}

fn location(entities: &EntityAnalysis, si: usize) -> Option<usize> {
    entities
        .mentions
        .iter()
        .position(|m| m.sentence == si && m.entity_type == EntityType::Location)
}
