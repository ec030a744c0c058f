//! A call made to express something: "X called Y to express solidarity", "… phoned Y to
//! offer condolences" is a telephone call (041, both ways), not an appeal ("called on Y to
//! act", "called Y to account"). The verbs are the `call_verb` list of
//! `data/lexicon/frames.txt`, the purposes its `call_purpose` list, what is expressed its
//! `call_content` list.
use super::{has, Sentence};

impl Sentence<'_> {
    /// Is predicate `p` a call to an actor (its object) made to express a listed content?
    pub(super) fn expressing_call(&self, p: usize) -> bool {
        if !has(&self.lex.call_verb, &self.lower[p]) {
            return false;
        }
        let to_actor = self.kids(p, "obj").any(|o| !self.actor(o).is_empty());
        to_actor
            && self.children[p]
                .iter()
                .any(|&c| self.expresses(c) && matches!(self.rel(c), "xcomp" | "advcl"))
    }

    /// "to express solidarity", "to offer condolences": a `to` clause with a listed verb
    /// and a listed object.
    fn expresses(&self, c: usize) -> bool {
        self.marker(c, "mark") == Some("to")
            && has(&self.lex.call_purpose, &self.lower[c])
            && self
                .kids(c, "obj")
                .any(|o| has(&self.lex.call_content, &self.lower[o]))
    }
}
