//! A passive summons of an envoy ("X's ambassador was summoned to the ministry in Y",
//! `frames/summoned.rs`): the verb dictionary's summons patterns ("summon * ambassador",
//! DM_SUMMON) read the envoy after the verb only, so the passive gets their code here: a
//! protest (110) at the envoy's government. Only an asserted, finite summons.
//!
//! A summons' purpose ("summoned Y's envoy to demand an explanation", `Frame::summons_purpose`)
//! is an appeal: a dictionary code that is none (090 "demand an explanation", 030 "seek")
//! gives way to the appeal code the frame names.
use super::patterns::VpCode;
use super::*;

/// The code of DM_SUMMON's envoy patterns (`data/verbs/additions.verbs.txt`).
const SUMMONS: &str = "110";

/// The code of a passive summons of an envoy that no dictionary pattern coded.
pub(super) fn summoned_code(frame: &frames::Frame, vp: &Vp) -> Option<VpCode> {
    let finite = !(vp.negated || vp.infinitive || vp.intended || vp.future || vp.modifier);
    (frame.summoned_envoy && finite).then(|| VpCode::asserted(SUMMONS))
}

/// The code of a summons' purpose: the dictionary's when it is an appeal (02) or a demand
/// (10), else the frame's appeal code.
pub(super) fn purpose_code(frame: &frames::Frame, coded: Option<VpCode>) -> Option<VpCode> {
    let Some((_, appeal)) = frame.summons_purpose else {
        return coded;
    };
    let root = |c: &VpCode| c.code.forward.as_deref().and_then(crate::nlp::cameo::root);
    match coded {
        Some(c) if matches!(root(&c), Some(2 | 10)) => Some(c),
        // the pattern's other words (its specificity) still tell how sure the reading is
        Some(c) => Some(VpCode {
            code: VpCode::asserted(appeal).code,
            source_words: None,
            target_words: None,
            ..c
        }),
        None => Some(VpCode::asserted(appeal)),
    }
}
