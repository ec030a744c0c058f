//! A `by` phrase that follows an event noun but that the parse hung elsewhere: "signed a
//! pact during a trip to Lima by Y's minister" with "by Y's minister" on the verb, or on a
//! later clause. In English a `by` phrase right after a nominal act names that act's
//! author; the verb of the clause it was hung on is no act of Y's, and Y is no party of it.
use super::{has, Sentence};

impl Sentence<'_> {
    /// The head of the `by` phrase that starts right after noun `n`'s own phrase when the
    /// parse hung it outside that phrase, and its head word names an actor with a country.
    pub(super) fn stray_agent(&self, n: usize) -> Option<usize> {
        let by = self.phrase_end(n) + 1;
        if self.lower.get(by)? != "by" || self.rel(by) != "case" {
            return None;
        }
        let w = self.heads[by]?;
        let named = self.groups[w].is_some_and(|g| !self.countryless.contains(&g));
        (named && w > n && !self.inside(w, n)).then_some(w)
    }

    /// Does noun `n` have a `by` phrase of its own, on it or right after its phrase, whether
    /// or not its head names an actor? Such a noun names its author itself: the clause's
    /// subject is not it ("A and B signed … during a visit by the minister").
    pub(super) fn has_by_phrase(&self, n: usize) -> bool {
        let own = self
            .kids(n, "nmod")
            .any(|m| self.marker(m, "case") == Some("by"));
        let next = self.phrase_end(n) + 1;
        own || self.lower.get(next).is_some_and(|w| w == "by") && self.rel(next) == "case"
    }

    /// Is `w` the stray agent ([`Sentence::stray_agent`]) of a meeting or a journey noun
    /// before it ("during a visit to Y by Z")? Then it is no party of the clause's act.
    pub(super) fn stray_occasion_agent(&self, w: usize) -> bool {
        let occasion = |n: usize| {
            self.words[n].upos == "NOUN"
                && (has(&self.lex.journey_noun, &self.lower[n])
                    || has(&self.lex.joint_noun, &self.lower[n]))
        };
        (0..w)
            .rev()
            .filter(|&n| occasion(n))
            .any(|n| self.stray_agent(n) == Some(w))
    }

    /// The last word of `n`'s phrase (`n` and the words below it).
    fn phrase_end(&self, n: usize) -> usize {
        (n + 1..self.words.len())
            .filter(|&w| self.inside(w, n))
            .max()
            .unwrap_or(n)
    }

    /// Does word `w` hang below word `top`?
    fn inside(&self, w: usize, top: usize) -> bool {
        std::iter::successors(self.heads[w], |&h| self.heads[h])
            .take(self.words.len())
            .any(|h| h == top)
    }
}
