//! The act a noun that can name any act refers back to ("rejected the decision", "welcomed
//! the move", "dismissed the letter"), when the story told no act of the noun's own kind.
//! Such a noun names what another side did to the one reacting: the latest act of the
//! reaction's window by a side other than the reacting side's and aimed at it, provided
//! every such act of the window comes from one side (two sides that pressed the reacting
//! side leave "the decision" unknown). An act aimed at no one is not taken: "the incident"
//! right after a report of a patrol that met no placed party was tried and moved nothing
//! right on readable dev. Statements, negated, conditional and dated acts are no
//! antecedent (`sole_partner::counts`).
use super::reactions::{aimed_at_reactor, told_before_by_other_side};
use super::sole_partner::counts;
use super::*;

/// The act "the decision" / "the move" of reaction `e` names, if one side's.
pub(super) fn antecedent<'a>(earlier: &'a [CodedEvent], e: &CodedEvent) -> Option<&'a CodedEvent> {
    let aimed: Vec<&CodedEvent> = earlier
        .iter()
        .filter(|a| told_before_by_other_side(a, e) && counts(a))
        .filter(|a| aimed_at_reactor(a, e) == Some(true))
        .collect();
    one_side_latest(&aimed)
}

/// The latest of `acts` when all come from one side; `None` when none or several.
fn one_side_latest<'a>(acts: &[&'a CodedEvent]) -> Option<&'a CodedEvent> {
    let last = acts.last()?;
    let side = last.source.actor.side();
    acts.iter()
        .all(|a| a.source.actor.side() == side)
        .then_some(*last)
}
