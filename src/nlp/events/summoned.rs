//! A passive summons of an envoy ("X's ambassador was summoned to the ministry in Y",
//! `frames/summoned.rs`): the verb dictionary's summons patterns ("summon * ambassador",
//! DM_SUMMON) read the envoy after the verb only, so the passive gets their code here: a
//! protest (110) at the envoy's government. Only an asserted, finite summons.
use super::patterns::VpCode;
use super::*;

/// The code of DM_SUMMON's envoy patterns (`data/verbs/additions.verbs.txt`).
const SUMMONS: &str = "110";

/// The code of a passive summons of an envoy that no dictionary pattern coded.
pub(super) fn summoned_code(frame: &frames::Frame, vp: &Vp) -> Option<VpCode> {
    let finite = !(vp.negated || vp.infinitive || vp.intended || vp.future || vp.modifier);
    (frame.summoned_envoy && finite).then(|| VpCode::asserted(SUMMONS))
}
