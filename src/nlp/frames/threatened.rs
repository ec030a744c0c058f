//! A threat and its condition: "Britain threatened to restore sanctions on Iran if Tehran
//! does not comply". The `if` / `unless` clause is what the threat demands, not a condition
//! on the threat being made, so the threat stays asserted; the threatened party is the one
//! the announced act falls on ("sanctions on Iran", "strikes against Y"), else the one the
//! condition asks to act ("unless Mexico does more"), not an actor named inside the act's
//! object ("United Nations sanctions"). The verbs are the `threat` list of
//! `data/lexicon/frames.txt`, the prepositions its `threat_case` list.
use super::{has, Sentence};

impl Sentence<'_> {
    /// The threat verb `p` is or whose announced act it is ("threatened [to restore]").
    pub(super) fn threat_verb(&self, p: usize) -> Option<usize> {
        if has(&self.lex.threat, &self.lower[p]) {
            return Some(p);
        }
        let h = self.heads[p]?;
        (self.rel(p) == "xcomp" && has(&self.lex.threat, &self.lower[h])).then_some(h)
    }

    /// The threatened party of a threat at `p` (the verb or its announced act); `None`
    /// when `p` is no threat or neither the act nor the condition names an actor.
    pub(super) fn threatened(&self, p: usize) -> Option<Vec<u32>> {
        let verb = self.threat_verb(p)?;
        let act = if verb == p {
            self.kids(p, "xcomp").find(|&c| self.is_verbal(c))?
        } else {
            p
        };
        self.act_falls_on(act)
            .or_else(|| self.condition_subject(act))
            .or_else(|| self.condition_subject(verb))
    }

    /// "restore sanctions on Y", "take action against Y": the actor under a threat
    /// preposition of the act or of its object.
    fn act_falls_on(&self, act: usize) -> Option<Vec<u32>> {
        let objects = self.kids(act, "obj").collect::<Vec<_>>();
        let mut marked = objects
            .iter()
            .flat_map(|&o| self.children[o].iter().copied())
            .filter(|&m| self.rel(m) == "nmod")
            .chain(self.kids(act, "obl"));
        marked.find_map(|m| {
            let on = self.case_in(m, &self.lex.threat_case);
            let a = self.actor(m);
            (on && !a.is_empty()).then_some(a)
        })
    }

    /// The subject of an `if` / `unless` clause under `w`: the party asked to comply.
    fn condition_subject(&self, w: usize) -> Option<Vec<u32>> {
        self.kids(w, "advcl")
            .filter(|&c| self.condition_clause(c))
            .filter_map(|c| self.kids(c, "nsubj").next())
            .map(|s| self.actor(s))
            .find(|a| !a.is_empty())
    }

    /// An adverbial clause opened by `if` / `unless` (not `whether`), unless a concessive
    /// word stands right before the mark ("even if": the act holds whatever happens); or
    /// one told by inversion ("should Y …", `conditioned_response`).
    pub(super) fn condition_clause(&self, c: usize) -> bool {
        let concessive = |m: usize| m > 0 && has(&self.lex.concessive, &self.lower[m - 1]);
        let marked = self.kid(c, "mark").is_some_and(|m| {
            let word = self.lower[m].as_str();
            has(&self.lex.conditional, word) && word != "whether" && !concessive(m)
        });
        marked || self.inverted_condition(c)
    }
}

impl Sentence<'_> {
    /// The party a warned cost falls on: "warned that the base would have consequences for
    /// Y('s relations with X)" (a `for` phrase under the cost noun or its clause), or the
    /// clause's subject when it bears the cost itself ("warned that Y would face
    /// consequences"). A speech verb's complement is otherwise no act on anyone; a cost
    /// announced to another party is a threat against it. Lists: `cost_*` in `frames.txt`.
    pub(super) fn cost_bearer(&self, p: usize) -> Option<(Vec<u32>, &'static str)> {
        if !has(&self.lex.cost_warning, &self.lower[p]) {
            return None;
        }
        let clause = self.kids(p, "ccomp").find(|&c| self.is_verbal(c))?;
        let cost = self
            .kids(clause, "obj")
            .find(|&o| has(&self.lex.cost_noun, &self.lower[o]))?;
        let bearer = self
            .kids(cost, "nmod")
            .chain(self.kids(clause, "obl"))
            .find(|&m| self.case_in(m, &self.lex.cost_case));
        if let Some(b) = bearer {
            let a = self.actor(b);
            return (!a.is_empty()).then_some((a, "ccomp>cost>for"));
        }
        if !has(&self.lex.cost_bearing_verb, &self.lower[clause]) {
            return None;
        }
        let a = self.actor(self.kids(clause, "nsubj").next()?);
        (!a.is_empty()).then_some((a, "ccomp>nsubj>cost"))
    }
}

impl Sentence<'_> {
    /// "Y said X had detained dozens of its nationals": an object of a reported act owned
    /// by a third-person possessive ("its", "their", `speaker_possessive`) is the reporting
    /// speaker's, the party that complains of the act. Only when the act is the content of
    /// a speech verb whose subject names an actor other than the act's source. Not when the
    /// act's subject is itself a personal pronoun ("Y said it was closing its embassy in Z"):
    /// the possessive then stands with that pronoun for the speaker, the owner and the actor
    /// at once, and the object's own place names the party. Nor when the speaker is of the
    /// act's own state ("Latvia will close its crossing …, the interior minister said"): the
    /// possessive is then the act's subject, as without a speaker.
    pub(super) fn speaker_possessed(&self, p: usize, source: &[u32]) -> Option<Vec<u32>> {
        if self
            .kids(p, "nsubj")
            .any(|s| has(&self.lex.pronoun, &self.lower[s]))
        {
            return None;
        }
        let owned = |w: usize| {
            self.kids(w, "nmod:poss")
                .any(|d| has(&self.lex.speaker_possessive, &self.lower[d]))
        };
        let objects: Vec<usize> = self.kids(p, "obj").collect();
        let hit = objects
            .iter()
            .any(|&o| owned(o) || self.kids(o, "nmod").any(owned));
        if !hit || self.rel(p) != "ccomp" {
            return None;
        }
        let speech = self.heads[p].filter(|&h| self.lex.is_speech(&self.lower[h]))?;
        let speaker = self.actor(self.kids(speech, "nsubj").next()?);
        let other = !speaker.is_empty()
            && speaker
                .iter()
                .all(|g| !source.contains(g) && !self.same_country(*g, source));
        (other && !self.only_countryless(&speaker)).then_some(speaker)
    }
}
