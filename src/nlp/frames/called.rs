//! A call made to express something: "X called Y to express solidarity", "… phoned Y to
//! offer condolences" is a telephone call (041, both ways), not an appeal ("called on Y to
//! act", "called Y to account"). The verbs are the `call_verb` list of
//! `data/lexicon/frames.txt`, the purposes its `call_purpose` list, what is expressed its
//! `call_content` list.
//!
//! A call paid on someone: "X held talks with Y and later called on the president" with no
//! appeal in it (no "to" clause, no "for", no content clause) is a courtesy visit, which the
//! event coder codes when the one called on is a person (branch fresh5).
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

    /// Is predicate `p` "called on / upon" someone with nothing asked of them: no "to" clause
    /// ("called on Y to withdraw"), no "for" phrase ("called on Y for restraint"), no content
    /// clause ("called on Y, saying …" stays an appeal only with a clause of its own)?
    pub(super) fn call_paid(&self, p: usize) -> bool {
        if !has(&self.lex.call_verb, &self.lower[p]) {
            return false;
        }
        let on = |w: usize| matches!(self.lower[w].as_str(), "on" | "upon");
        let particle = self.kids(p, "compound:prt").any(on);
        let oblique = self
            .kids(p, "obl")
            .any(|o| self.kid(o, "case").is_some_and(on));
        let asked = self.children[p].iter().any(|&c| {
            matches!(self.rel(c), "xcomp" | "ccomp")
                || self.rel(c).starts_with("obl") && self.marker(c, "case") == Some("for")
        });
        // a "to" infinitive anywhere below ("calling on Y's administration to act", where
        // the parse may hang it under the object), and a noun's modifier ("a statement
        // calling on Y"), are appeals
        let noun_modifier = self.rel(p).starts_with("acl");
        (particle || oblique) && !asked && !noun_modifier && !self.infinitive_below(p)
    }

    /// Some verb below `p` (not `p` itself) marked by "to".
    fn infinitive_below(&self, p: usize) -> bool {
        let mut stack: Vec<usize> = self.children[p].clone();
        while let Some(w) = stack.pop() {
            if self.is_verbal(w) && self.marker(w, "mark") == Some("to") {
                return true;
            }
            stack.extend(self.children[w].iter().copied());
        }
        false
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
