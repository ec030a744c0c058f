//! A domestic voice's verdict on its own state's dealings (branch falses5).
//!
//! "The two governments signed an agreement … The opposition criticised the deal": an
//! opposition, a legislature, a party or a union that praises or criticises an act its own
//! state did with a foreign party addresses its own government, which made the deal, not the
//! foreign signatory. When the parse finds no addressee in the reaction's own clause and the
//! coder takes the target from the story (the author of "the deal", the source's one partner
//! so far), the foreign party it lands on is a wrong target; the gate drops the event rather
//! than let it say that the opposition attacked the foreign state. A target the clause itself
//! names ("the opposition accused Y of meddling") is left alone, and so is a verdict on an act
//! the own state had no part in.
use super::{DropReason, Judged};
use crate::nlp::CodedEvent;

/// The path note of an event whose clause gave it no target (the coder may fill one later
/// from the story; `events/*.rs` append the rule's own note).
const NO_CLAUSE_TARGET: &str = "target: none";

/// Drops every emitted domestic voice's praise or criticism whose target came from the story
/// and is the foreign party of an earlier act between the voice's own state and that party.
pub(super) fn mark(judged: &mut [Judged]) {
    for i in 0..judged.len() {
        let (before, rest) = judged.split_at_mut(i);
        let j = &mut rest[0];
        let dealt = |b: &Judged| own_state_dealt_with_target(&j.event, &b.event);
        if j.emitted() && verdict_on_foreign_party(&j.event) && before.iter().any(dealt) {
            j.failed.push(DropReason::TargetUnresolved);
            j.why = "a domestic voice's verdict on its own state's dealings with the target: \
                     addressed to its own government, not the foreign party"
                .into();
        }
    }
}

/// A praise (05) or criticism (11) by an opposition, legislature, party or union of a
/// country, with a placed target of another country that its own clause did not give.
fn verdict_on_foreign_party(e: &CodedEvent) -> bool {
    let root = crate::nlp::cameo::root(&e.cameo);
    let src = &e.source.actor;
    let Some(target) = e.target.as_ref().map(|t| &t.actor) else {
        return false;
    };
    matches!(root, Some(5 | 11))
        && !src.country.is_empty()
        && src
            .code
            .strip_prefix(src.country.as_str())
            .is_some_and(domestic_voice)
        && !target.country.is_empty()
        && target.country != src.country
        && e.path.contains(NO_CLAUSE_TARGET)
}

/// The sectors that speak in a state's domestic politics without acting for the state.
fn domestic_voice(sector: &str) -> bool {
    matches!(sector, "OPP" | "LEG" | "PTY" | "LAB")
}

/// Is `earlier` an act between the voice's own state and the event's target country, in
/// either direction (the deal, visit or talks the voice reacts to)?
fn own_state_dealt_with_target(e: &CodedEvent, earlier: &CodedEvent) -> bool {
    let own = e.source.actor.country.as_str();
    let Some(foreign) = e.target.as_ref().map(|t| t.actor.country.as_str()) else {
        return false;
    };
    let Some(other) = earlier.target.as_ref().map(|t| t.actor.country.as_str()) else {
        return false;
    };
    let by = earlier.source.actor.country.as_str();
    let state = |code: &str| {
        code.strip_prefix(own)
            .or_else(|| code.strip_prefix(foreign))
            .is_some_and(super::domestic_measure::state_institution)
    };
    ((by == own && other == foreign) || (by == foreign && other == own))
        && state(&earlier.source.actor.code)
}
