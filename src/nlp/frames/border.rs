//! The state across a border is a place, not a party (branch precision14).
use super::{has, Sentence};

impl Sentence<'_> {
    /// "tighten checks on their borders with Y", "patrols along the frontier with Y": the
    /// parser hangs a "with Y" that follows a border word on the verb, but Y names where
    /// the border runs, not the act's partner. Only when the border word itself sits in a
    /// prepositional phrase: "closed its border with Y" (the border the act's object) is a
    /// measure on Y and keeps it. Only the phrase the parser hung on the verb: under the
    /// border word itself ("marched to the border with Y") it tells where the act went.
    pub(super) fn across_border(&self, o: usize) -> bool {
        if self.base_rel(o) != "obl" {
            return false;
        }
        let Some(case) = self.kid(o, "case") else {
            return false;
        };
        if !self.case_in(o, &self.lex.partner_case) || case == 0 {
            return false;
        }
        let border = case - 1;
        has(&self.lex.border_word, &self.lower[border])
            && matches!(self.base_rel(border), "obl" | "nmod")
            && self.kid(border, "case").is_some()
    }
}
