//! A call an act was done in: "X congratulated Y in a telephone call", "X raised the case in
//! a phone call with Y". The call is a consultation of its own, beside the clause's act for
//! the same pair (a thanks, an agreement the call reached), as a meeting told before the act
//! is (`NounFrame::earlier`). When the call names no "with" partner, the one the clause's
//! verb addresses is on the other end of the line: the object of a verb of addressing
//! someone (`call_object_verb`: thank, congratulate, assure…), never the object of another
//! verb ("raised Y's case in a call" names Y as a topic, not a partner).
use super::{has, Sentence};

impl Sentence<'_> {
    /// Is event noun `n` a call (`call_noun`) under a `call_case` preposition ("in a call",
    /// "during a conversation") of the clause verb `v`?
    pub(super) fn call_of_clause(&self, n: usize, v: usize) -> bool {
        has(&self.lex.call_noun, &self.lower[n])
            && self.heads[n] == Some(v)
            && self.rel(n) == "obl"
            && self.case_in(n, &self.lex.call_case)
    }

    /// The party on the other end of a call of clause verb `v` that names none: the actors
    /// of `v`'s direct object when `v` is a verb of addressing someone (empty: none).
    pub(super) fn called_party(&self, n: usize, v: usize) -> Vec<u32> {
        if !self.call_of_clause(n, v) || !has(&self.lex.call_object_verb, &self.lower[v]) {
            return Vec::new();
        }
        self.kids(v, "obj")
            .map(|o| self.actor(o))
            .find(|a| !a.is_empty())
            .unwrap_or_default()
    }
}
