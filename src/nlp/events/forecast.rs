//! A forecast about a thing is no threat: "analysts said a Chilean levy would hurt Peru"
//! predicts what a measure, event or situation will do; nobody announces an act. Only an
//! agent (the state, its forces, its people) can threaten, so when the subject of an
//! announced hostile act is a thing the actor merely owns or names ("a Chilean levy",
//! "Chile's embargo"), the act is not coded. The subject is such a thing when its word lies
//! outside every actor mention of the source: "Chilean troops", "the Chilean government"
//! and "a Chilean diplomat" are mentions whole, "army" in "Chile's army" is its own mention.
use super::context::SentenceCx;
use super::vp_frames::VpFrame;
use super::{EventCode, Side, Vp};

/// The subject of the phrase is a thing that only a modifier ties to the source's actor.
fn thing_subject(cx: &SentenceCx, vf: &VpFrame, src: &Side) -> bool {
    let Some(frame) = vf
        .frame
        .as_ref()
        .filter(|f| !f.passive && !f.source_pronoun)
    else {
        return false;
    };
    let Some((ws, we)) = frame.source_word.and_then(|w| cx.sent.word_span(w)) else {
        return false;
    };
    // an armed force's vessels and units act for it ("Venezuelan navy vessels would
    // patrol"): only a state's or a people's thing is read as a thing
    if src.mentions.is_empty() || armed(cx, src) {
        return false;
    }
    let inside = |m: &u32| {
        cx.ents
            .mentions
            .get(*m as usize)
            .is_some_and(|x| x.span.start <= ws && we <= x.span.end)
    };
    !src.mentions.iter().any(inside)
}

/// A hostile act (a threat 13x, force 18x–20x) announced in the future ("would hurt", "will
/// attack") whose subject is a thing, and not the speaker's own announcement: a forecast.
pub(super) fn forecast_of_thing(
    cx: &SentenceCx,
    vf: &VpFrame,
    vp: &Vp,
    code: &EventCode,
    src: &Side,
) -> bool {
    let hostile = code
        .forward
        .as_deref()
        .and_then(crate::nlp::cameo::root)
        .is_some_and(|r| r == 13 || (18..=20).contains(&r));
    let own = vf
        .speaker
        .as_ref()
        .is_some_and(|s| s.known() && s.mentions == src.mentions);
    hostile
        && vp.future
        && !vp.negated
        && vp.control.is_none()
        && !own
        && thing_subject(cx, vf, src)
}

/// Some actor of the side is an armed force or a security service.
fn armed(cx: &SentenceCx, src: &Side) -> bool {
    src.mentions
        .iter()
        .filter_map(|m| cx.actors.get(m))
        .flatten()
        .any(|a| {
            let sector = a.code.get(3..).unwrap_or("");
            ["MIL", "COP", "SPY"]
                .iter()
                .any(|s| sector.starts_with(s) || a.sector.starts_with(s))
        })
}
