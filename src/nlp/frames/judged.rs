//! The target of a verb that judges someone's act: "France condemned Russia's attack on
//! Ukraine" judges Russia (the attack's agent), not Ukraine (its victim); so do "welcomed
//! the decision by Chile", "rejected Iran's proposal". Such verbs are the `judgement` list
//! of `data/lexicon/frames.txt`; the agent is the act noun's possessor or its `by` phrase.
use super::{has, Sentence};

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
