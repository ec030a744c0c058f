//! The party a prompted act answers: "Zambian troops burned a Malawian village, prompting
//! Malawi to lodge a protest" names no one the protest is lodged with, yet a reader takes
//! it as lodged with the side whose act prompted it. An act told as a causative's
//! infinitive (`frames::PROMPTED`) whose frame found no target takes the author of the acts
//! told before it in its own sentence, when every such counted act with a placed author
//! came from one side other than the prompted act's own. Two authors ("A struck B and B
//! fired back, prompting C to …"), or none, leave the act without a target.
//!
//! Only responses that always have a partner: appeals (02), consultation (04, a summons),
//! demands (10), disapproval (11), rejection (12), threats (13), reduced relations (16) and
//! coercion (17). Statements have no partner; intents, cooperation and aid (03, 05-08) a
//! prompted one is as often for a third party as for the causer ("prompting the UN to send
//! aid").
use super::reactions::{counts, placed};
use super::sole_partner::{fill_targets, one_side};
use super::*;

/// CAMEO roots of a response whose partner is the side that prompted it.
const RESPONSES: [u8; 8] = [2, 4, 10, 11, 12, 13, 16, 17];

/// A prompted response by a placed source whose frame found no target: none at all, or
/// only a nearby mention no actor list places ("to summon the islands' envoy in Lisbon").
fn wants_causer(e: &CodedEvent) -> bool {
    e.target.is_none()
        && placed(&e.source)
        && e.path.contains(crate::nlp::frames::PROMPTED)
        && (e.path.contains("target: none") || e.path.contains("target: subtree"))
        && !e.path.contains(crate::nlp::frames::UNPLACED_PARTNER)
        && crate::nlp::cameo::root(&e.cameo).is_some_and(|r| RESPONSES.contains(&r))
}

/// The one side, other than the prompted act's, that authored the counted acts told before
/// it in its sentence (not the reverse half of a two-way code, whose author is the pair's
/// other side, already counted).
fn causer(earlier: &[CodedEvent], e: &CodedEvent) -> Option<Participant> {
    let own = e.source.actor.side();
    one_side(
        earlier
            .iter()
            .filter(|a| a.sentence == e.sentence && a.trigger.end <= e.trigger.start)
            .filter(|a| counts(a) && placed(&a.source) && !a.path.contains(OTHER_SIDE))
            .map(|a| &a.source)
            .filter(|s| s.actor.side() != own),
    )
}

/// Gives each target-less prompted response the author of the clause that prompted it.
pub(super) fn fill_causers(out: &mut [CodedEvent]) {
    fill_targets(
        out,
        wants_causer,
        causer,
        "; target: the author of the act that prompted it",
    );
}
