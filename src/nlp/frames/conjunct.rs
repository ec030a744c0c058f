//! The object pronoun of a second conjunct: "accused X of … and called on them to …",
//! "condemned X and urged it to …". News copy names the party once, in the first predicate,
//! and refers back to it with "it" / "them" in the appeal that follows; the pronoun is not a
//! mention, so without this the appeal has no target.
use super::{has, Sentence};

impl Sentence<'_> {
    /// The first conjunct's object party, when `p` is a conjunct with no subject of its own
    /// whose object (or target oblique) is a bare `object_pronoun` with no actor.
    pub(super) fn pronoun_of_first_conjunct(&self, p: usize) -> Option<Vec<u32>> {
        if self.rel(p) != "conj" || self.kids(p, "nsubj").next().is_some() {
            return None;
        }
        let pronoun = self.children[p].iter().any(|&c| {
            matches!(self.base_rel(c), "obj" | "iobj" | "obl")
                && self.groups[c].is_none()
                && has(&self.lex.object_pronoun, &self.words[c].form.to_lowercase())
                && self.children[c].iter().all(|&k| self.base_rel(k) == "case")
        });
        if !pronoun {
            return None;
        }
        let first = self.heads[p].filter(|&h| h < p && self.is_verbal(h))?;
        let (target, how) = self.object(first)?;
        (matches!(how, "obj" | "iobj") && !self.only_countryless(&target)).then_some(target)
    }
}
