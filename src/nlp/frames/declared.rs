//! A clause stated by a declaring "make": "X made it clear that Y would …", "X has made it
//! clear it will not …", "X made known that …". The adjective turns "make" into a
//! declaration, so the clause is reported by X as by a speech verb; read as the complement
//! of a coded verb ("make" is a dictionary verb) it was embedded and never coded. Word lists
//! `declaring_verb` and `declaring_adjective` of `data/lexicon/frames.txt`.
use super::{has, Sentence};

impl Sentence<'_> {
    /// The declaring "make" that states clause `cur`, a `ccomp` of `h`: `h` itself when a
    /// declaring adjective is its `xcomp` ("made it clear that …"), or the "make" above `h`
    /// when `h` is that adjective (the clause parsed under "clear").
    pub(super) fn declaring_make(&self, cur: usize, h: usize) -> Option<usize> {
        if self.rel(cur) != "ccomp" {
            return None;
        }
        let make = |v: usize| has(&self.lex.declaring_verb, &self.lower[v]);
        let adjective = |a: usize| has(&self.lex.declaring_adjective, &self.lower[a]);
        if make(h) && self.kids(h, "xcomp").any(adjective) {
            return Some(h);
        }
        let v = self.heads[h]?;
        (adjective(h) && self.rel(h) == "xcomp" && make(v)).then_some(v)
    }
}
