//! "X will not lift the embargo until Y frees its prisoners": a refusal held until another
//! party acts sets that party a condition, so the party is whom the refusal answers. Only a
//! negated predicate (a refusal; "attacked before Y arrived" is only a time), only a
//! clause marked by an `awaited_mark` word ("until", "till", "before", "unless") on the
//! predicate or on its control verb, only the active subject of that clause, and only when
//! the predicate has no target of another country of its own ("the ban on workers", a
//! countryless object, does not name whom the refusal answers). A party of the source's own
//! country ("until its own courts decide") is no other side.
use super::{has, Frame, Sentence};

impl Sentence<'_> {
    /// The subject of a negated predicate's "until" clause, when the frame has no placed
    /// target: the party the refusal waits on.
    pub(super) fn awaited_party(
        &self,
        p: usize,
        control: Option<usize>,
        f: &Frame,
    ) -> Option<Vec<u32>> {
        if !f.negated || f.passive || self.has_country(&f.target) {
            return None;
        }
        let heads = std::iter::once(p).chain(control);
        let clauses: Vec<usize> = heads.flat_map(|h| self.kids(h, "advcl")).collect();
        clauses.into_iter().find_map(|c| {
            let awaited = self
                .marker(c, "mark")
                .is_some_and(|m| has(&self.lex.awaited_mark, m));
            let subject = self.kid(c, "nsubj").filter(|_| awaited)?;
            let mut party = self.actor(subject);
            party.retain(|g| !f.source.contains(g) && !self.same_country(*g, &f.source));
            self.has_country(&party).then_some(party)
        })
    }

    /// Is adverbial clause `c` of predicate `p` what a refusal waits on: `p` is negated and
    /// `c` is marked by an `awaited_mark` word ("will not release them unless Y pays")? The
    /// refusal holds now; only its end is conditional.
    pub(super) fn refusal_awaits(&self, p: usize, c: usize) -> bool {
        self.negated(p)
            && self
                .marker(c, "mark")
                .is_some_and(|m| has(&self.lex.awaited_mark, m))
    }

    /// Is group `g` of the country of one of the `groups` (as the caller told them)?
    pub(super) fn same_country(&self, g: u32, groups: &[u32]) -> bool {
        let country = |x: u32| self.countries.iter().find(|(y, _)| *y == x).map(|(_, c)| c);
        country(g).is_some_and(|c| groups.iter().any(|&s| country(s) == Some(c)))
    }
}
