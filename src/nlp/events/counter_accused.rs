//! A rejection answered by a counter-accusation in the same breath: in "X rejected the figure
//! and accused Y of breaking the contract" or "X denied that its troops had crossed and
//! accused Y of a hostile act", the thing rejected names no one, yet the party X accuses in
//! the coordinated verb is the one whose claim X rejects. A rejection (12x) or denial (016)
//! that no earlier pass gave a target takes the target of the accusation or criticism (11x)
//! that follows it in the same sentence with the same source reached through `conj`, when
//! that target is placed and of another side. The denial then answers an accuser: a
//! rejection (120), as `denied_claim.rs` codes it. An appeal or demand in the coordination
//! ("rejected the elections and called on Z not to send observers") is put to a third party
//! as often as not, so only an accusation lends its party; and a rejected thing that names a
//! third party itself ("rejected the Z proposal and accused Y") is that party's, so the
//! rule abstains.
use super::reactions::placed;
use super::*;

/// Gives each untargeted rejection or denial the party its coordinated counter-accusation
/// names.
pub(super) fn answer_counter_accused(ents: &EntityAnalysis, out: &mut [CodedEvent]) {
    for i in 0..out.len() {
        if !rejects_no_one(&out[i]) {
            continue;
        }
        let Some((accused, at)) = counter_accused(&out[i + 1..], &out[i]) else {
            continue;
        };
        if third_party_between(ents, &out[i], &accused, at) {
            continue;
        }
        let e = &mut out[i];
        e.target = Some(accused);
        if e.cameo == DENY {
            e.cameo = REJECT.to_string();
        }
        e.path
            .push_str("; target: the party its coordinated counter-accusation names");
    }
}

/// A rejection or denial by a placed source whose own frame found no target.
fn rejects_no_one(e: &CodedEvent) -> bool {
    let rejects = e.cameo == DENY || crate::nlp::cameo::root(&e.cameo) == Some(REJECTION);
    rejects
        && placed(&e.source)
        && e.target.as_ref().is_none_or(|t| t.actor.code.is_empty())
        && e.path.contains("target: none")
}

/// The target of the next event of the same source and sentence after rejection `e`, when
/// that event is an accusation coordinated with it (its source came through `conj`) aimed at
/// a placed party of another side.
fn counter_accused(later: &[CodedEvent], e: &CodedEvent) -> Option<(Participant, usize)> {
    let next = later
        .iter()
        .take_while(|a| a.sentence == e.sentence)
        .find(|a| a.trigger != e.trigger && a.source.actor.code == e.source.actor.code)?;
    let accusation = crate::nlp::cameo::root(&next.cameo) == Some(ACCUSE)
        && next.path.starts_with("source: conj^");
    let t = next.target.as_ref().filter(|t| placed(t))?;
    (accusation && t.actor.side() != e.source.actor.side()).then(|| (t.clone(), next.trigger.start))
}

/// A placed party of neither side is named between the rejection's trigger and the
/// accusation's at `until` ("rejected the Z proposal and accused Y"): the thing rejected
/// may be that party's.
fn third_party_between(
    ents: &EntityAnalysis,
    e: &CodedEvent,
    accused: &Participant,
    until: usize,
) -> bool {
    ents.mentions
        .iter()
        .filter(|m| m.span.start >= e.trigger.end && m.span.end <= until)
        .filter_map(|m| m.actor.as_ref())
        .filter(|a| !a.code.is_empty() && !crate::nlp::mentions::unplaced_code(&a.code))
        .any(|a| a.side() != e.source.actor.side() && a.side() != accused.actor.side())
}
