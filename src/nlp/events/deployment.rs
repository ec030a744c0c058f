//! Forces sent to another state to help it: "X sent troops to Y to help it patrol", "X has
//! offered to send soldiers to Y to train its army". The verb dictionary codes sending troops
//! as a force posture (CAMEO 15x, its offer as a threat, 138) whose object is the source's
//! own troops, and the gate drops it (no addressee). When the troops go "to" a state other
//! than the source's and the rest of the sentence says they go to help (a purpose, a
//! request, a peacekeeping role: `data/lexicon/deployment_words.tsv`), the act is military
//! aid or protection to that state (074), and its offer an intent to give it (0332).
use crate::nlp::lexicon::kind_rows;
use std::collections::HashSet;
use std::sync::OnceLock;

use super::actors::ActorMap;

const WORDS: &str = include_str!("../../../data/lexicon/deployment_words.tsv");

/// How many tokens after the trigger the destination's "to" may come ("sent a unit of
/// police officers to …").
const TO_REACH: usize = 10;

/// How many tokens after "to" the destination state may be named ("to the peacekeeping
/// force in Y").
const STATE_REACH: usize = 8;

struct Words {
    verbs: HashSet<&'static str>,
    arrive: HashSet<&'static str>,
    help: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = Words {
            verbs: HashSet::new(),
            arrive: HashSet::new(),
            help: HashSet::new(),
        };
        for (kind, v) in kind_rows(WORDS) {
            match kind {
                "verb" => w.verbs.insert(v),
                "help" => w.help.insert(v),
                "arrive" => w.arrive.insert(v),
                _ => false,
            };
        }
        w
    })
}

/// Whether the trigger's last word is an arrival ("arrived").
fn arrival(trigger: &str) -> bool {
    let lower = trigger.to_lowercase();
    lower
        .split_whitespace()
        .last()
        .is_some_and(|w| words().arrive.contains(w))
}

/// The code of troops sent to help: material aid for a posture, an intent for its offer;
/// `None` for any other code (a threat named as one stays a threat).
fn help_code(code: &str, trigger: &str) -> Option<&'static str> {
    let lower = trigger.to_lowercase();
    let last = lower.split_whitespace().last()?;
    if arrival(trigger) {
        // Troops that arrive in a state to help it are its aid, not a visit (04x).
        return (crate::nlp::cameo::root(code) == Some(4)).then_some("074");
    }
    if !words().verbs.contains(last) {
        return None;
    }
    match crate::nlp::cameo::root(code) {
        Some(15) => Some("074"),
        Some(13) if code == "138" && !lower.contains("threat") && !lower.contains("warn") => {
            Some("0332")
        }
        _ => None,
    }
}

/// The first state other than `own` named within reach after a "to" / "into" / "in" that
/// follows the trigger (the troops' destination; "arrived in Y").
fn destination(
    text: &str,
    toks: &[super::Tok],
    actors: &ActorMap,
    from: usize,
    own: &str,
) -> Option<String> {
    let after: Vec<&super::Tok> = toks.iter().filter(|t| t.span.start >= from).collect();
    let word = |t: &super::Tok| text.get(t.span.start..t.span.end).unwrap_or("");
    let to = after
        .iter()
        .take(TO_REACH)
        .position(|t| matches!(word(t), "to" | "into" | "in"))?;
    after[to + 1..]
        .iter()
        .take(STATE_REACH)
        .take_while(|t| !matches!(word(t), "," | "." | ";"))
        .filter_map(|t| t.mention.and_then(|m| actors.get(&m)))
        .flatten()
        .find(|a| !a.country.is_empty() && a.country != own)
        .map(|a| a.country.clone())
}

/// A word after the trigger says the troops go to help.
fn helping(text: &str, toks: &[super::Tok], from: usize) -> bool {
    toks.iter()
        .filter(|t| t.span.start >= from)
        .filter_map(|t| text.get(t.span.start..t.span.end))
        .any(|w| words().help.contains(w.to_lowercase().as_str()))
}

/// Recodes the sentence's force postures that send troops to help another state.
pub(super) fn forces_sent_to_help(
    events: &mut [super::CodedEvent],
    text: &str,
    toks: &[super::Tok],
    actors: &ActorMap,
) {
    for e in events {
        let trigger = text.get(e.trigger.start..e.trigger.end).unwrap_or("");
        let Some(code) = help_code(&e.cameo, trigger) else {
            continue;
        };
        let own = e.source.actor.country.clone();
        if own.is_empty() || crate::nlp::mentions::unplaced_code(&e.source.actor.code) {
            continue;
        }
        // Only forces arriving are aid; a leader who arrives is on a visit.
        let sector = &e.source.actor.sector;
        if code == "074" && arrival(trigger) && !(sector.contains("MIL") || sector.contains("COP"))
        {
            continue;
        }
        let Some(dest) = destination(text, toks, actors, e.trigger.end, &own) else {
            continue;
        };
        // The object is the troops (an agent of no country) or the destination itself.
        let object_ok = e.target.as_ref().is_none_or(|t| {
            crate::nlp::mentions::unplaced_code(&t.actor.code)
                || t.actor.code.is_empty()
                || t.actor.country == dest
        });
        if !object_ok || !helping(text, toks, e.trigger.end) {
            continue;
        }
        super::own_side::country_target(e, &dest);
        if e.modality == crate::nlp::Modality::Threatened {
            // The offer was read as a threat of force; an offer of help is an intention.
            e.modality = crate::nlp::Modality::Intended;
        }
        e.cameo = code.to_string();
        e.path
            .push_str("; target: the state the forces are sent to help");
    }
}
