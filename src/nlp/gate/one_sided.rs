//! Rule 6's target half: the CAMEO codes whose event is complete without a named target
//! (`data/lexicon/one_sided_cameo.tsv`), and the condition a row may put on the trigger's
//! object. `own-forces`: an object that is an agent of no country is the source's own troops
//! read as the addressee, so the event is dropped, unless the trigger mobilises them and the
//! sentence names no other party ("mobilised the army"). `alone`: one-sided only in a
//! sentence that names no party of another side ("released two journalists"). A noun class (`investigation`, `arms`,
//! `access`): the code is one-sided only when what the trigger acts on is a noun of that class
//! ("launched an investigation", "agreed to lay down their arms", "agreed to allow humanitarian
//! access"): what is investigated, disarmed or let in is rarely a coded actor, while another
//! verb the dictionary files under the same code ("checked", "agreed to a ceasefire") has an
//! addressee the coder did not find. For a refusal to lift a measure, a mediation or refugees
//! turned away, a clause that names a placed party other than the source's ("refuses to lift
//! sanctions to bring Y to the table") gives the act an addressee the coder did not attach:
//! then the noun class does not make it one-sided.
use super::clause::{Clause, Word};
use super::domestic_measure::{same_state_sectors, state_institution};
use super::{cue_set, resolved, DropReason, NlpError, ONE_SIDED};
use crate::nlp::lexicon::List;
use crate::nlp::{CodedEvent, EntityAnalysis};

/// What a row asks of the trigger's object (the file's third column).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Object {
    Any,
    OwnForces,
    /// One-sided only in a sentence that names no party of another side (`alone`).
    Alone,
    /// A noun class: an index into [`OneSided::nouns`].
    Noun(usize),
}

/// A noun class a row may name: its name, its line in `gate_cues.txt`, the act `why` names,
/// and whether a placed party the clause names is the act's addressee (the sanctioned state,
/// the mediated sides: then the act is not one-sided). What is investigated, disarmed or let
/// in is not addressed by a state the clause names as a place ("an investigation into abuses
/// in Y").
struct NounClass {
    name: &'static str,
    line: &'static str,
    act: &'static str,
    named_party_addressed: bool,
}

const fn class(
    name: &'static str,
    line: &'static str,
    act: &'static str,
    named_party_addressed: bool,
) -> NounClass {
    NounClass {
        name,
        line,
        act,
        named_party_addressed,
    }
}

const NOUN_CLASSES: [NounClass; 6] = [
    class(
        "investigation",
        "investigation_noun",
        "an investigation opened",
        false,
    ),
    class("arms", "arms_noun", "arms laid down", false),
    class("access", "access_noun", "access allowed", false),
    class("held", "held_noun", "a measure or strike held", true),
    class("mediation", "mediation_noun", "a mediation effort", true),
    class("refugees", "refugee_noun", "refugees turned away", true),
];

/// The one-sided codes and what each asks of its object; loaded once with the gate.
pub(super) struct OneSided {
    rows: Vec<(String, Object)>,
    /// The nouns of each class of [`NOUN_CLASSES`], in its order.
    nouns: Vec<Vec<String>>,
    /// Closed-class words that end a noun phrase read from the trigger on: a preposition,
    /// "to", "by", a conjunction or complementiser ("called for an inquiry" asks for one).
    phrase_end: Vec<&'static str>,
    /// Function words that may open the object's noun phrase ("an", "its").
    determiner: Vec<&'static str>,
    /// Verbs of mobilisation (`mobilise_verb` in `gate_cues.txt`).
    mobilise: Vec<String>,
}

/// Modifiers allowed between the determiner and the noun ("a full criminal investigation").
const MAX_MODIFIERS: usize = 2;

/// The condition a row's third column names; a name no class has is an error in the data,
/// not a code left one-sided with no condition.
fn object_of(column: Option<&str>) -> Result<Object, NlpError> {
    match column.map(str::trim) {
        None | Some("") => Ok(Object::Any),
        Some("own-forces") => Ok(Object::OwnForces),
        Some("alone") => Ok(Object::Alone),
        Some(class) => NOUN_CLASSES
            .iter()
            .position(|c| c.name == class)
            .map(Object::Noun)
            .ok_or_else(|| NlpError::BuiltinData {
                name: "data/lexicon/one_sided_cameo.tsv",
                message: format!("unknown object condition `{class}`"),
            }),
    }
}

impl OneSided {
    pub(super) fn load() -> Result<Self, NlpError> {
        let rows = ONE_SIDED
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let cols: Vec<&str> = l.split('\t').collect();
                Ok((cols[0].to_string(), object_of(cols.get(2).copied())?))
            })
            .collect::<Result<_, NlpError>>()?;
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
            nouns: NOUN_CLASSES
                .iter()
                .map(|c| cue_set(c.line))
                .collect::<Result<_, _>>()?,
            phrase_end,
            determiner: List::ClosedWords.words("det"),
            mobilise: cue_set("mobilise_verb")?,
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
        entities: &EntityAnalysis,
    ) -> Option<(DropReason, String)> {
        let target = event.target.as_ref().map_or("", |t| t.actor.code.as_str());
        if resolved(target) {
            if super::domestic_measure::own_ground(event) {
                let why = "a state's closure of its own ground or institutions: domestic";
                return Some((DropReason::TargetUnresolved, why.into()));
            }
            return own_state_pair(event).then(|| {
                let why = "the target is the source's own state: a state does not act on itself";
                (DropReason::TargetUnresolved, why.into())
            });
        }
        if let Some(why) = super::domestic_measure::untargeted(event) {
            return Some((DropReason::TargetUnresolved, why.into()));
        }
        let Some(object) = self.row(&event.cameo) else {
            let why = format!(
                "{}, and CAMEO {} is not one-sided",
                missing_target(target),
                event.cameo
            );
            return Some((DropReason::TargetUnresolved, why));
        };
        if crate::nlp::events::foreign_party_unresolved(&event.path) {
            let why = "people of another country acted on, their side not resolved".into();
            return Some((DropReason::TargetUnresolved, why));
        }
        match object {
            Object::OwnForces if !target.is_empty() => {
                if self.mobilised(ctx) && !other_party_named(event, entities) {
                    return None;
                }
                let why = format!(
                    "the object of CAMEO {} is an agent of no country: the source's own forces \
                     read as the addressee, or mobilised facing a party the sentence names",
                    event.cameo
                );
                Some((DropReason::TargetUnresolved, why))
            }
            // "held drills around the island", "withdrew its forces from the base at Y": a
            // posture or retreat with no target, in a sentence that names a party of another
            // side, faces or leaves that party; the coder missed it, and the act is not
            // one-sided (as a mobilisation with a named party, above; branch precision27)
            Object::OwnForces if other_party_named(event, entities) => {
                let why = format!(
                    "no target, and CAMEO {} faces the party of another side the sentence \
                     names",
                    event.cameo
                );
                Some((DropReason::TargetUnresolved, why))
            }
            Object::Alone if other_party_named(event, entities) => {
                let why = format!(
                    "{}, and CAMEO {} is one-sided only where the sentence names no party of \
                     another side",
                    missing_target(target),
                    event.cameo
                );
                Some((DropReason::TargetUnresolved, why))
            }
            Object::Noun(class) if !self.object_is(class, ctx) => {
                let why = format!(
                    "{}, and CAMEO {} is one-sided only for {}",
                    missing_target(target),
                    event.cameo,
                    NOUN_CLASSES[class].act
                );
                Some((DropReason::TargetUnresolved, why))
            }
            Object::Noun(class)
                if NOUN_CLASSES[class].named_party_addressed
                    && crate::nlp::events::offers_other_side(event) =>
            {
                let why = format!(
                    "{}, and the clause names another party the act may be addressed to",
                    missing_target(target)
                );
                Some((DropReason::TargetUnresolved, why))
            }
            _ => None,
        }
    }

    /// Is the trigger a verb of mobilisation ("mobilised the army", "has mobilized troops")?
    /// Its object is the source's own forces called up, with no destination to miss, unlike
    /// "deployed troops" or "withdrew its soldiers", whose place the coder did not find.
    fn mobilised(&self, ctx: &Clause<'_>) -> bool {
        let trigger = ctx.trigger_text().to_lowercase();
        let first = trigger.split_whitespace().next().unwrap_or("");
        self.mobilise.iter().any(|m| m == first)
    }

    /// Is the trigger's object a noun of `class`: right after it, an optional determiner, at
    /// most [`MAX_MODIFIERS`] open-class words, and a noun of the class, with no clause break
    /// between ("launched an investigation", "opened fraud investigations", "lay down their
    /// arms")? A capitalised modifier names a party ("allow IAEA access"), and a plural one
    /// heads a phrase of its own ("allow the inspectors access": English pre-modifiers are
    /// singular): either is an addressee the coder did not find, so the object does not count.
    fn object_is(&self, class: usize, ctx: &Clause<'_>) -> bool {
        let after: Vec<&Word> = ctx
            .words
            .iter()
            .filter(|w| w.span.start >= ctx.trigger.end)
            .collect();
        let opens = |w: &&Word| self.determiner.contains(&w.lower.as_str());
        let skip = usize::from(after.first().is_some_and(opens));
        for w in after.iter().skip(skip).take(MAX_MODIFIERS + 1) {
            if self.nouns[class].contains(&w.lower) {
                return true;
            }
            let named = w.text.starts_with(|c: char| c.is_uppercase());
            let party = named || plural_noun(&w.lower);
            if party || w.comma_after || self.phrase_end.contains(&w.lower.as_str()) {
                return false;
            }
        }
        false
    }
}

/// How an unresolved target is missing, for `annotate --explain`: none found, or found as an
/// agent of no country ("the rebels" → `---REB`), which the drop metric counts alike but a
/// reader fixes differently (a missed party against a party with no state).
fn missing_target(code: &str) -> String {
    if code.is_empty() {
        "no target".into()
    } else {
        format!("target {code} has no country")
    }
}

/// Does the event's sentence name an actor placed on a side other than the source's: a state
/// (as a party or as a place: "against Y", "along the border with Y"), its agents, a people,
/// an international body? Troops mobilised or people freed in such a sentence face or answer
/// that side, wherever the parse hangs it, so the act is not one-sided.
fn other_party_named(event: &CodedEvent, entities: &EntityAnalysis) -> bool {
    let own = event.source.actor.side();
    entities
        .mentions
        .iter()
        .filter(|m| m.sentence == event.sentence)
        .filter_map(|m| m.actor.as_ref())
        .any(|a| {
            let side = a.side();
            !side.is_empty() && side != own && !crate::nlp::mentions::unplaced_code(&a.code)
        })
}

/// Source and target are one state in an appeal, a stated intent, a meeting or a call
/// (CAMEO 02–04): the same code, the government and its own defence office (GOV, GOVMIL),
/// or the bare country on one side and one of its state institutions (government, armed forces, police, courts, intelligence) on the other ("Her
/// Ruritanian counterpart telephoned her", coded RUR ↔ RURGOV; "both sides said they would
/// expand police cooperation", RUR → RURCOP). A state and its institutions are one party,
/// and no party meets, asks or promises itself, so such a pair is a resolution error.
/// Support (05) stays: a minister defending the country's own record is verbal cooperation
/// in the ConfliBERT labels. Material acts stay: a government's forces striking a town of
/// their own country, or its police arresting or releasing its own people, are events whose
/// target the text gave only as the country. So do parties that are not the state's
/// institutions (its legislature, opposition, rebels, unions: "lawmakers called on the
/// government").
/// A demand or an order (CAMEO 10) from a state institution to another of the same state,
/// or to its own nationals, goes too, whatever the two sectors: "the president ordered the
/// military to keep a firm posture" is a command inside one state, not an act between
/// parties (branch precision27), and a demand "for" a state's own people is addressed to
/// whoever holds them.
fn own_state_pair(event: &CodedEvent) -> bool {
    let root = crate::nlp::cameo::root(&event.cameo);
    if !matches!(root, Some(2..=4 | 10)) {
        return false;
    }
    let Some((ss, ts)) = same_state_sectors(event) else {
        return false;
    };
    let state = state_institution;
    if root == Some(10) {
        return state(&ss) && (state(&ts) || own_nationals(&ts));
    }
    // one code the start of the other: the same, the bare country (""), or the government
    // and its own defence office ("GOV", "GOVMIL": "Turkey's defence minister, Yasar Guler,
    // telephoned …" read as TURGOVMIL ↔ TURGOV); the government and its armed forces
    // ("GOV", "MIL") stay two
    state(&ss) && state(&ts) && (ss.starts_with(ts.as_str()) || ts.starts_with(ss.as_str()))
}

/// A state's own people as a sector: civilians, a people, refugees, journalists. A demand
/// "for" them ("demanded consular access to a Belgian journalist") is put to whoever holds
/// them; read as its target, the demand is a resolution error.
fn own_nationals(sector: &str) -> bool {
    matches!(sector, "CVL" | "PPL" | "REF" | "MED")
}

/// A word in the plural form of a noun: a final "s" that is no part of "-ss", "-us" or "-is"
/// ("inspectors", not "various", "chassis", "cross"), and no possessive ("the agency's").
fn plural_noun(lower: &str) -> bool {
    let apostrophe = lower.contains(['\'', '’']);
    lower.len() > 3
        && lower.ends_with('s')
        && !apostrophe
        && !["ss", "us", "is"].iter().any(|e| lower.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::plural_noun;

    #[test]
    fn a_plural_noun_is_told_from_adjectives_and_possessives() {
        for w in ["inspectors", "workers", "agencies"] {
            assert!(plural_noun(w), "{w}");
        }
        for w in [
            "humanitarian",
            "various",
            "chassis",
            "cross",
            "agency's",
            "full",
        ] {
            assert!(!plural_noun(w), "{w}");
        }
    }
}
