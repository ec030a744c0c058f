//! "accepted an invitation to visit Y", "declined an offer to travel to Y": a journey told as
//! the content of the object noun (an infinitive `acl` of a `travel_verb` with no subject of
//! its own) has its destination as the partner of the act on the noun. The invitee accepts
//! or turns down a meeting with the state it would visit; the clause names no other party
//! (the parse hangs the destination two levels below the verb, out of the object's and the
//! nearest name's reach). Only a destination that names a placed party: "an invitation to
//! visit the region" names none.
use super::{has, Sentence};

impl Sentence<'_> {
    /// The actor groups of the destination of a journey the object of `p` names as its
    /// content ("accepted an invitation to visit Y": Y).
    pub(super) fn invited_destination(&self, p: usize) -> Option<Vec<u32>> {
        self.kids(p, "obj")
            .flat_map(|o| self.kids(o, "acl"))
            .filter(|&c| self.controlled_journey(c))
            .find_map(|c| self.destination(c))
    }

    /// Is `c` a journey in the infinitive whose traveller is the clause's subject: "to visit",
    /// "to travel", with no subject of its own ("an invitation for Y to visit" names Y)?
    fn controlled_journey(&self, c: usize) -> bool {
        self.marker(c, "mark") == Some("to")
            && has(&self.lex.travel_verb, &self.lower[c])
            && self.kid(c, "nsubj").is_none()
    }

    /// Where journey `c` goes: its object ("visit Y") or an `arrival_case` oblique ("travel
    /// to Y"), when that names a party with a country.
    fn destination(&self, c: usize) -> Option<Vec<u32>> {
        let places = self
            .kids(c, "obl")
            .filter(|&o| self.case_in(o, &self.lex.arrival_case));
        self.kids(c, "obj")
            .chain(places)
            .map(|o| self.actor(o))
            .find(|a| !a.is_empty() && !self.only_countryless(a))
    }
}
