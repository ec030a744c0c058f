//! Which coded events express their source's stance toward their target.
//!
//! The stance stage reuses the events coder's output and the precision gate's verdicts
//! (the same gate the events stage applies): an event the gate holds back because it is
//! not an event in PLOVER (a statement, a threat, an announced intention) still shows
//! where its source stands, but one that did not happen, is not the source's own act or
//! words, or is not reporting at all shows nothing.
use crate::nlp::gate::{DropReason, Judged};
use crate::nlp::CodedEvent;

/// A reason that makes an event say nothing about its source's stance.
fn silent(reason: DropReason) -> bool {
    use DropReason::*;
    matches!(
        reason,
        // not reporting
        Dateline | Byline | Caption
        // not the source's act or words: a question, the author's own voice (that feeds
        // the editorial stance), a quote nobody is named as saying
        | Question | Editorial | UnattributedQuote
        // did not happen: "did not condemn", "if B attacks", "may strike", "B must withdraw"
        | Negated | Conditional | Hypothetical | Demanded
        // counted once already
        | Duplicate
    )
}

/// Whether a judged event counts toward its dyad's stance. A threat (CAMEO 13x) is
/// conditional by nature ("threatened sanctions unless…"): its condition does not undo it.
pub fn expresses_stance(judged: &Judged) -> bool {
    let threat = crate::nlp::cameo::root(&judged.event.cameo) == Some(13);
    !judged
        .failed
        .iter()
        .any(|&r| silent(r) && !(threat && r == DropReason::Conditional))
}

/// The events of an article that count toward dyad stances, in order.
pub fn stance_events(judged: &[Judged]) -> impl Iterator<Item = &CodedEvent> {
    judged
        .iter()
        .filter(|j| expresses_stance(j))
        .map(|j| &j.event)
}
