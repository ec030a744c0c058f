//! A nationality word on a thing someone has is no party (branch precision14).
use super::{has, Sentence};

impl Sentence<'_> {
    /// "were detained with Belarusian SIM cards", "caught with Moldovan bank cards": a
    /// `possession_case` phrase whose noun names no actor is a thing someone had or used;
    /// the nationality word modifying it tells where the thing comes from, not who the act
    /// falls on. A phrase whose noun is itself an actor, or names people ("met with his
    /// Polish counterpart"), keeps its party.
    pub(super) fn carried_thing(&self, w: usize) -> bool {
        matches!(self.base_rel(w), "obl" | "nmod")
            && self.case_in(w, &self.lex.possession_case)
            && self.groups[w].is_none()
            && !has(&self.lex.person_noun, &self.lower[w])
            && self.modifiers(w).iter().any(|&m| self.groups[m].is_some())
    }

    /// The words of `w`'s own noun phrase before its head: adjectives, compounds and the
    /// parts of a name under them ("Russian bank cards": bank, Russian).
    fn modifiers(&self, w: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![w];
        while let Some(n) = stack.pop() {
            for &c in &self.children[n] {
                if matches!(self.base_rel(c), "amod" | "compound" | "flat") {
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out
    }
}
