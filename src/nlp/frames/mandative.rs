//! Mandative "that" clauses: a subject and a verb's bare form ("insisted that Iran stop
//! enrichment", "its demand that Y withdraw its troops"). The bare verb is what makes the
//! clause a demand of its subject rather than a report: "insisted that Iran stops" or
//! "insisted that Iran will stop" states a fact, "insisted that Iran stop" asks for one.
use super::{has, Sentence};

impl Sentence<'_> {
    /// Clause `c` is mandative: a verb tagged as a bare form (VB) with a subject of its own
    /// and no auxiliary or modal ("must stop" is a modal demand, see `demanded.rs`), not an
    /// infinitive ("to stop").
    pub(super) fn mandative_clause(&self, c: usize) -> bool {
        self.words[c].xpos == "VB"
            && self.kid(c, "nsubj").is_some()
            && self.kid(c, "aux").is_none()
            && self.kids(c, "mark").all(|m| self.lower[m] != "to")
    }

    /// "reiterated its demand that Y ease sanctions": the mandative clause on the object
    /// noun of `p` (its `acl` or `ccomp`), whose subject is the party the demand is made
    /// of. Any noun: a bare verb in its "that" clause marks the demand ("its call that Y
    /// withdraw"). The parser may hang the noun's clause on the verb: a `ccomp` of `p` whose
    /// "that" follows the object noun right away is the noun's.
    pub(super) fn object_noun_mandative(&self, p: usize) -> Option<usize> {
        self.kids(p, "obj").find_map(|o| {
            let on_noun = self.kids(o, "acl").chain(self.kids(o, "ccomp"));
            let on_verb = self
                .kids(p, "ccomp")
                .filter(move |&c| self.that_mark(c) == Some(o + 1));
            on_noun
                .chain(on_verb)
                .find(|&c| self.mandative_clause(c) && self.that_mark(c).is_some())
        })
    }

    /// The "that" marking clause `c`, if any.
    fn that_mark(&self, c: usize) -> Option<usize> {
        self.kids(c, "mark").find(|&m| self.lower[m] == "that")
    }

    /// "X insisted that Y hand over its weapons", "X repeated its demand that Y withdraw
    /// its troops": predicate `p` heads a mandative "that" clause of a `mandative_speech`
    /// verb, or of a verb's object noun (see `object_noun_mandative`), and that verb is not
    /// negated; the verb, whose subject demands the act of `p`'s subject (see
    /// `demanded.rs`): Y has not acted.
    pub(super) fn mandative_speech(&self, p: usize) -> Option<usize> {
        if self.that_mark(p).is_none() || !self.mandative_clause(p) {
            return None;
        }
        let h = self.heads[p]?;
        let demanding = self.rel(p) == "ccomp" && has(&self.lex.mandative_speech, &self.lower[h]);
        let verb = if demanding {
            Some(h)
        } else {
            self.demand_verb_of_noun_clause(p, h)
        }?;
        (!self.negated(verb)).then_some(verb)
    }

    /// The verb whose object noun's mandative clause `p` is: `p` hangs on the noun `h`, or
    /// on the verb `h` right after its object noun.
    fn demand_verb_of_noun_clause(&self, p: usize, h: usize) -> Option<usize> {
        let v = if self.rel(h) == "obj" {
            self.heads[h]?
        } else {
            h
        };
        (self.object_noun_mandative(v) == Some(p)).then_some(v)
    }
}
