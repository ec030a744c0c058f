//! The target of a verb that judges someone's act: "France condemned Russia's attack on
//! Ukraine" judges Russia (the attack's agent), not Ukraine (its victim); so do "welcomed
//! the decision by Chile", "rejected Iran's proposal". Such verbs are the `judgement` list
//! of `data/lexicon/frames.txt`; the agent is the act noun's possessor or its `by` phrase,
//! which the parse may hang on the verb ("condemned the attack on civilians by Y's militia").
//! With no agent named, a verb of disapproval whose act noun names only its victim ("condemned
//! the attack on civilians in Y") judges no party the sentence names: the victim is no
//! target, and no weaker reading looks for one ([`JUDGED_PATIENT`]).
use super::{has, Sentence};

/// Target path of a judged act that names only whom it fell on: no target.
pub(super) const JUDGED_PATIENT: &str = "none (the judged act's victim is not its author)";

impl Sentence<'_> {
    /// The actor whose act `o`, the object of judgement verb `p`, is: `None` when `p` is
    /// not a judgement verb, the object is itself an actor ("accused China's coast guard")
    /// or the noun names no agent (then the usual target rules apply).
    pub(super) fn judged_agent(&self, p: usize, o: usize) -> Option<Vec<u32>> {
        if !has(&self.lex.judgement, &self.lower[p]) || self.groups[o].is_some() {
            return None;
        }
        self.children[o]
            .iter()
            .copied()
            .filter(|&m| self.is_agent_of_noun(m))
            .map(|m| self.actor(m))
            .find(|a| !a.is_empty())
            // "the expulsion of two envoys by Y": the `by` phrase the parse hung on the patient
            .or_else(|| {
                self.noun_agent(o)
                    .map(|a| self.actor(a))
                    .filter(|a| !a.is_empty())
            })
            .or_else(|| self.verb_by_agent(p, o))
    }

    /// "condemned the attack on civilians by Y's militia": an active verb has no `by`
    /// agent of its own, so a `by` phrase the parse hangs on it after a noun object is the
    /// noun's agent.
    fn verb_by_agent(&self, p: usize, o: usize) -> Option<Vec<u32>> {
        if self.passive(p) || self.words[o].upos != "NOUN" {
            return None;
        }
        self.kids(p, "obl")
            .filter(|&m| m > o && self.marker(m, "case") == Some("by"))
            .map(|m| self.actor(m))
            .find(|a| !a.is_empty())
    }

    /// Is the object of verb of disapproval `p` an act noun that names no agent and no
    /// actor of its own, only whom it fell on ("condemned the attack on civilians",
    /// "denounced the sanctions against Y")? Then that party is no target.
    pub(super) fn judged_patient_only(&self, p: usize) -> bool {
        if !has(&self.lex.judged_act_verb, &self.lower[p]) || self.passive(p) {
            return false;
        }
        let Some(o) = self.kids(p, "obj").next() else {
            return false;
        };
        let victim = |m: usize| {
            self.rel(m) == "nmod"
                && self.case_in(m, &self.lex.judged_patient_case)
                && (!self.actor(m).is_empty() || self.noun_target(m).is_some())
        };
        self.words[o].upos == "NOUN"
            && self.groups[o].is_none()
            && self.actor(o).is_empty()
            && self.judged_agent(p, o).is_none()
            && self.children[o].iter().any(|&m| victim(m))
    }

    /// "Russia's" (`nmod:poss`) or "by Israel" (`nmod` with `by`) under a noun.
    fn is_agent_of_noun(&self, m: usize) -> bool {
        match self.rel(m) {
            "nmod:poss" => true,
            "nmod" | "nmod:agent" => self.marker(m, "case") == Some("by"),
            _ => false,
        }
    }
}
