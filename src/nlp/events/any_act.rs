//! The act a noun that can name any act refers back to ("rejected the decision", "welcomed
//! the move", "dismissed the letter", "called the incident a threat"), when the story told
//! no act of the noun's own kind. Such a noun names what another side did to the one
//! reacting: the latest act of the reaction's window by a side other than the reacting
//! side's and aimed at it, provided every such act of the window comes from one side (two
//! sides that pressed the reacting side leave "the decision" unknown). When no act was aimed
//! at it, a definite noun right after its report names the act just told: the latest act of
//! the same or the sentence before that fell on no placed party ("X's patrol boat ordered a
//! ship to leave, and Y called the incident a threat"), again of one side only. Statements,
//! negated, conditional and dated acts are no antecedent (`sole_partner::counts`).
use super::reactions::{aimed_at_reactor, placed, told_before_by_other_side};
use super::sole_partner::counts;
use super::*;

/// How many sentences back an act aimed at no one may lie for "the incident" to name it.
const NEAR: usize = 1;

/// The act "the decision" / "the move" of reaction `e` names, if one side's.
pub(super) fn antecedent<'a>(earlier: &'a [CodedEvent], e: &CodedEvent) -> Option<&'a CodedEvent> {
    let acts = || {
        earlier
            .iter()
            .filter(|a| told_before_by_other_side(a, e) && counts(a))
    };
    let aimed: Vec<&CodedEvent> = acts()
        .filter(|a| aimed_at_reactor(a, e) == Some(true))
        .collect();
    if !aimed.is_empty() {
        return one_side_latest(&aimed);
    }
    let near: Vec<&CodedEvent> = acts()
        .filter(|a| a.sentence + NEAR >= e.sentence)
        .filter(|a| !a.target.as_ref().is_some_and(placed))
        .collect();
    one_side_latest(&near)
}

/// The latest of `acts` when all come from one side; `None` when none or several.
fn one_side_latest<'a>(acts: &[&'a CodedEvent]) -> Option<&'a CodedEvent> {
    let last = acts.last()?;
    let side = last.source.actor.side();
    acts.iter()
        .all(|a| a.source.actor.side() == side)
        .then_some(*last)
}
