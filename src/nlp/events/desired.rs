//! A wish about a party is no intent to cooperate with it: in "Oslo wants Sweden to join the
//! pact" the actor is what the verb of wanting wants (its bare object), a party whose act is
//! wished for; in "will seek a ruling from the court" it is the party the thing is wanted
//! from, asked, not partnered. An intent to cooperate names its partner inside what is wanted
//! ("wants good relations with Sweden", "agreed to seek a stronger NATO presence"). So an
//! intent (03x) coded at a verb of wanting (`desire_verb`) whose direct object is itself a
//! mention of the target, or whose target is named after "from", is not coded.
//! Likewise a wish for the target's own act ("hoped Y would settle") asks nothing of Y: an
//! appeal coded there is recoded as the statement it is.
use super::context::SentenceCx;
use super::vp_frames::VpFrame;
use super::{EventCode, Side};

/// The mentions of the target side.
fn target_mentions<'c>(
    cx: &'c SentenceCx,
    tgt: &'c Side,
) -> impl Iterator<Item = &'c crate::nlp::Mention> + 'c {
    tgt.mentions
        .iter()
        .filter_map(|m| cx.ents.mentions.get(*m as usize))
}

/// Is word `p` a verb of wanting (`desire_verb`)?
fn wanting(cx: &SentenceCx, p: usize) -> bool {
    let Ok(lex) = crate::nlp::frames::FrameLexicon::builtin() else {
        return false;
    };
    cx.words
        .get(p)
        .is_some_and(|w| lex.is_desire(&w.lemma.to_lowercase()))
}

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
    target_mentions(cx, tgt).any(|m| m.span.start <= obj.start && obj.end <= m.span.end)
}

/// A mention of the target heads a "from" phrase ("a ruling from the court").
fn wanted_from(cx: &SentenceCx, tgt: &Side) -> bool {
    let inside = |w: &crate::nlp::syntax::Word, (s, e): (usize, usize)| s <= w.start && w.end <= e;
    target_mentions(cx, tgt)
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
    wanting(cx, p) && (object_is_target(cx, p, tgt) || wanted_from(cx, tgt))
}

/// Word `c` heads a finite clause: a modal ("would settle", "could find") or "that" opens it.
/// A verb of wanting with such a complement wishes for another party's act; with a bare
/// infinitive ("hoped to meet Y") the wish is the actor's own plan.
fn finite_clause(cx: &SentenceCx, c: usize) -> bool {
    cx.words.iter().any(|w| {
        w.head as usize == c + 1
            && ((w.deprel == "aux" && w.xpos == "MD")
                || (w.deprel == "mark" && w.lemma.eq_ignore_ascii_case("that")))
    })
}

/// A mention of the target is the predicate's indirect object or oblique: the wish is said
/// to the party ("hoped, in a letter to Y, that Y would …").
fn addressed(cx: &SentenceCx, p: usize, tgt: &Side) -> bool {
    target_mentions(cx, tgt).any(|m| {
        cx.words.iter().any(|w| {
            w.head as usize == p + 1
                && matches!(w.deprel.as_str(), "iobj" | "obl")
                && m.span.start <= w.start
                && w.end <= m.span.end
        })
    })
}

/// An appeal (02x) coded at a verb of wanting whose complement is a finite clause after it
/// ("hoped Y would settle", "wishes that Y joins"), not said to the target: the speaker
/// voices a hope about the target's act, a statement about Y (CAMEO's optimistic comment,
/// 013), and asks nothing of Y. Appeals name their addressee ("urged Y to", "called on Y").
pub(super) fn wish_about_act(cx: &SentenceCx, vf: &VpFrame, code: &EventCode, tgt: &Side) -> bool {
    let appeal = code.forward.as_deref().and_then(crate::nlp::cameo::root) == Some(2);
    let Some(p) = vf.pred.filter(|_| appeal) else {
        return false;
    };
    let finite = cx.words.iter().enumerate().any(|(c, w)| {
        c > p
            && w.head as usize == p + 1
            && matches!(w.deprel.as_str(), "ccomp" | "advcl" | "xcomp")
            && finite_clause(cx, c)
    });
    wanting(cx, p) && finite && !addressed(cx, p, tgt)
}
