//! (threats6) A dispute sent to a third party under a condition on the other side: "X would
//! raise the matter with the OAS if the incidents continued", "X would seek international
//! arbitration if supplies were not restored". The gold codes such a vow as X's threat to
//! the other side (130), as it does a case taken to a court (`responses.rs`). The frame tells
//! the step (`Frame::escalation`, `frames/escalated.rs`) and leaves the forum out of the
//! target; the threatened party is the one the condition asks to act, a party the step names,
//! or else the story's (the adversary of the source's latest clash, `threat_partner.rs`; the
//! holder of its people, `own_side.rs`). Only an announced step ("will", "would", "could"),
//! not negated, and only under a condition: "will raise the matter at the next meeting" is a
//! plan, and a past "raised the issue with the EU" a consultation.
use super::context::SentenceCx;
use super::patterns::VpCode;
use super::vp_frames::VpFrame;
use super::*;

/// The code of a conditional threat of escalation.
const ESCALATION: &str = "130";

/// The threat code of the phrase `vp` when its frame sends a dispute to a third party under
/// a condition; otherwise the dictionary's `coded` as it is ("seek arbitration" is an appeal
/// for mediation when nothing is asked of the other side).
pub(super) fn escalation_code(
    cx: &SentenceCx,
    vf: &VpFrame,
    vp: &Vp,
    coded: Option<VpCode>,
) -> Option<VpCode> {
    let Some(frame) = vf.frame.as_ref().filter(|f| f.escalation) else {
        return coded;
    };
    let announced = (vp.future || vp.possible) && !vp.negated && vp.control.is_none();
    let conditioned = frame.status == frames::Status::Conditional
        || vf.pred.is_some_and(|p| cx.sent.condition_after(p));
    if announced && conditioned {
        Some(VpCode::asserted(ESCALATION))
    } else {
        coded
    }
}
