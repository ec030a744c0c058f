//! A wish about a party is no intent to cooperate with it: in "Oslo wants Sweden to join the
//! pact" the actor is what the verb of wanting wants (its bare object), a party whose act is
//! wished for; in "will seek a ruling from the court" it is the party the thing is wanted
//! from, asked, not partnered. An intent to cooperate names its partner inside what is wanted
//! ("wants good relations with Sweden", "agreed to seek a stronger NATO presence"). So an
//! intent (03x) coded at a verb of wanting (`desire_verb`) whose direct object is itself a
//! mention of the target, or whose target is named after "from", is not coded.
use super::context::SentenceCx;
use super::vp_frames::VpFrame;
use super::{EventCode, Side};

/// The predicate's direct object lies inside a mention of the target ("wants Sweden to …"),
/// not only names it as a modifier ("a stronger NATO presence").
fn object_is_target(cx: &SentenceCx, p: usize, tgt: &Side) -> bool {
    let Some(obj) = cx
        .words
        .iter()
        .find(|w| w.deprel == "obj" && w.head as usize == p + 1)
    else {
        return false;
    };
    tgt.mentions
        .iter()
        .filter_map(|m| cx.ents.mentions.get(*m as usize))
        .any(|m| m.span.start <= obj.start && obj.end <= m.span.end)
}

/// A mention of the target heads a "from" phrase ("a ruling from the court").
fn wanted_from(cx: &SentenceCx, tgt: &Side) -> bool {
    let inside = |w: &crate::nlp::syntax::Word, (s, e): (usize, usize)| s <= w.start && w.end <= e;
    tgt.mentions
        .iter()
        .filter_map(|m| cx.ents.mentions.get(*m as usize))
        .map(|m| (m.span.start, m.span.end))
        .any(|span| {
            cx.words.iter().enumerate().any(|(i, w)| {
                w.deprel == "case"
                    && w.lemma.eq_ignore_ascii_case("from")
                    && cx
                        .words
                        .get((w.head as usize).wrapping_sub(1))
                        .is_some_and(|h| inside(h, span) && !inside(&cx.words[i], span))
            })
        })
}

/// An intent (03x) at a verb of wanting whose direct object is the target itself, or whose
/// target is the party the thing is wanted from.
pub(super) fn wish_about_party(
    cx: &SentenceCx,
    vf: &VpFrame,
    code: &EventCode,
    tgt: &Side,
) -> bool {
    let intent = code.forward.as_deref().and_then(crate::nlp::cameo::root) == Some(3);
    let Some(p) = vf.pred.filter(|_| intent) else {
        return false;
    };
    let Ok(lex) = crate::nlp::frames::FrameLexicon::builtin() else {
        return false;
    };
    cx.words
        .get(p)
        .is_some_and(|w| lex.is_desire(&w.lemma.to_lowercase()))
        && (object_is_target(cx, p, tgt) || wanted_from(cx, tgt))
}
