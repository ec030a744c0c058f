//! A denial that names no accusation ("X denied that its troops had crossed", "denied
//! harbouring the rebels", "denies it"): CAMEO's 016 has no PLOVER type, yet the denial
//! answers an accusation the story told against the denier's side, and the news gold codes
//! such an answer as a rejection (120) of the accuser. The accusation is the latest
//! criticism or accusation (11x) of the reaction window aimed at the denier's side by
//! another side; when the window holds such acts from two sides, or the latest has no
//! placed author, whom the denial answers is unknown and it stays a statement. A denial of
//! a noun the reaction rule reads ("denied the charge", `reactions.rs`) is left to it.
use super::reactions::{aimed_at_reactor, counts, placed, told_before};
use super::*;

/// Gives each untargeted denial left by the reaction rule the accuser it answers.
pub(super) fn answer_denials(text: &str, out: &mut [CodedEvent]) {
    for i in 0..out.len() {
        let Some(accuser) = accuser(text, &out[..i], &out[i]) else {
            continue;
        };
        let e = &mut out[i];
        e.target = Some(accuser);
        e.cameo = REJECT.to_string();
        e.path
            .push_str("; a denial answering the latest accusation: rejection of the accuser");
    }
}

/// The accuser a denial `e` answers, if it is a denial with no target of its own.
fn accuser(text: &str, earlier: &[CodedEvent], e: &CodedEvent) -> Option<Participant> {
    let untargeted = e.target.as_ref().is_none_or(|t| !placed(t));
    if e.cameo != DENY || !untargeted || !placed(&e.source) || names_an_act(text, e) {
        return None;
    }
    let accusations: Vec<&CodedEvent> = earlier.iter().filter(|a| accusation_of(a, e)).collect();
    let last = accusations.last()?;
    let one_side = accusations
        .iter()
        .all(|a| a.source.actor.side() == last.source.actor.side());
    (one_side && placed(&last.source)).then(|| last.source.clone())
}

/// `a` accuses or criticises the denier's side, told before the denial in its window by
/// another side or by an author the text did not place (who may be anyone, and so makes
/// the accuser unknown when the latest). Only an accusation made, asserted or reported: one
/// announced ("would challenge the deal in court") has not yet been answered.
fn accusation_of(a: &CodedEvent, e: &CodedEvent) -> bool {
    crate::nlp::cameo::root(&a.cameo) == Some(ACCUSE)
        && matches!(a.modality, Modality::Asserted | Modality::Reported)
        && counts(a)
        && told_before(a, e)
        && a.source.actor.side() != e.source.actor.side()
        && aimed_at_reactor(a, e) == Some(true)
}

/// The denial's object is an event noun of the reaction table ("denied the charge", "denied
/// any involvement"): the reaction rule's to resolve, or to leave. Or it is another definite
/// noun ("rejected the reports"): what is denied is the report, perhaps a third party's,
/// not an accusation the story told.
fn names_an_act(text: &str, e: &CodedEvent) -> bool {
    let definite = super::reactions::words_after(text, e.trigger)
        .next()
        .is_some_and(|w| DEFINITE.contains(&w.to_lowercase().as_str()));
    definite || super::reactions::reaction_noun_after(text, e.trigger)
}

/// Determiners of a definite object.
const DEFINITE: [&str; 5] = ["the", "this", "these", "those", "such"];
