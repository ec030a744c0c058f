//! A signing told in the passive with its signatories as the agent: "The accord was signed
//! in the capital by A's minister and B's minister". The verb dictionary codes "sign" only
//! with what was signed after the verb ("sign * &TREATY", DM_SIGN and SIGN: the bare verb
//! has no code), so the passive, whose subject is what was signed, gets no code at all.
//! Here the same patterns are read on the passive subject's noun phrase instead; the
//! frame already makes the `by` agent the source, and co-signatories ("by A and B") pair
//! with each other as co-subjects of an active signing do.
//!
//! Only a signing of an agreement (CAMEO 057) is taken, only with a `by` agent naming the
//! signatories of two sides or more (an agentless "since the pact was signed" names no
//! party), and only an asserted, finite clause (not "has not yet been signed", "is to be
//! signed").
use super::context::SentenceCx;
use super::patterns::VpCode;
use super::vp_frames::VpFrame;
use super::*;

/// CAMEO of signing a formal agreement, the one code read here.
const SIGNED: &str = "057";

impl EventCoder {
    /// The signing code of passive phrase `vp` whose verb codes only with an object.
    pub(super) fn passive_object_code(
        &self,
        cx: &SentenceCx,
        vf: &VpFrame,
        vp: &Vp,
    ) -> Option<VpCode> {
        let frame = vf.frame.as_ref()?;
        let finite = !(vp.negated || vp.infinitive || vp.intended || vp.future || vp.modifier);
        if !frame.passive || !finite || !frame.path.starts_with("source: obl:agent") {
            return None;
        }
        // a signing binds two parties: signatories of one state ("its defence minister and
        // its army chief") sign with no one the agent names
        if signatory_sides(cx, &vf.source) < 2 {
            return None;
        }
        let (start, end) = subject_tokens(cx, vf.pred?)?;
        // the subject's words stand where an active verb's object would follow it
        let at_subject = Vp {
            end: start,
            ..vp.clone()
        };
        let scope = Scope {
            lb: start,
            rb: end,
            rb_as: end,
            rb_to: end,
            clause: None,
        };
        let mut best: Option<(u16, EventCode)> = None;
        for &f in &vp.forms {
            let block = &self.dict.blocks[self.dict.forms[f as usize].block as usize];
            for p in block.patterns.iter().filter(|p| p.pre.is_empty()) {
                let better = best.as_ref().is_none_or(|(s, _)| p.specificity > *s);
                if better
                    && self
                        .match_pattern(cx.toks, p, &at_subject, &scope)
                        .is_some()
                {
                    best = Some((p.specificity, p.code.clone()));
                }
            }
        }
        let (specificity, code) = best?;
        let signed = code.forward.as_deref() == Some(SIGNED);
        signed.then(|| VpCode {
            specificity,
            ..VpCode::asserted(SIGNED)
        })
    }
}

/// The token range of the passive subject's noun phrase of predicate word `p` (`nsubj:pass`
/// and the words before it that depend on it: "the new trade accord").
fn subject_tokens(cx: &SentenceCx, p: usize) -> Option<(usize, usize)> {
    let words = cx.words;
    let heads = syntax::head_indices(words);
    let subject =
        (0..words.len()).find(|&w| heads[w] == Some(p) && words[w].deprel == "nsubj:pass")?;
    let below = |mut w: usize| {
        for _ in 0..words.len() {
            match heads[w] {
                Some(h) if h == subject => return true,
                Some(h) => w = h,
                None => return false,
            }
        }
        false
    };
    let first = (0..subject).find(|&w| below(w)).unwrap_or(subject);
    let (from, to) = (words[first].start, words[subject].end);
    let start = cx.toks.iter().position(|t| t.span.start >= from)?;
    let end = cx
        .toks
        .iter()
        .position(|t| t.span.start >= to)
        .unwrap_or(cx.toks.len());
    (start < end).then_some((start, end))
}

/// How many sides (states, or organisations by code) the agent's actors name.
fn signatory_sides(cx: &SentenceCx, agent: &Side) -> usize {
    let mut sides: Vec<&str> = agent
        .mentions
        .iter()
        .filter_map(|m| cx.actors.get(m))
        .flatten()
        .map(|a| a.side())
        .filter(|s| !s.is_empty() && !s.starts_with('-'))
        .collect();
    sides.sort_unstable();
    sides.dedup();
    sides.len()
}
