//! A presupposing adjunct set off by a comma (branch recall36): "A and B agreed on Thursday
//! not to use force against each other, after a meeting in Z". The parse hangs "after a
//! meeting" on the infinitive it follows, which makes the meeting as unreal as the
//! infinitive; the comma closes the infinitive's phrase, so the adjunct is the main
//! clause's: the meeting came before the agreement. Without the comma ("agreed to reopen
//! the border after a meeting") the adjunct may be part of what was agreed and stays there.
use super::Sentence;

/// How far up a chain of infinitives ("agreed to try to reopen …") the clause is taken.
const MAX_INFINITIVES: usize = 3;

impl Sentence<'_> {
    /// The clause a presupposing adjunct `w` (under verb `clause`) belongs to: the verb
    /// above an infinitive chain when a comma sets the adjunct off, else `clause`.
    pub(super) fn set_off_clause(&self, w: usize, clause: usize) -> usize {
        if !self.after_comma(w) {
            return clause;
        }
        let mut cur = clause;
        for _ in 0..MAX_INFINITIVES {
            let infinitive = self.rel(cur) == "xcomp" && self.marker(cur, "mark") == Some("to");
            match self.heads[cur] {
                Some(h) if infinitive && self.is_verbal(h) => cur = h,
                _ => break,
            }
        }
        cur
    }

    /// Is the phrase of `w` opened right after a comma?
    fn after_comma(&self, w: usize) -> bool {
        let first = self.leftmost(w);
        first > 0 && self.words[first - 1].form == ","
    }
}
