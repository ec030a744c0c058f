//! The second recipient of a sum pledged for two states' joint project: "Namibia and Angola
//! signed an agreement to build a dam, and the development bank pledged $600 million towards
//! the project"; "A and B signed a treaty on their ports. The Commission pledged 60 million
//! euros for scanners." The money is for what the two signed, so both signatories receive it.
//! The dateline fallback (`aid_recipient.rs`) gives such a sum to the state the story is filed
//! from, one of the pair; this pass gives a copy to the other party of that state's deal.
//!
//! Only a sum that took the dateline's state, and only a deal both ways (an agreement signed,
//! 057, or material cooperation, 06x: one event each way on one trigger) that the dateline's
//! state made with one other side before the pledge, neither of them the donor's. Talks or
//! visits (04) are no project money goes to; a state that made deals with two others leaves the
//! pledge with the dateline's state alone (two candidates compete).
use super::reactions::{counts, placed};
use super::*;

/// What the copy's path adds.
const NOTE: &str = "; target: the other party of the dateline state's deal";

/// A deal that makes a joint project: an agreement signed (057) or cooperation (06x).
fn deal(code: &str) -> bool {
    code.starts_with("057") || crate::nlp::cameo::root(code) == Some(6)
}

/// A promised sum that took the dateline's state (or the lead's sufferer in its place) as
/// its recipient.
fn wants_partner(e: &CodedEvent) -> bool {
    use super::aid_recipient::{DATELINE_NOTE, SUFFERER_NOTE};
    e.cameo.starts_with("033")
        && (e.path.ends_with(DATELINE_NOTE) || e.path.ends_with(SUFFERER_NOTE))
}

/// `a` has its reverse among `out`: the same trigger, the sides swapped.
fn both_ways(out: &[CodedEvent], a: &CodedEvent, state: &str, other: &str) -> bool {
    out.iter().any(|b| {
        b.trigger == a.trigger
            && b.sentence == a.sentence
            && b.source.actor.side() == other
            && b.target.as_ref().is_some_and(|t| t.actor.side() == state)
    })
}

/// The sides that made a counted deal both ways with `state` before `e`, none of them the
/// donor's, each once.
fn deal_partners(out: &[CodedEvent], e: &CodedEvent, state: &str) -> Vec<Participant> {
    let donor = e.source.actor.side();
    let mut found: Vec<Participant> = Vec::new();
    let deals = out.iter().filter(|a| {
        a.trigger.end <= e.trigger.start
            && counts(a)
            && deal(&a.cameo)
            && placed(&a.source)
            && a.source.actor.side() == state
    });
    for a in deals {
        let Some(t) = a.target.as_ref().filter(|t| placed(t)) else {
            continue;
        };
        let other = t.actor.side();
        let new = !found.iter().any(|f| f.actor.side() == other);
        if other != state && other != donor && new && both_ways(out, a, state, other) {
            found.push(t.clone());
        }
    }
    found
}

/// Gives each sum pledged to the dateline's state a copy for the other party of that state's
/// one deal.
pub(super) fn fill_joint_recipients(out: &mut Vec<CodedEvent>) {
    let mut i = 0;
    while i < out.len() {
        let state = out[i].target.as_ref().map(|t| t.actor.side().to_string());
        let Some(state) = state.filter(|_| wants_partner(&out[i])) else {
            i += 1;
            continue;
        };
        let partners = deal_partners(out, &out[i], &state);
        let [partner] = partners.as_slice() else {
            i += 1;
            continue;
        };
        let mut copy = out[i].clone();
        copy.target = Some(partner.clone());
        copy.path.push_str(NOTE);
        out.insert(i + 1, copy);
        i += 2;
    }
}
