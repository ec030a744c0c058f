//! Acts told inside a relative clause or participle on a noun (issue 8, class F):
//! - "whose" possesses the subject of its clause for the noun the clause modifies
//!   ("fishermen whose boat was seized by Y": the boat is the fishermen's);
//! - a restrictive past passive with a `by` agent on a noun states a fact the sentence
//!   presupposes, also inside what a demand asks for ("demanded that X free the men who
//!   were seized by Y": the seizure happened, only the freeing is asked for);
//! - people whose detention by Y such a clause tells, when released in a passive with no
//!   agent, are released by Y ("the fishermen who were detained by Y were released").
use super::{has, Sentence};

impl Sentence<'_> {
    /// The noun a relative pronoun's clause modifies: the clause's head for "who" / "which"
    /// on the verb, and for "whose" on a noun of the clause ("whose boat was seized").
    pub(super) fn relative_antecedent(&self, w: usize) -> Option<usize> {
        let mut clause = self.heads[w]?;
        if self.rel(w) == "nmod:poss" {
            clause = self.heads[clause]?;
        }
        if self.rel(clause) != "acl:relcl" {
            return None;
        }
        self.heads[clause]
    }

    /// A clause on a noun that tells a past act done to it by a named agent: a restrictive
    /// relative clause in the past passive ("who were detained by Y") or a passive
    /// participle ("fishermen detained by Y"). What the sentence asks or reports about the
    /// noun does not make this act unreal.
    pub(super) fn told_passive_on_noun(&self, v: usize) -> bool {
        if self.agent(v).is_none() || !self.passive(v) {
            return false;
        }
        match self.rel(v) {
            "acl:relcl" => {
                !self.non_restrictive(v)
                    && self.children[v].iter().any(|&c| {
                        self.rel(c).starts_with("aux")
                            && has(&self.lex.past_aux, &self.words[c].form.to_lowercase())
                    })
            }
            "acl" => self.words[v].xpos == "VBN",
            _ => false,
        }
    }

    /// The holder who releases `s` (the passive subject of release verb `p` with no agent):
    /// the `by` agent of a detention told on `s` in a relative clause or participle.
    pub(super) fn holder_of_released(&self, p: usize, s: usize) -> Option<usize> {
        if !has(&self.lex.release_verb, &self.lower[p]) || self.agent(p).is_some() {
            return None;
        }
        self.children[s]
            .iter()
            .copied()
            .filter(|&c| matches!(self.rel(c), "acl:relcl" | "acl"))
            .filter(|&c| has(&self.lex.detention_verb, &self.lower[c]))
            .filter(|&c| self.told_passive_on_noun(c))
            .find_map(|c| self.agent(c))
            .filter(|&a| !self.actor(a).is_empty())
    }
}
