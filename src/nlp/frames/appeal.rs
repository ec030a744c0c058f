//! An appeal the parse joined to a reported clause: in "X said the strikes violated Y's
//! rights and called on Z to …" the appeal is coordinated with "violated", whose subject is
//! a thing. The verbs are the `appeal_verb`, `judgement` and `speech` lists of
//! `data/lexicon/frames.txt` (acts only a party does).
use super::{has, Sentence};

impl Sentence<'_> {
    /// "X said the toll amounted to a tax and called on Y to …": an appeal, judgement or
    /// speech `p` joined to a speech verb's complement `h` whose subject names no party (a
    /// thing cannot appeal, accuse or speak) is the speaker's.
    pub(super) fn appeal_on_reported_thing(&self, p: usize, h: usize) -> bool {
        let speech = self.heads[h].filter(|&s| self.lex.is_speech(&self.lower[s]));
        // a pronoun ("said it had …") stands for a party
        let thing = self.kids(h, "nsubj").next().is_some_and(|s| {
            self.groups[s].is_none()
                && self.actor(s).is_empty()
                && !has(&self.lex.pronoun, &self.lower[s])
        });
        // only a party appeals, judges or speaks ("denied that the drone had crossed the
        // border and accused Y of …"): a thing cannot, so the speaker did
        let party_act = has(&self.lex.appeal_verb, &self.lower[p])
            || has(&self.lex.judgement, &self.lower[p])
            || self.lex.is_speech(&self.lower[p]);
        party_act && self.rel(h) == "ccomp" && speech.is_some() && thing
    }
}
