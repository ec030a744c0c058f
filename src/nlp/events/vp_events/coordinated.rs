//! An act of a coordination put to the party its first verb's clause names: "X said it held
//! Y responsible and demanded an inquiry", "X condemned the shelling of Y's border towns and
//! warned that it would respond". The later verb shares the first one's subject and names no
//! one, yet the demand or warning is Y's: the sentence offers no other side. The frame gives
//! the placed actors under the first conjunct (`Frame::coordinated`); they become the target
//! when they are exactly one side, not the source's, and the act is one that is always put
//! to a party. Appeals and offers (02, 03) are as often meant for a third party or the
//! public ("… and called for calm", "… and urged donors to give"), and material acts (14-20:
//! "seized", "burned") are often hung on the wrong verb by the parse: they keep no target.
use super::*;
use crate::nlp::events::context::placed_sides;

/// CAMEO roots of acts always put to a party: support (05), demands (10), disapproval (11),
/// rejection (12), threats (13), reduced relations (16).
const ADDRESSED: [u8; 6] = [5, 10, 11, 12, 13, 16];

/// How `annotate --explain` names the target this rule gives.
const NOTE: &str = "; target: the coordination's one other party";

/// Gives a target-less addressed act of a later conjunct the one other side its first
/// conjunct's clause names.
pub(super) fn coordinated_party(cx: &SentenceCx, frame: &frames::Frame, c: &mut Coding) {
    let code = c.code.forward.as_deref().unwrap_or("");
    let addressed = crate::nlp::cameo::root(code).is_some_and(|r| ADDRESSED.contains(&r));
    let untargeted = !c.tgt.known() && c.tgt.tokens.is_none() && !c.tgt.named;
    if !addressed || !untargeted || frame.coordinated.is_empty() {
        return;
    }
    // "… and demanded his release" where "his" names no actor: the act has its party.
    if c.path.contains(crate::nlp::frames::UNPLACED_PARTNER) {
        return;
    }
    if let Some(party) = one_other_side(cx, &c.src, &side_of(cx.groups, &frame.coordinated)) {
        c.tgt = party;
        c.path.push_str(NOTE);
    }
}

/// The mentions of `offered` on the one side other than the source's, when the source's
/// actors are placed and the placed actors offered off the source's side ("its own border
/// towns" is no other party) stand for exactly one side.
fn one_other_side(cx: &SentenceCx, src: &Side, offered: &Side) -> Option<Side> {
    let own = placed_sides(cx, src);
    let mut theirs = placed_sides(cx, offered);
    theirs.retain(|s| !own.contains(s));
    let [other] = theirs.as_slice() else {
        return None;
    };
    let on_other = |m: &&u32| {
        cx.actors
            .get(m)
            .is_some_and(|a| a.iter().any(|a| a.side() == *other))
    };
    let mentions: Vec<u32> = offered.mentions.iter().filter(on_other).copied().collect();
    (!own.is_empty()).then_some(Side {
        mentions,
        tokens: None,
        named: false,
    })
}
