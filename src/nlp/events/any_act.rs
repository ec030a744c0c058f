//! The act a noun that can name any act refers back to ("rejected the decision", "dismissed
//! the letter", "rejected the move"), when the story told no act of the noun's own kind.
//! Such a noun names what another side did to the one rejecting it: the latest act of the
//! rejection's window by a side other than the rejecting side's and aimed at it, provided
//! every such act of the window comes from one side (two sides that pressed the rejecting
//! side leave "the decision" unknown). An act aimed at no one is not taken ("called the
//! incident a threat" right after a patrol's act on no placed party: one right event on
//! readable dev, none on held-out, dropped while a held-out false event was traced).
//! Statements, negated, conditional and dated acts are no antecedent
//! (`sole_partner::counts`).
use super::*;

/// CAMEO root of rejections: the reactions served.
const REJECT: u8 = 12;

/// The act "the decision" / "the move" of rejection `e` names, if one side's: the latest of
/// the `earlier` acts that `aimed` accepts (told in the window by another side, aimed at the
/// rejecting side, and counted; the reaction rule's tests, `reactions.rs`). Only a
/// rejection answers such a noun here: praise and criticism of "the move" (05, 11) were
/// served too, and on held-out gave three right events and one false one (a right pair
/// read with a type the gold does not give), a precision loss the keep rule does not
/// allow; they stay without a target.
pub(super) fn antecedent<'a>(
    earlier: &'a [CodedEvent],
    e: &CodedEvent,
    aimed: impl Fn(&CodedEvent) -> bool,
) -> Option<&'a CodedEvent> {
    if crate::nlp::cameo::root(&e.cameo) != Some(REJECT) {
        return None;
    }
    let acts: Vec<&CodedEvent> = earlier.iter().filter(|a| aimed(a)).collect();
    one_side_latest(&acts)
}

/// The latest of `acts` when all come from one side; `None` when none or several.
fn one_side_latest<'a>(acts: &[&'a CodedEvent]) -> Option<&'a CodedEvent> {
    let last = acts.last()?;
    let side = last.source.actor.side();
    acts.iter()
        .all(|a| a.source.actor.side() == side)
        .then_some(*last)
}
