//! "X said Y had every right to defend its borders" (the frame's `upheld`, set by
//! `frames/upheld.rs`): a statement whose content grants another party a right is X
//! defending Y's act or claim, a support of Y (051), though no verb of support is used. As
//! for an accusing content (`accusing_statement`): only a plain statement (a speech verb
//! coded as more keeps its code), asserted, with a known speaker; never toward the speaker
//! itself, its own side or its own country ("said it reserved the right to respond", "a
//! spokesman for a ministry said the country had the right to …" claim their own right, not
//! support another's).
use super::*;

/// Praise or endorse.
const ENDORSE: &str = "051";

/// How `annotate --explain` names the rule.
const NOTE: &str = "; the statement's content grants the target a right: support";

/// Recodes a plain statement whose content upholds another side's right as support of it.
pub(super) fn upheld_statement(cx: &SentenceCx, frame: &frames::Frame, c: &mut Coding) {
    let Some(upheld) = content_party(cx, &frame.upheld, c) else {
        return;
    };
    if own_country(cx, &c.src, &upheld) {
        return;
    }
    c.code = single(ENDORSE);
    c.tgt = upheld;
    c.path.push_str(NOTE);
}

/// Does the upheld side share a country with the speaker? A state's own right, whoever of
/// it speaks (a ministry, a ruling movement coded apart from the government).
fn own_country(cx: &SentenceCx, speaker: &Side, upheld: &Side) -> bool {
    let own = super::super::actors::countries_of(cx.actors, &speaker.mentions);
    super::super::actors::countries_of(cx.actors, &upheld.mentions)
        .iter()
        .any(|c| own.contains(c))
}
