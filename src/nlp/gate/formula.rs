//! A diplomatic formula of respect before a turn (branch falses2): "said it respects Y's
//! sovereignty, but asked Y to …", "respects the territorial integrity of Y but accused …".
//! Respect for a state's sovereignty or integrity, said before a "but", is the courtesy that
//! opens a request, a complaint or a refusal, not support for Y: the act after the turn is
//! the news, and the formula is a statement. Respect for a choice or a decision ("respects
//! Y's choice of partners") approves of what Y did and stays; so does the formula with no
//! turn after it. Lists: `respect_verb`, `respect_formula` and `formula_turn` of
//! `data/lexicon/gate_cues.txt`.
use super::clause::Clause;
use super::{cue_set, NlpError};
use crate::nlp::CodedEvent;

/// How many words after the trigger the respected object may reach its formula noun ("the
/// territorial integrity of", "Y's sovereignty").
const OBJECT_WINDOW: usize = 6;

/// CAMEO's root of verbal support (05).
const SUPPORT_ROOT: u8 = 5;

/// The cue sets of the rule.
pub(super) struct FormulaCues {
    verb: Vec<String>,
    noun: Vec<String>,
    turn: Vec<String>,
}

impl FormulaCues {
    pub(super) fn load() -> Result<Self, NlpError> {
        Ok(Self {
            verb: cue_set("respect_verb")?,
            noun: cue_set("respect_formula")?,
            turn: cue_set("formula_turn")?,
        })
    }

    /// Is the event a support read from a respect formula that a turn ("but") follows?
    pub(super) fn respect_preface(&self, ctx: &Clause<'_>, event: &CodedEvent) -> bool {
        if crate::nlp::cameo::root(&event.cameo) != Some(SUPPORT_ROOT) {
            return false;
        }
        let words = &ctx.words;
        let Some(at) = words.iter().position(|w| w.span.start >= ctx.trigger.start) else {
            return false;
        };
        if !self.verb.contains(&words[at].lower) {
            return false;
        }
        let object = words[at + 1..].iter().take(OBJECT_WINDOW);
        let Some(noun) = object
            .take_while(|w| !self.turn.contains(&w.lower))
            .position(|w| self.noun.contains(&w.lower))
        else {
            return false;
        };
        words[at + 1 + noun..]
            .iter()
            .any(|w| self.turn.contains(&w.lower))
    }
}
