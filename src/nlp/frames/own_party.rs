//! Words in a clause that look like a party but are not the other party of its act: the
//! host of an occasion named in an adjunct and a complement subject owned by the
//! co-subjects themselves.
use super::{has, Sentence};

/// How far down a complement subject's modifiers its owner is looked for.
const OWNER_DEPTH: usize = 3;

impl Sentence<'_> {
    /// "A and B agreed …, after a reception hosted by Z": the `by` agent of a participle of
    /// arranging (`host_verb`) on an adjunct noun hosted the occasion; the clause's act is
    /// between its own parties. (A clash "after an attack carried out by Z" names the party
    /// reacted to, and "carry" is no arranging verb.)
    pub(super) fn occasion_host(&self, w: usize) -> bool {
        let Some(participle) = self.heads[w].filter(|_| self.rel(w) == "obl:agent") else {
            return false;
        };
        let form = self.words[participle].form.to_lowercase();
        let arranging = self
            .lex
            .host_verb
            .iter()
            .any(|v| form.starts_with(v.as_str()));
        let noun = self.heads[participle].filter(|_| self.rel(participle) == "acl");
        arranging
            && noun.is_some_and(|n| {
                matches!(self.base_rel(n), "obl" | "nmod") && self.kid(n, "case").is_some()
            })
    }

    /// "the two men agreed that a team of officers from both countries would visit": a
    /// complement subject owned through `both` / `their` is the co-subjects' own body. Only
    /// under a plural subject of `p` ("Moscow hoped both sides would …" names the parties).
    pub(super) fn owned_by_subjects(&self, p: usize, s: usize) -> bool {
        let plural = self.kids(p, "nsubj").any(|n| {
            matches!(self.words[n].xpos.as_str(), "NNS" | "NNPS") || self.kid(n, "conj").is_some()
        });
        plural && self.owned_at(s, 0)
    }

    fn owned_at(&self, w: usize, depth: usize) -> bool {
        let joint = self
            .kids(w, "det")
            .any(|d| has(&self.lex.joint_determiner, &self.lower[d]))
            || self
                .kids(w, "nmod:poss")
                .any(|d| has(&self.lex.joint_possessive, &self.lower[d]));
        joint || depth < OWNER_DEPTH && self.kids(w, "nmod").any(|c| self.owned_at(c, depth + 1))
    }
}
