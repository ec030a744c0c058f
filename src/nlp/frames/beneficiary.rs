//! The party an act of aid is for, when the act has no target of its own or names its
//! donor as the target: a purpose clause ("to assist Y") or a "for" phrase ("in funding
//! for Y's police").
use super::{has, Sentence};

impl Sentence<'_> {
    /// The party a purpose clause of `p` helps: the object of "to help / support / assist"
    /// when it names an actor with a country ("donated ventilators to assist Y").
    pub(super) fn beneficiary(&self, p: usize) -> Vec<u32> {
        self.children[p]
            .iter()
            .copied()
            .filter(|&c| {
                matches!(self.rel(c), "advcl" | "xcomp")
                    && self.marker(c, "mark") == Some("to")
                    && has(&self.lex.benefit_verb, &self.lower[c])
            })
            .flat_map(|c| self.kids(c, "obj"))
            .map(|o| self.actor(o))
            .find(|a| !a.is_empty() && !self.only_countryless(a))
            .unwrap_or_else(|| self.recipient_in_object(p))
    }

    /// The party a sum or a supply is for: "announced $25 million in funding for Y's
    /// police", "pledged grants for Y" (the "for" phrase on the verb, on its object or one
    /// level below it, or that phrase's possessor).
    fn recipient_in_object(&self, p: usize) -> Vec<u32> {
        let for_phrase = |w: usize| {
            self.children[w]
                .iter()
                .copied()
                .filter(|&c| matches!(self.rel(c), "nmod" | "obl"))
                .filter(|&c| self.marker(c, "case") == Some("for"))
                .collect::<Vec<_>>()
        };
        let mut phrases = for_phrase(p);
        for o in self.kids(p, "obj") {
            phrases.extend(for_phrase(o));
            for c in self.kids(o, "nmod") {
                phrases.extend(for_phrase(c));
            }
        }
        phrases
            .into_iter()
            .flat_map(|f| std::iter::once(f).chain(self.kids(f, "nmod:poss")))
            .map(|w| self.actor(w))
            .find(|a| !a.is_empty() && !self.only_countryless(a))
            .unwrap_or_default()
    }
}
