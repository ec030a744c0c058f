//! A handover without the particle: "Peru handed seven suspects to the Bolivian police". The
//! verb dictionary codes "handed ... over to Y" and "handed X to Y's police" (DM_HAND), but
//! a receiver named in one mention ("the Bolivian police", "Bolivian police") is taken whole
//! by the pattern's actor element, so "{TO + POLICE}" cannot match it and the verb stays
//! uncoded. Giving people into another state's police or courts is judicial cooperation
//! (CAMEO 063) with that state: the receiver is the target.
//!
//! Only a finite, asserted phrase; only people handed (a person noun, a pronoun or a
//! nationals' mention before "to": "handed a letter to the police" is no handover of
//! anyone); only a receiver of a police or court sector that is placed in a state other
//! than the source's (a state's own police receiving its suspects is domestic), and that
//! names its state itself (a bare "the police" is placed from the story, not the sentence).
//! Lists: `data/lexicon/handovers.txt`.
use super::context::{placed_sides, SentenceCx};
use super::patterns::VpCode;
use super::vp_frames::VpFrame;
use super::*;

const LISTS: &str = include_str!("../../../data/lexicon/handovers.txt");

/// CAMEO of judicial cooperation.
const JUDICIAL: &str = "063";

struct Lists {
    verb: Vec<String>,
    person: Vec<String>,
    receiver: Vec<String>,
}

fn lists() -> Option<&'static Lists> {
    static L: std::sync::OnceLock<Option<Lists>> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        Some(Lists {
            verb: crate::nlp::lexicon::cue_line(LISTS, "verb")?,
            person: crate::nlp::lexicon::cue_line(LISTS, "person")?,
            receiver: crate::nlp::lexicon::cue_line(LISTS, "receiver")?,
        })
    })
    .as_ref()
}

/// The judicial-cooperation code of an uncoded handing phrase `vp` whose receiver is
/// another state's police or court, with that receiver as the target.
pub(super) fn handover_code(cx: &SentenceCx, vf: &VpFrame, vp: &Vp) -> Option<VpCode> {
    let l = lists()?;
    let finite = !(vp.negated || vp.infinitive || vp.intended || vp.modifier || vp.passive);
    let lemma = cx.words.get(vf.pred?)?.lemma.to_lowercase();
    if !finite || vp.control.is_some() || !l.verb.contains(&lemma) {
        return None;
    }
    let end = vf.bounds.1.min(cx.toks.len());
    let to = (vp.end..end).find(|&j| word(cx, j) == "to")?;
    if !(vp.end..to).any(|j| person(cx, l, j)) {
        return None;
    }
    // the receiver's mention starts right after "to" or after its article
    let at = (to + 1..(to + 3).min(cx.toks.len())).find(|&j| cx.toks[j].mention.is_some())?;
    let m = cx.toks[at].mention?;
    // the receiver names its state ("the Bolivian police"); a bare "the police" is placed by
    // the story, often at the wrong side of a cross-border story
    let named = cx.toks[at..]
        .iter()
        .take_while(|t| t.mention == Some(m))
        .any(|t| t.cap);
    if !named {
        return None;
    }
    let receiver = cx.actors.get(&m)?.iter().find(|a| {
        !a.country.is_empty() && l.receiver.iter().any(|s| a.sector.contains(s.as_str()))
    })?;
    if placed_sides(cx, &vf.source).contains(&receiver.country.as_str()) {
        return None;
    }
    Some(VpCode {
        target_words: Some(vec![m]),
        ..VpCode::asserted(JUDICIAL)
    })
}

/// The lower-cased word of token `j`.
fn word(cx: &SentenceCx, j: usize) -> String {
    cx.toks[j].span.slice(cx.text).to_lowercase()
}

/// Does token `j` name a person handed: a person word or a nationals' mention?
fn person(cx: &SentenceCx, l: &Lists, j: usize) -> bool {
    let named = cx.toks[j].mention.and_then(|m| cx.actors.get(&m));
    l.person.contains(&word(cx, j)) || named.is_some_and(|a| a.iter().any(|a| people(a)))
}

/// A mention of a state's people ("four Chilean men": `CHLPPL`, `CHLCVL`).
fn people(a: &Actor) -> bool {
    !a.country.is_empty() && ["PPL", "CVL"].iter().any(|s| a.sector.contains(s))
}
