//! The partner of a measure its clause offers: an act that reduces relations or sanctions
//! (CAMEO 16x: recalling an envoy, closing a mission, revoking licences, imposing tariffs)
//! is always taken against another state, yet news often leaves that state out of the act's
//! own phrase and names it elsewhere in the clause ("Y recognised Z, and X recalled its
//! ambassador for consultations", "X revoked licences that let Y's firms buy machines").
//! When the frame found no target and the clause offers exactly one placed side other than
//! the source's (`offered.rs`), that side is the target. Two other sides leave the measure
//! without one (whose it is, the clause does not say), as does a clause that offers none: a
//! domestic measure ("revoked the licence of a local broadcaster") gets no foreign target,
//! nor does one whose object lies inside the source's own state when the clause names
//! another (`domestic.rs`).
//! Runs after the story-level guess (`sole_partner.rs`), which a clause offering another
//! side already vetoes, so the two never disagree.
use super::reactions::placed;
use super::*;

/// The CAMEO root of reduced relations, sanctions, expulsions and halted talks.
const MEASURES: u8 = 16;

const NOTE: &str = "; target: the one other side the clause offers";

/// Does `e` want the clause's partner: a measure of a placed source whose frame found no
/// target and no partner phrase the actor lists could not place?
fn wants_partner(text: &str, ents: &EntityAnalysis, e: &CodedEvent) -> bool {
    crate::nlp::cameo::root(&e.cameo) == Some(MEASURES)
        && e.target.is_none()
        && placed(&e.source)
        && e.path.contains("target: none")
        && !e.path.contains(crate::nlp::frames::UNPLACED_PARTNER)
        && !e.path.contains(super::own_side::NOT_DONE)
        && !super::domestic::domestic_object(text, ents, e)
}

/// The mention of the one side other than the source's that the clause of `e` offers.
fn offered_partner(ents: &EntityAnalysis, e: &CodedEvent) -> Option<Participant> {
    let side = super::offered::sole_other_side(e)?;
    ents.mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.sentence == e.sentence)
        .find_map(|(i, m)| {
            let actor = m.actor.as_ref().filter(|a| a.side() == side)?;
            let p = Participant {
                actor: actor.clone(),
                mention: Some(i),
                text: String::new(),
            };
            placed(&p).then_some(p)
        })
}

/// Gives each measure with no target the one other side its clause offers.
pub(super) fn fill_offered_partners(text: &str, ents: &EntityAnalysis, out: &mut [CodedEvent]) {
    for e in out.iter_mut().filter(|e| wants_partner(text, ents, e)) {
        if let Some(t) = offered_partner(ents, e) {
            e.path.push_str(NOTE);
            e.target = Some(t);
        }
    }
}
