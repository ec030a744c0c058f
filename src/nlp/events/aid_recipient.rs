//! The recipient of aid the sentence does not name: "Japan pledged $12 million in aid to
//! Madagascar. … The African Development Bank approved a $5 million grant." In a story
//! about aid to one country, later aid with no named recipient goes to that country, as a
//! reader takes it. An act of aid given (07) whose frame found no target takes the
//! recipient of the article's earlier acts of aid given or promised, when every such earlier
//! counted act with a placed recipient had one and the same recipient side and that side is
//! not the donor's own. No earlier aid with a recipient, or recipients on two sides,
//! leave the act without a target. Aid is not given the donor's sole partner
//! (`sole_partner.rs`: the measured false targets came from partners in other kinds of
//! act); only an earlier recipient of aid counts here.
use super::reactions::{counts, placed};
use super::sole_partner::{fill_targets, one_side};
use super::*;

/// Aid given (07): what takes the story's recipient. A promise of aid (033x) is not
/// served: its PLOVER type (AGREE) is not the gold's AID for most pledges, so a found
/// recipient would as often make a false event as a right one (a promise of a sum already
/// takes the donor's sole partner, `sole_partner.rs`).
fn given(code: &str) -> bool {
    crate::nlp::cameo::root(code) == Some(7)
}

/// Aid given or promised (07, 033x): what shows the story's recipient.
fn aid_or_pledge(code: &str) -> bool {
    given(code) || code.starts_with("033")
}

/// An aid act by a placed donor whose frame found no recipient.
fn wants_recipient(e: &CodedEvent) -> bool {
    given(&e.cameo)
        && placed(&e.source)
        && !e.target.as_ref().is_some_and(placed)
        && e.path.contains("target: none")
        && !e.path.contains(crate::nlp::frames::UNPLACED_PARTNER)
}

/// The one recipient side of the earlier counted aid acts, when it is not the donor's.
fn story_recipient(earlier: &[CodedEvent], e: &CodedEvent) -> Option<Participant> {
    let recipients = earlier
        .iter()
        .filter(|a| a.trigger.end <= e.trigger.start && counts(a) && aid_or_pledge(&a.cameo))
        .filter_map(|a| a.target.as_ref().filter(|t| placed(t)));
    one_side(recipients).filter(|r| r.actor.side() != e.source.actor.side())
}

/// Gives each aid act with no recipient the story's one recipient of aid.
pub(super) fn fill_aid_recipients(out: &mut [CodedEvent]) {
    fill_targets(
        out,
        wants_recipient,
        story_recipient,
        "; target: the story's one recipient of aid",
    );
}
