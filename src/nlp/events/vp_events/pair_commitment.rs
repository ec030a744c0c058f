//! "The two leaders agreed to set up a joint team of officers", "both sides pledged to form
//! a joint force": a pair's commitment (agree, pledge, vow, promise, decide) to an act of
//! its own is made to each other. The infinitive's object is what they agreed on, never
//! the partner: an object that names no state beyond the pair's own (unplaced "officers",
//! one member's own army) is a thing, so the two act on each other; and a shared act the
//! dictionary reads as force ("form a joint force", "deploy joint patrols") is agreed
//! cooperation (030, intended), not a threat of one member to the other. An object naming
//! a third state ("agreed to press C") keeps its reading; so does a single subject.
use super::*;
use crate::nlp::events::context::placed_sides;

/// Reads a pair's commitment to a shared act as their agreement with each other.
pub(super) fn pair_commitment(cx: &SentenceCx, frame: &frames::Frame, c: &mut Coding) {
    let committed = matches!(
        c.vp.control,
        Some((_, _, Control::Commit | Control::Decide))
    );
    // the control verb's own subject: a pair gathered from another clause is no pair
    if !committed || !c.path.starts_with("source: xcomp^ nsubj;") {
        return;
    }
    let pair = placed_sides(cx, &c.src);
    if pair.len() != 2 || placed_sides(cx, &c.tgt).iter().any(|s| !pair.contains(s)) {
        return;
    }
    if c.modality == Modality::Threatened {
        if !frame.joint_act {
            return;
        }
        c.code = single("030");
        c.modality = Modality::Intended;
        c.path
            .push_str("; a pair's joint act: their agreement, not a threat");
    }
    if c.code.forward.as_deref().is_some_and(reciprocal_code) {
        c.shared = true;
    }
}
