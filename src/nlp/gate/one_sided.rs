//! Rule 6's target half: the CAMEO codes whose event is complete without a named target
//! (`data/lexicon/one_sided_cameo.tsv`), and the condition a row may put on the trigger's
//! object. `own-forces`: an object that is an agent of no country is the source's own troops
//! read as the addressee, so the event is dropped. `investigation`: the code is one-sided only
//! when what the trigger acts on is an investigation ("launched an investigation", "opened
//! fraud inquiries"): the investigated is an incident or suspects, rarely a coded actor,
//! while a verb the dictionary files under the same code ("checked", "dug", "used") has an
//! addressee the coder did not find.
use super::clause::{Clause, Word};
use super::{cue_set, resolved, DropReason, NlpError, ONE_SIDED};
use crate::nlp::lexicon::List;
use crate::nlp::CodedEvent;

/// What a row asks of the trigger's object (the file's third column).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Object {
    Any,
    OwnForces,
    Investigation,
}

/// The one-sided codes and what each asks of its object; loaded once with the gate.
pub(super) struct OneSided {
    rows: Vec<(String, Object)>,
    /// Nouns naming an investigation (`investigation_noun` in `gate_cues.txt`).
    investigation: Vec<String>,
    /// Closed-class words that end a noun phrase read from the trigger on: a preposition,
    /// "to", "by", a conjunction or complementiser ("called for an inquiry" asks for one).
    phrase_end: Vec<&'static str>,
    /// Function words that may open the object's noun phrase ("an", "its").
    determiner: Vec<&'static str>,
}

/// Modifiers allowed between the determiner and the noun ("a full criminal investigation").
const MAX_MODIFIERS: usize = 2;

impl OneSided {
    pub(super) fn load() -> Result<Self, NlpError> {
        let rows = ONE_SIDED
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let cols: Vec<&str> = l.split('\t').collect();
                let object = match cols.get(2).map(|c| c.trim()) {
                    Some("own-forces") => Object::OwnForces,
                    Some("investigation") => Object::Investigation,
                    _ => Object::Any,
                };
                (cols[0].to_string(), object)
            })
            .collect();
        let phrase_end = List::ClosedWords.words_of(&[
            "prep",
            "to",
            "by",
            "conj",
            "compl",
            "subord",
            "time-prep",
        ]);
        Ok(Self {
            rows,
            investigation: cue_set("investigation_noun")?,
            phrase_end,
            determiner: List::ClosedWords.words("det"),
        })
    }

    /// The row whose prefix starts `code`, if any.
    fn row(&self, code: &str) -> Option<Object> {
        self.rows
            .iter()
            .find(|(p, _)| code.starts_with(p.as_str()))
            .map(|r| r.1)
    }

    /// A target that is not resolved: allowed only for a one-sided code whose condition on
    /// the object holds, and not when the object is people of another country.
    pub(super) fn target_failure(
        &self,
        event: &CodedEvent,
        ctx: &Clause<'_>,
    ) -> Option<(DropReason, String)> {
        let target = event.target.as_ref().map_or("", |t| t.actor.code.as_str());
        if resolved(target) {
            return own_state_pair(event).then(|| {
                let why = "the target is the source's own state: a state does not act on itself";
                (DropReason::TargetUnresolved, why.into())
            });
        }
        let Some(object) = self.row(&event.cameo) else {
            let why = format!("no target, and CAMEO {} is not one-sided", event.cameo);
            return Some((DropReason::TargetUnresolved, why));
        };
        if crate::nlp::events::foreign_party_unresolved(&event.path) {
            let why = "people of another country acted on, their side not resolved".into();
            return Some((DropReason::TargetUnresolved, why));
        }
        match object {
            Object::OwnForces if !target.is_empty() => {
                let why = format!(
                    "the object of CAMEO {} is an agent of no country: the source's own forces \
                     read as the addressee",
                    event.cameo
                );
                Some((DropReason::TargetUnresolved, why))
            }
            Object::Investigation if !self.opens_investigation(ctx) => {
                let why = format!(
                    "no target, and CAMEO {} is one-sided only for an investigation opened",
                    event.cameo
                );
                Some((DropReason::TargetUnresolved, why))
            }
            _ => None,
        }
    }

    /// Is the trigger's object an investigation: right after it, an optional determiner, at
    /// most [`MAX_MODIFIERS`] open-class words, and an investigation noun, with no clause
    /// break between ("launched an investigation", "opened fraud investigations")?
    fn opens_investigation(&self, ctx: &Clause<'_>) -> bool {
        let after: Vec<&Word> = ctx
            .words
            .iter()
            .filter(|w| w.span.start >= ctx.trigger.end)
            .collect();
        let opens = |w: &&Word| self.determiner.contains(&w.lower.as_str());
        let skip = usize::from(after.first().is_some_and(opens));
        for w in after.iter().skip(skip).take(MAX_MODIFIERS + 1) {
            if self.investigation.contains(&w.lower) {
                return true;
            }
            if w.comma_after || self.phrase_end.contains(&w.lower.as_str()) {
                return false;
            }
        }
        false
    }
}

/// Source and target are one state in a meeting, a call or a stated intent (CAMEO 03–04):
/// the same code, or the bare country on one side and its government or armed forces on the
/// other ("Her Ruritanian counterpart telephoned her", coded RUR ↔ RURGOV). A state's
/// government, its forces and the state are one party, and no party meets or promises
/// itself, so such a pair is a resolution error. Material acts stay: a government's forces
/// striking a town of their own country, or its police arresting or releasing its own
/// people, are events whose target the text gave only as the country.
fn own_state_pair(event: &CodedEvent) -> bool {
    let Some(target) = event.target.as_ref() else {
        return false;
    };
    if !matches!(crate::nlp::cameo::root(&event.cameo), Some(3 | 4)) {
        return false;
    }
    let (s, t) = (&event.source.actor, &target.actor);
    if s.country.is_empty() || s.country != t.country {
        return false;
    }
    let sector = |code: &str| code.strip_prefix(s.country.as_str()).map(str::to_string);
    let (Some(ss), Some(ts)) = (sector(&s.code), sector(&t.code)) else {
        return false;
    };
    let state = |x: &str| matches!(x, "" | "GOV" | "MIL" | "GOVMIL");
    state(&ss) && state(&ts) && (ss == ts || ss.is_empty() || ts.is_empty())
}
