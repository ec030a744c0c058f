//! (threats6) A dispute sent to a third party: "X would raise the matter with the OAS if Y
//! …", "at the next ministers' meeting", "X would seek international arbitration if Y …".
//! Like a case taken to a court (`objects::referral_forum`, `events/responses.rs`), such a
//! step announced under a condition on the other side is a threat to that side, as the gold
//! codes it. The forum that would hear the dispute (an organisation, or a gathering or court
//! named by its noun, `forum_noun`) is never the party threatened: it is left out of the
//! target, and so is a forum an organisation owns ("Mercosur's arbitration tribunal").
//! Whether the step is announced (future, not negated) and conditioned is the event coder's
//! check (`events/escalation.rs`). Lists: `raising_*`, `forum_noun`, `remedy_*` in
//! `data/lexicon/frames.txt`; the dispute nouns are the `referral` list of `responses.txt`.
use super::{has, Sentence};

impl Sentence<'_> {
    /// Is `p` a step that sends a dispute to a third party ("raise the matter with F",
    /// "seek arbitration")?
    pub(super) fn escalation(&self, p: usize) -> bool {
        self.raised_forums(p).next().is_some() || self.sought_remedy(p)
    }

    /// The forums of "raise the matter / the issue with / at F" at verb `p`: a `raising_case`
    /// phrase of the verb, or of its dispute object, naming a forum.
    fn raised_forums(&self, p: usize) -> impl Iterator<Item = usize> + '_ {
        let raised = has(&self.lex.raising_verb, &self.lower[p]);
        let dispute = self.dispute_object(p).filter(|_| raised);
        dispute
            .into_iter()
            .flat_map(move |o| self.kids(p, "obl").chain(self.kids(o, "nmod")))
            .filter(move |&w| self.case_in(w, &self.lex.raising_case) && self.hearing_body(w))
    }

    /// The object of `p` that names a dispute ("the matter", "the case": `referral`).
    fn dispute_object(&self, p: usize) -> Option<usize> {
        self.kids(p, "obj")
            .find(|&o| has(&self.lex.dispute_noun, &self.lower[o]))
    }

    /// An organisation, or a noun of a gathering or a court (`forum_noun`).
    fn hearing_body(&self, w: usize) -> bool {
        self.organisation_word(w) || has(&self.lex.forum_noun, &self.lower[w])
    }

    fn organisation_word(&self, w: usize) -> bool {
        self.groups[w].is_some_and(|g| self.organisations.contains(&g))
    }

    /// Is `w` the forum a dispute is raised with or at (under the verb or its object)?
    pub(super) fn raised_forum(&self, w: usize) -> bool {
        let Some(h) = self.heads[w] else {
            return false;
        };
        let verb = if self.rel(h) == "obj" {
            self.heads[h]
        } else {
            Some(h)
        };
        verb.is_some_and(|v| self.raised_forums(v).any(|f| f == w))
    }

    /// A court or body an organisation owns ("Mercosur's arbitration tribunal"): a forum
    /// noun with an organisation as its possessor.
    pub(super) fn owned_forum(&self, w: usize) -> bool {
        has(&self.lex.forum_noun, &self.lower[w])
            && self.kids(w, "nmod:poss").any(|o| self.organisation_word(o))
    }

    /// "seek / pursue international arbitration", "launch proceedings": a remedy sought.
    fn sought_remedy(&self, p: usize) -> bool {
        has(&self.lex.remedy_verb, &self.lower[p])
            && self
                .kids(p, "obj")
                .any(|o| has(&self.lex.remedy_noun, &self.lower[o]))
    }

    /// A dispute sent to a third party (raised, or taken to a forum: "take the matter to
    /// Mercosur's tribunal") whose target is only organisations: the forum, or its owner, the
    /// parse hung elsewhere ("at the next EU ministers' meeting" read as a second object), not
    /// the party the step is against.
    pub(super) fn forum_only(&self, p: usize, target: &[u32]) -> bool {
        let referred =
            has(&self.lex.referral_verb, &self.lower[p]) && self.dispute_object(p).is_some();
        !target.is_empty()
            && target.iter().all(|g| self.organisations.contains(g))
            && (referred || self.escalation(p))
    }
}
