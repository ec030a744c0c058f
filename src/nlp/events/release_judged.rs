//! A release call coordinated with a condemnation: in "X condemned the raid and demanded the
//! immediate release of the detainees" or "X said the seizure was piracy and demanded the
//! release of the ship", the people or property to be freed are held by the author of the
//! act X has just condemned, and the reaction passes have already found that author as the
//! condemnation's target. A call for release (`cameo::RELEASE_CALLS`) that no earlier pass
//! gave a target, whose source came through `conj`, takes the placed target of another side
//! of the accusation or criticism (11x) that the same source made just before it in the same
//! sentence. Only a condemnation lends its party: a rejection or an appeal before the call
//! names whom the speaker answers or asks, not who holds anyone; and a call with a third
//! party between the two verbs ("condemned the raid and asked Z to secure the release") is left
//! as it is. `own_side::release_holders` runs first: the holder of the caller's own people
//! keeps precedence. A summons (110) is a complaint of the same family ("summoned Y's envoy and
//! demanded the release of its journalists"); a call read as addressed to the caller's own
//! people is as untargeted as one with no target ([`own_people`]).
use super::reactions::placed;
use super::*;

const PATH: &str = "; target: the author of the act condemned in the same breath";

/// Gives each untargeted release call the party its preceding coordinated condemnation names.
pub(super) fn fill_judged_holders(ents: &EntityAnalysis, out: &mut [CodedEvent]) {
    for i in 0..out.len() {
        if !untargeted_release(&out[i]) {
            continue;
        }
        let Some((author, at)) = condemned_author(&out[..i], &out[i]) else {
            continue;
        };
        if third_party_between(ents, at, &out[i], &author) {
            continue;
        }
        let e = &mut out[i];
        e.target = Some(author);
        e.path.push_str(PATH);
    }
}

/// A call for release by a placed source, coordinated with a verb before it, with no target.
fn untargeted_release(e: &CodedEvent) -> bool {
    let release = crate::nlp::cameo::RELEASE_CALLS
        .iter()
        .any(|c| e.cameo.starts_with(c));
    release
        && placed(&e.source)
        && e.path.starts_with("source: conj^")
        && e.target
            .as_ref()
            .is_none_or(|t| t.actor.code.is_empty() || own_people(e, t))
}

/// The call's target is the caller's own people ("demanded the release of two [its]
/// journalists", read as the party asked): they are whom the call is about, not whom it is
/// put to, so the call is still untargeted.
fn own_people(e: &CodedEvent, t: &Participant) -> bool {
    let own = &e.source.actor.country;
    !own.is_empty() && t.actor.country == *own
}

/// The target of the latest earlier event of the same sentence and source, when that event is
/// an accusation or criticism aimed at a placed party of another side; with the end of its
/// trigger.
fn condemned_author(earlier: &[CodedEvent], e: &CodedEvent) -> Option<(Participant, usize)> {
    let prev = earlier
        .iter()
        .rev()
        .take_while(|a| a.sentence == e.sentence)
        .find(|a| a.trigger != e.trigger && a.source.actor.code == e.source.actor.code)?;
    if crate::nlp::cameo::root(&prev.cameo) != Some(ACCUSE) {
        return None;
    }
    let t = prev.target.as_ref().filter(|t| placed(t))?;
    (t.actor.side() != e.source.actor.side()).then(|| (t.clone(), prev.trigger.end))
}

/// A placed party of neither side is named between the condemnation's trigger (ending at
/// `from`) and the call's: the call may be put to it ("… and urged Z to secure their
/// release"); the caller's own country ("a violation of Syrian sovereignty") is no such party.
fn third_party_between(
    ents: &EntityAnalysis,
    from: usize,
    e: &CodedEvent,
    author: &Participant,
) -> bool {
    ents.mentions
        .iter()
        .filter(|m| m.span.start >= from && m.span.end <= e.trigger.start)
        .filter_map(|m| m.actor.as_ref())
        .filter(|a| !a.code.is_empty() && !crate::nlp::mentions::unplaced_code(&a.code))
        .any(|a| a.side() != e.source.actor.side() && a.side() != author.actor.side())
}
