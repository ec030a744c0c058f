//! A demand in reported speech: "Chile said Peru should / must / ought to withdraw", "Peru
//! needs to withdraw, Chile said". The complement's act is not done: it is what the
//! speaker demands of the complement's subject. "Peru will / would withdraw" stays a report
//! with future modality. The modals are the `demand_modal` list of
//! `data/lexicon/frames.txt`, the verbs of obligation ("needs to") its `obligation_verb` list.
use super::{has, Sentence};

impl Sentence<'_> {
    /// The speech verb whose complement demands predicate `p` of its subject: `p` (or the
    /// obligation verb whose `to` complement `p` is) carries a demand modal, and that clause
    /// is the `ccomp` of a speech verb that is not negated, or a speech verb comments on it
    /// ("…, officials said").
    pub(super) fn demanded_by(&self, p: usize) -> Option<usize> {
        if let Some(s) = self.mandative_speech(p) {
            return Some(s);
        }
        let clause = self.obligation_clause(p)?;
        if let Some(s) = self.commenting_speech(clause) {
            return (!self.negated(s)).then_some(s);
        }
        let h = self.heads[clause]?;
        let said = self.rel(clause) == "ccomp" && self.lex.is_speech(&self.lower[h]);
        (said && !self.negated(h)).then_some(h)
    }

    /// The clause of `p` that states an obligation: `p` itself ("must withdraw"), the
    /// obligation verb `p` is ("needs [to withdraw]") or governs `p` ("needs to [withdraw]").
    fn obligation_clause(&self, p: usize) -> Option<usize> {
        if self.modal_demand(p) || self.obligation_verb(p) {
            return Some(p);
        }
        let h = self.heads[p]?;
        (self.rel(p) == "xcomp" && self.obligation_verb(h)).then_some(h)
    }

    /// A demand modal on `w` and no perfect: "should have acted" judges the past.
    fn modal_demand(&self, w: usize) -> bool {
        let aux: Vec<&str> = self
            .kids(w, "aux")
            .map(|a| self.lower[a].as_str())
            .collect();
        aux.iter().any(|a| has(&self.lex.demand_modal, a)) && !aux.contains(&"have")
    }

    /// "needs to <act>" in the present ("needed to" often tells what was done).
    fn obligation_verb(&self, w: usize) -> bool {
        has(&self.lex.obligation_verb, &self.lower[w])
            && self.words[w].xpos != "VBD"
            && self.kids(w, "aux").next().is_none()
            && self
                .kids(w, "xcomp")
                .any(|c| self.marker(c, "mark") == Some("to"))
    }
}
