//! A passive summons of an envoy ("X's ambassador was summoned to the ministry in Y",
//! `frames/summoned.rs`): the verb dictionary's summons patterns ("summon * ambassador",
//! DM_SUMMON) read the envoy after the verb only, so the passive gets their code here: a
//! protest (110) at the envoy's government. Only an asserted, finite summons.
//!
//! A summons' purpose ("summoned Y's envoy to demand an explanation", `Frame::summons_purpose`)
//! is an appeal: a dictionary code that is none (090 "demand an explanation", 030 "seek")
//! gives way to the appeal code the frame names.
use super::codes::SUMMONS;
use super::patterns::VpCode;
use super::reactions::placed;
use super::*;

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

/// The path note of a call or note given to an envoy the story summoned earlier.
const ENVOY_PATH: &str = "; target: the state of the envoy summoned earlier";

/// CAMEO roots of what is handed or said to a summoned envoy: appeals (02), demands (10),
/// disapproval (11, "handed him a protest note").
const TOLD_TO_ENVOY: [u8; 3] = [2, 10, 11];

/// "Kenya summoned Tanzania's high commissioner … He said Nairobi had handed the envoy a
/// protest note demanding the return of the goods": a call, demand or protest with no placed
/// target, in a sentence that names an envoy only by a definite noun ("the envoy", "the
/// ambassador"), is put to the state of the envoy the same side summoned in an earlier
/// sentence. Only when every earlier summons of that side was of one state's envoy.
pub(super) fn fill_summoned_envoys(text: &str, out: &mut [CodedEvent]) {
    for i in 0..out.len() {
        if !wants_envoy(text, &out[i]) {
            continue;
        }
        let side = out[i].source.actor.side();
        let summoned = out[..i]
            .iter()
            .filter(|h| h.sentence < out[i].sentence)
            .filter(|h| h.source.actor.side() == side)
            .filter(|h| super::conjuncts::summoning(text, h))
            .filter_map(|h| h.target.as_ref())
            .filter(|t| placed(t) && t.actor.side() != side);
        let Some(t) = super::sole_partner::one_side(summoned) else {
            continue;
        };
        let e = &mut out[i];
        e.path.push_str(ENVOY_PATH);
        e.target = Some(t);
    }
}

/// A placed source's call, demand or protest with no placed target, whose sentence names a
/// definite envoy.
fn wants_envoy(text: &str, e: &CodedEvent) -> bool {
    let root = crate::nlp::cameo::root(&e.cameo).unwrap_or(0);
    TOLD_TO_ENVOY.contains(&root)
        && placed(&e.source)
        && !e.target.as_ref().is_some_and(placed)
        && definite_envoy(sentence_of(text, e))
}

/// The text of `e`'s sentence, as the article's sentence splitter cuts it.
fn sentence_of<'t>(text: &'t str, e: &CodedEvent) -> &'t str {
    crate::nlp::text::sentences(text)
        .into_iter()
        .find(|s| s.start <= e.trigger.start && e.trigger.start < s.end)
        .map_or("", |s| s.slice(text))
}

/// "the" followed, at most one word later, by an envoy noun: "the envoy", "the high
/// commissioner".
fn definite_envoy(sentence: &str) -> bool {
    let Ok(lex) = crate::nlp::frames::FrameLexicon::builtin() else {
        return false;
    };
    let words: Vec<String> = sentence
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words
        .iter()
        .enumerate()
        .any(|(k, w)| w == "the" && words[k + 1..].iter().take(2).any(|n| lex.is_envoy(n)))
}
