//! An appeal the parse joined to a reported clause: in "X said the strikes violated Y's
//! rights and called on Z to …" the appeal is coordinated with "violated", whose subject is
//! a thing. The verbs are the `appeal_verb`, `judgement` and `speech` lists of
//! `data/lexicon/frames.txt` (acts only a party does). Also an answer verb ("responded",
//! `answering_verb`) the parse hung as a modifier on the party that answers.
use super::{has, Sentence};

impl Sentence<'_> {
    /// "X said the toll amounted to a tax and called on Y to …": an appeal, judgement or
    /// speech `p` joined to a speech verb's complement `h` whose subject names no party (a
    /// thing cannot appeal, accuse or speak) is the speaker's.
    pub(super) fn appeal_on_reported_thing(&self, p: usize, h: usize) -> bool {
        let speech = self.heads[h].filter(|&s| self.lex.is_speech(&self.lower[s]));
        // a pronoun ("said it had …") stands for a party
        let thing = self.kids(h, "nsubj").next().is_some_and(|s| {
            (self.groups[s].is_none()
                && self.actor(s).is_empty()
                && !has(&self.lex.pronoun, &self.lower[s]))
                || self.denied_party(s)
        });
        // only a party appeals, judges or speaks ("denied that the drone had crossed the
        // border and accused Y of …"): a thing cannot, so the speaker did
        let party_act = has(&self.lex.appeal_verb, &self.lower[p])
            || has(&self.lex.judgement, &self.lower[p])
            || self.lex.is_speech(&self.lower[p]);
        let ok = party_act && (thing || self.appeal_on_reported_patients(p, h));
        ok && self.rel(h) == "ccomp" && speech.is_some()
    }

    /// "no Malian unit had operated there": a subject the speaker denies is no party that
    /// acts; the next verb is the speaker's, not the denied unit's.
    fn denied_party(&self, s: usize) -> bool {
        self.kids(s, "det")
            .any(|d| d < s && has(&self.lex.negator, &self.lower[d]))
    }

    /// "said the men had been held without lawyers and urged the governments to …": the
    /// content is a passive that tells what was done to its subject; an active appeal with
    /// its own object joined to it is the speaker's call, not the held men's. Only appeals:
    /// a charge or a statement may still be the patients' own ("were freed and accused …").
    fn appeal_on_reported_patients(&self, p: usize, h: usize) -> bool {
        self.kid(h, "nsubj").is_none()
            && self.kid(h, "nsubj:pass").is_some()
            && self.kid(h, "aux:pass").is_some()
            && has(&self.lex.appeal_verb, &self.lower[p])
            && self.kid(p, "obj").is_some()
            && !self.children[p]
                .iter()
                .any(|&c| self.rel(c).starts_with("nsubj") || self.rel(c).starts_with("aux"))
    }

    /// "…, and Caracas responded by …" parsed with "responded" as a modifier of "Caracas":
    /// `respond`, `react` and `retaliate` (`answering_verb`) take no object, so they have
    /// no passive participle that could describe a noun. Right after a named party, with
    /// no object of its own, such a verb is the party's act.
    pub(super) fn answer_after_its_subject(&self, p: usize, h: usize) -> bool {
        p == h + 1
            && has(&self.lex.answering_verb, &self.lower[p])
            && self.kid(p, "obj").is_none()
            && (self.groups[h].is_some() || !self.actor(h).is_empty())
    }
}
