//! The partner named inside a pledge's content: "pledged to work with Y", "accepted an
//! invitation to meet with Y" (branch quad3), "rejected holding talks with Y" (quad21).
use super::{has, Sentence};

impl Sentence<'_> {
    /// "pledged to work with Y", "accepted an invitation to meet with Y": a coded verb
    /// whose infinitive complement (or its object's "to" clause) names the partner or
    /// opponent under "with" / "against" acts with or against that party; the clause is
    /// the content of the pledge, and the partner the one it is made to. Not for speech
    /// or factive verbs (as for `complement_subject` in `roles.rs`).
    pub(super) fn complement_partner(&self, p: usize) -> Option<Vec<u32>> {
        let lemma = self.lower[p].as_str();
        if !self.predicates[p] || self.lex.is_speech(lemma) || has(&self.lex.factive, lemma) {
            return None;
        }
        let object_clauses = ["obj", "iobj"]
            .iter()
            .flat_map(|rel| self.kids(p, rel))
            .flat_map(|o| self.kids(o, "acl"))
            .filter(|&c| self.kid(c, "mark").is_some());
        let clause = self
            .kids(p, "xcomp")
            .chain(object_clauses)
            .find(|&c| self.is_verbal(c))?;
        // "decided not to continue the training with Y": a content negated is no act
        // with Y, so Y is no partner of the pledge.
        if self.negated(clause) {
            return None;
        }
        // "refused holding talks with Y": the partner may hang on the clause's object
        // noun rather than on its verb; the object of the content is still the act agreed
        // or refused with Y (branch quad21).
        let object_modifiers = self.kids(clause, "obj").flat_map(|o| self.kids(o, "nmod"));
        self.kids(clause, "obl")
            .chain(object_modifiers)
            .filter(|&o| self.case_in(o, &self.lex.partner_case) && !self.across_border(o))
            .find(|&o| self.groups[o].is_some())
            .map(|o| self.actor(o))
            .filter(|a| self.has_country(a))
    }
}
