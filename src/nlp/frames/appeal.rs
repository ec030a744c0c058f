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
    fn appeal_on_reported_thing(&self, p: usize, h: usize) -> bool {
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

    /// The speech verb whose own act `p` is when the parse joined `p` to a word of the
    /// content it reports: the reported thing above, or (`speaker_past_conjunct`) a past
    /// tense joined to a content that cannot share it, unless the parse's own route gives
    /// it a party as subject.
    pub(super) fn speakers_verb(&self, p: usize) -> Option<usize> {
        let h = self.heads[p]?;
        if self.rel(p) != "conj" {
            return None;
        }
        if self.appeal_on_reported_thing(p, h) {
            return self.heads[h];
        }
        let s = self.speaker_past_conjunct(p)?;
        // the parse's own reading first: a party the conjunct shares the subject of ("said
        // the bloc 'stands with Y' and called on Z") stays its subject
        let shared = self.is_verbal(h)
            && self
                .subject_word(h, 1, &mut Vec::new())
                .is_some_and(|w| self.party_word(w));
        (!shared).then_some(s)
    }

    /// "X said Y would not apologise and accused Z of …", "said after the session that Y
    /// 'will never recognise' the award and accused Z of …": a bare past tense of a party's
    /// act (`appeal_verb`, `judgement`), with "and", no subject and no auxiliary of its own,
    /// joined to a word inside a past speech verb's content, goes with the speech verb: the
    /// content's modal, present or participle cannot carry a past "accused", which the
    /// parse hung under it. Not when the content has a past verb of a party that the
    /// conjunct could share ("said the opposition walked out and accused …"), nor across a
    /// relative clause ("said the envoy, who arrived and accused …").
    fn speaker_past_conjunct(&self, p: usize) -> Option<usize> {
        let w = &self.words[p];
        let party_act =
            has(&self.lex.appeal_verb, &self.lower[p]) || has(&self.lex.judgement, &self.lower[p]);
        let bare = self.kids(p, "cc").any(|c| self.lower[c] == "and")
            && !self.children[p].iter().any(|&c| {
                let r = self.base_rel(c);
                r == "nsubj" || r == "aux" || r == "expl"
            });
        if !(party_act && bare && w.upos == "VERB" && matches!(w.xpos.as_str(), "VBD" | "VBN")) {
            return None;
        }
        let s = self.ancestors(p).find(|&a| self.past_speech(a))?;
        let sharable = (s + 1..p).any(|v| self.sharing_relative(v) || self.sharable_past(v));
        (self.heads[p] != Some(s) && s < p && !sharable).then_some(s)
    }

    /// A past speech verb with a subject of its own: "X said", "X denied".
    fn past_speech(&self, s: usize) -> bool {
        self.lex.is_speech(&self.lower[s])
            && self.words[s].xpos == "VBD"
            && self.kid(s, "nsubj").is_some()
    }

    /// A relative pronoun (not "that") whose clause could take the bare past conjunct: "said
    /// the envoy, who arrived and accused …". A clause in the present tense ("a route for
    /// people who have no ties here") cannot: English joins like tenses, and the parse hung
    /// the speaker's past act on the nearest verb.
    fn sharing_relative(&self, v: usize) -> bool {
        if !has(&self.lex.relative, &self.lower[v]) || self.lower[v] == "that" {
            return false;
        }
        let present = self.heads[v].is_some_and(|h| {
            self.words[h].upos == "VERB" && matches!(self.words[h].xpos.as_str(), "VBZ" | "VBP")
        });
        !present
    }

    /// A past the bare conjunct could share: a lexical past ("Y walked out and accused",
    /// whoever its subject is), or a past copula of a party ("Y was ready and accused").
    /// "said it was concerned … and called on Y": a copula whose subject is "it" or "they"
    /// right after the speech verb is the speaker's own state, so sharing it or not gives
    /// the same party; it does not stop the conjunct from going with the speaker.
    fn sharable_past(&self, v: usize) -> bool {
        let w = &self.words[v];
        if w.xpos != "VBD" {
            return false;
        }
        if w.upos == "VERB" {
            return true;
        }
        let predicate = self.heads[v].filter(|_| self.rel(v) == "cop");
        let speakers_state = predicate.is_some_and(|h| self.speakers_own_state(h));
        !speakers_state
            && predicate
                .and_then(|h| self.kid(h, "nsubj"))
                .is_some_and(|s| self.party_word(s))
    }

    /// A predicate `h` that is the content of a past speech verb, with "it" or "they" for
    /// subject: "X said it was concerned", told of the speaker itself.
    fn speakers_own_state(&self, h: usize) -> bool {
        let speech = self.heads[h]
            .filter(|_| self.rel(h) == "ccomp")
            .is_some_and(|s| self.past_speech(s));
        let own = self
            .kid(h, "nsubj")
            .is_some_and(|s| matches!(self.lower[s].as_str(), "it" | "they"));
        speech && own
    }

    /// A word that names a party: an actor, a group the coder marked, or a pronoun.
    fn party_word(&self, w: usize) -> bool {
        self.groups[w].is_some()
            || !self.actor(w).is_empty()
            || has(&self.lex.pronoun, &self.lower[w])
    }

    /// The heads above `w`, nearest first.
    fn ancestors(&self, w: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.heads[w], move |&a| self.heads[a]).take(12)
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
