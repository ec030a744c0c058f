//! The party a refusal answers: "Freedonia demanded that Sylvania hand back the trawlers.
//! Sylvania said it would not return them" names no target, yet a refusal (12) turns down
//! what someone put to the refusing side. A rejection whose frame found no target at all
//! takes the side that, within the reaction window before it, pressed the refusing side: an
//! appeal (02), demand (10), accusation (11), threat (13) or reduction of relations (16)
//! aimed at it. Only when every such act came from one side (co-authors of one act count as
//! one side); two pressing sides, or none, leave the refusal without a target, as does a
//! partner the frame named but could not place ("would not sit down with the militias").
//! An appeal put to both parties of a quarrel at once ("urged both governments to show
//! restraint") presses neither in particular, and a demand addressed to no one named, by an
//! actor other than the refusing one, may have been the one refused ("the kidnappers
//! demanded a ransom; the government would not pay"): then the asker is unknown, unless
//! that demand is the asker's own.
//! Force (17-20) is no request: a refusal after a clash answers no one in particular, and
//! a rejection by the other side (12) asks nothing. Measured on the dev articles, the wider
//! story partner (`sole_partner.rs`) gave as many false targets as right ones for
//! rejections; the pressing side is narrower.
use super::reactions::{counts, placed, told_before};
use super::sole_partner::{fill_targets, one_side};
use super::*;

/// The roots of acts that ask something of the side they are aimed at.
const PRESSING: [u8; 5] = [2, 10, 11, 13, 16];

/// The root of rejections.
const REJECT: u8 = 12;

/// A rejection whose frame found no target and named no unplaced partner. A rejection of
/// an event noun of the reaction table ("the statement", "any step") is left
/// to the passes that resolve such nouns; a refusal of a thing ("would not return the seized
/// boats") or of an act asked for answers the asker.
fn open_refusal(text: &str, e: &CodedEvent) -> bool {
    crate::nlp::cameo::root(&e.cameo) == Some(REJECT)
        && !super::reactions::reaction_noun_after(text, e.trigger)
        && e.target.is_none()
        && placed(&e.source)
        && e.path.contains("target: none")
        && !e.path.contains(crate::nlp::frames::UNPLACED_PARTNER)
}

/// `a` is a pressing act (`counts`, of a pressing root) told in the window before `e`.
fn pressing_before(a: &CodedEvent, e: &CodedEvent) -> bool {
    counts(a)
        && crate::nlp::cameo::root(&a.cameo).is_some_and(|r| PRESSING.contains(&r))
        && told_before(a, e)
}

/// `a` pressed the side of refusal `e` before it, from another placed side.
fn pressed(a: &CodedEvent, e: &CodedEvent) -> bool {
    let s = e.source.actor.side();
    let aimed = a
        .target
        .as_ref()
        .is_some_and(|t| placed(t) && t.actor.side() == s);
    aimed && placed(&a.source) && a.source.actor.side() != s && pressing_before(a, e)
}

/// `a` was also aimed at a side other than `e`'s: the same trigger coded towards two sides.
fn aimed_at_two_sides(earlier: &[CodedEvent], a: &CodedEvent, e: &CodedEvent) -> bool {
    earlier.iter().any(|b| {
        b.trigger == a.trigger
            && b.target
                .as_ref()
                .is_some_and(|t| placed(t) && t.actor.side() != e.source.actor.side())
    })
}

/// `a` is a pressing act addressed to no one named, by an actor that is not the refusing
/// one nor part of it (codes not one the other's prefix: "ETHREB" is not "ETHGOV").
fn unaddressed_demand(a: &CodedEvent, e: &CodedEvent) -> bool {
    let (x, y) = (&a.source.actor.code, &e.source.actor.code);
    let related = x.starts_with(y.as_str()) || y.starts_with(x.as_str());
    placed(&a.source) && !related && !a.target.as_ref().is_some_and(placed) && pressing_before(a, e)
}

/// The one side that pressed the refusing side in the window, if exactly one did and no
/// other actor made a demand there addressed to no one named.
fn asker(earlier: &[CodedEvent], e: &CodedEvent) -> Option<Participant> {
    let found = one_side(
        earlier
            .iter()
            .filter(|a| pressed(a, e) && !aimed_at_two_sides(earlier, a, e))
            .map(|a| &a.source),
    )?;
    let other_asker = earlier
        .iter()
        .any(|a| unaddressed_demand(a, e) && a.source.actor.side() != found.actor.side());
    (!other_asker).then_some(found)
}

/// Gives each target-less refusal the one side that pressed the refusing side.
pub(super) fn fill_refused_askers(text: &str, out: &mut [CodedEvent]) {
    fill_targets(
        out,
        |e| open_refusal(text, e),
        asker,
        "; target: the side that pressed the refusing side",
    );
}
