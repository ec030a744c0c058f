//! The pattern window of a passive verb with its agent (branch fresh16).
use super::*;

/// Where a passive verb's window ends: after the "by" right after it. The agent phrase ("the
/// alliance, formed by the military governments of A and B") names who acted, not the
/// active verb's object that the dictionaries' patterns describe ("FORM * &MILITARY" is
/// raising an army), so its words match no pattern element; the verb alone still codes
/// ("hosted by A", "mediated by B").
pub(super) fn agent_cut(toks: &[Tok], vp: &Vp) -> usize {
    let by = vp.passive && toks.get(vp.end).is_some_and(|t| t.is(BY));
    // "has received by courier money from Y": a perfect with no "been" is active, and
    // the words after the "by" phrase are its object
    let aux = toks
        .get(vp.aux_start..vp.phrase_start())
        .unwrap_or_default();
    let perfect = aux.iter().any(|t| t.is(HAVE)) && !aux.iter().any(|t| t.is(BE));
    if by && !perfect {
        // the "by" itself stays: the dictionaries' "RECEIVE * (BY)" is a hosting
        vp.end + 1
    } else {
        usize::MAX
    }
}
