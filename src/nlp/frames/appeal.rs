//! An appeal the parse joined to a reported clause: in "X said the strikes violated Y's
//! rights and called on Z to …" the appeal is coordinated with "violated", whose subject is
//! a thing. The verbs are the `appeal_verb` list of `data/lexicon/frames.txt`.
use super::{has, Sentence};

impl Sentence<'_> {
    /// "X said the toll amounted to a tax and called on Y to …": an appeal `p` joined to a
    /// speech verb's complement `h` whose subject names no party (a thing cannot appeal)
    /// is the speaker's.
    pub(super) fn appeal_on_reported_thing(&self, p: usize, h: usize) -> bool {
        let speech = self.heads[h].filter(|&s| self.lex.is_speech(&self.lower[s]));
        // a pronoun ("said it had …") stands for a party
        let thing = self.kids(h, "nsubj").next().is_some_and(|s| {
            self.groups[s].is_none()
                && self.actor(s).is_empty()
                && !has(&self.lex.pronoun, &self.lower[s])
        });
        has(&self.lex.appeal_verb, &self.lower[p])
            && self.rel(h) == "ccomp"
            && speech.is_some()
            && thing
    }
}
