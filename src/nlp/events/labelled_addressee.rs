//! The author of a labelled wrong, named by the party the speaker turns to in the same
//! breath: in "X called the shooting 'unacceptable' and asked Y to explain it" or "X said
//! the closure was 'a hostile act' and urged Y to reverse it", the act labelled names no
//! author ("the shooting", "the closure") and the reaction passes found none, yet the
//! speaker puts its demand, appeal or charge to Y: the act is Y's. A criticism coded from a
//! label of a wrong (`frames::LABELLED`) with no target takes the target of the same
//! source's appeal (02), demand (10) or accusation (11) in the same sentence, when every
//! such act of the sentence is put to one and the same other side, and that side is a
//! state's. An international or non-governmental body asked to act ("… and called on the
//! African Union to send observers", "… and urged the regional bloc to raise the matter")
//! is a third party called in to intervene, not the wrongdoer: it lends nothing. Runs after
//! the reaction passes, which keep precedence when the story told the act.
use super::reactions::{counts, placed};
use super::*;

const PATH: &str = "; target: the party the speaker turns to in the same breath";

/// CAMEO roots of the acts that put a wrong to its author: appeals (02), demands (10) and
/// accusations (11).
const TURNED_TO: [u8; 3] = [2, 10, ACCUSE];

/// Gives each untargeted label of a wrong the one state the same source's appeals, demands
/// or accusations of its sentence are put to.
pub(super) fn fill_labelled_addressees(out: &mut [CodedEvent]) {
    for i in 0..out.len() {
        if !untargeted_label(&out[i]) {
            continue;
        }
        let Some(party) = addressee(out, &out[i]) else {
            continue;
        };
        let e = &mut out[i];
        e.target = Some(party);
        e.path.push_str(PATH);
    }
}

/// A criticism (11) of an act labelled a wrong, by a placed source, with no placed target.
fn untargeted_label(e: &CodedEvent) -> bool {
    crate::nlp::cameo::root(&e.cameo) == Some(ACCUSE)
        && e.path.contains(crate::nlp::frames::LABELLED)
        && placed(&e.source)
        && e.target.as_ref().is_none_or(|t| !placed(t))
}

/// The target the same source's appeals, demands and accusations of `e`'s sentence are put
/// to, when those put to a placed party are all put to one other side and it is a state's;
/// `None` otherwise (an appeal put to no one, "… and urged restraint", names no one).
fn addressee(out: &[CodedEvent], e: &CodedEvent) -> Option<Participant> {
    let own = e.source.actor.side();
    let mut found: Option<&Participant> = None;
    let put = out.iter().filter(|a| turned_to(a, e));
    for t in put.filter_map(|a| a.target.as_ref().filter(|t| placed(t))) {
        if t.actor.side() == own || body(&t.actor) {
            return None;
        }
        if found.is_some_and(|f| f.actor.side() != t.actor.side()) {
            return None;
        }
        found = found.or(Some(t));
    }
    found.cloned()
}

/// An appeal, demand or accusation of `e`'s sentence by `e`'s source, other than `e`, that
/// the gate could pass (not negated, conditional or dated: `reactions::counts`).
fn turned_to(a: &CodedEvent, e: &CodedEvent) -> bool {
    a.sentence == e.sentence
        && counts(a)
        && a.trigger != e.trigger
        && a.source.actor.code == e.source.actor.code
        && crate::nlp::cameo::root(&a.cameo).is_some_and(|r| TURNED_TO.contains(&r))
}

/// An international or non-governmental body: its code opens with "IGO" / "NGO" (the
/// dictionaries give it no country; read from the code, as a fixture's country may not be).
fn body(a: &crate::nlp::types::Actor) -> bool {
    a.organisation() || ["IGO", "NGO"].iter().any(|h| a.code.starts_with(h))
}
