//! Clauses that tell how things stand rather than what happened (branch precision8):
//! the terms of an agreement ("Under the deal, X will supply Y"), a relation built over time
//! ("has deepened ties with"), and a speech verb coded as a material act ("said the arrests
//! were unacceptable" judges an act; saying is no arrest).
use super::{lexicon, phrase_at, Clause, CodedEvent, NlpError, CUES};

/// The cue sets of these rules (`data/lexicon/gate_cues.txt`).
pub(super) struct StandingCues {
    terms: Vec<String>,
    future: Vec<String>,
    relation: Vec<String>,
    perfect: Vec<String>,
    gradual: Vec<String>,
}

impl StandingCues {
    pub(super) fn load() -> Result<Self, NlpError> {
        let set = |name: &'static str| -> Result<Vec<String>, NlpError> {
            lexicon::cue_line(CUES, name).ok_or(NlpError::BuiltinData {
                name: "data/lexicon/gate_cues.txt",
                message: format!("no `{name}:` line"),
            })
        };
        Ok(Self {
            terms: set("terms")?,
            future: set("future")?,
            relation: set("relation")?,
            perfect: set("perfect")?,
            gradual: set("gradual")?,
        })
    }

    /// Why the event is a standing state, not news, if it is.
    pub(super) fn standing(&self, ctx: &Clause<'_>) -> Option<String> {
        if self.agreement_term(ctx) {
            return Some(
                "a term of an agreement (\"under the deal, X will\"), not a new act".into(),
            );
        }
        if self.standing_relation(ctx) {
            return Some("a relation built over time (\"has deepened ties\"), not news".into());
        }
        None
    }

    /// "Under the agreement, Turkey will train officers": the sentence opens with "under" and
    /// an agreement noun before the first comma, the trigger follows that comma, and its
    /// auxiliaries are future.
    fn agreement_term(&self, ctx: &Clause<'_>) -> bool {
        let before = ctx.before_trigger();
        let Some(comma) = before.iter().position(|w| w.comma_after) else {
            return false;
        };
        let opener = &before[..=comma];
        opener.first().is_some_and(|w| w.lower == "under")
            && opener.len() <= 5
            && opener.iter().any(|w| self.terms.contains(&w.lower))
            && self.aux_has(ctx, &self.future)
    }

    /// "X has deepened ties with Y": a verb of gradual growth under a perfect whose clause names
    /// a relation noun.
    fn standing_relation(&self, ctx: &Clause<'_>) -> bool {
        let trigger = ctx.trigger_text().to_lowercase();
        let verb = trigger.split_whitespace().next().unwrap_or("");
        self.gradual.iter().any(|g| g == verb)
            && self.aux_has(ctx, &self.perfect)
            && ctx
                .words
                .iter()
                .skip(ctx.before_trigger().len())
                .take_while(|w| !w.comma_after)
                .take(4)
                .any(|w| self.relation.contains(&w.lower))
    }

    fn aux_has(&self, ctx: &Clause<'_>, cues: &[String]) -> bool {
        let aux = ctx.aux_chain();
        (0..aux.len()).any(|i| cues.iter().any(|c| phrase_at(aux, i, c)))
    }
}

/// "said the arrests were unacceptable": a speech verb coded with a material act's code
/// (protest, force posture, coercion, assault, fighting, mass violence: CAMEO 14, 15, 17–20)
/// judges an act; the act is not the speaker's.
pub(super) fn speech_as_force(
    attribution: &[String],
    ctx: &Clause<'_>,
    event: &CodedEvent,
) -> bool {
    let material = matches!(
        crate::nlp::cameo::root(&event.cameo),
        Some(14 | 15 | 17..=20)
    );
    let trigger = ctx.trigger_text().to_lowercase();
    let first = trigger.split_whitespace().next().unwrap_or("");
    material && attribution.iter().any(|a| a == first)
}
