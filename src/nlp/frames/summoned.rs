//! An envoy called in, told in the passive: "X's ambassador was summoned to the foreign
//! ministry in Y". News often leaves out who summoned: the ministry the envoy was called to
//! is the summoning government (the mention finder places "the ministry in Moscow" by its
//! place). Without a `to` complement that names an actor, or with one that heads a list, the
//! source stays unsaid.
//!
//! An envoy called in for an appeal: "X summoned Y's ambassador to demand an apology". The
//! infinitive (hung on the verb, or on the envoy and moved by `repair/summons_purpose.rs`) is
//! the summoner's appeal to the envoy's state, made at the summons: asserted, with the
//! summons' subject and the envoy's actor as target (`summons_purpose`).
use super::*;

/// The CAMEO code of a demand made as a summons' purpose.
const DEMAND: &str = "100";
/// The CAMEO code of a request made as a summons' purpose.
const REQUEST: &str = "020";

impl Sentence<'_> {
    /// Marks passive `p` a summons of an envoy, and with no `by` agent takes the ministry
    /// the envoy was called to as the source.
    pub(super) fn summons(
        &self,
        p: usize,
        subject: Option<usize>,
        f: &mut Frame,
        source_path: &mut Vec<&'static str>,
    ) {
        f.summoned_envoy = subject.is_some_and(|s| self.summoned_envoy(p, s));
        if !f.source.is_empty() || self.agent(p).is_some() {
            return;
        }
        if let Some((o, a)) = self.summoned_to(p) {
            f.source = a;
            f.source_word = Some(o);
            source_path.push("obl:to (the summoning ministry)");
        }
    }

    /// The `to` complement of a summons verb `p` and its actor: the summoning side of a
    /// passive with no `by` agent.
    fn summoned_to(&self, p: usize) -> Option<(usize, Vec<u32>)> {
        if !has(&self.lex.summon_verb, &self.lower[p]) {
            return None;
        }
        self.kids(p, "obl")
            .filter(|&o| self.marker(o, "case") == Some("to"))
            // a list after the ministry ("…, news agencies reported" misparsed as a conjunct)
            // joins other actors to its group: then who summoned is unclear
            .filter(|&o| self.kid(o, "conj").is_none())
            .map(|o| (o, self.actor(o)))
            .find(|(_, a)| !a.is_empty())
    }

    /// Is passive subject `s` of summons verb `p` an envoy ("ambassador", "chargé")?
    fn summoned_envoy(&self, p: usize, s: usize) -> bool {
        has(&self.lex.summon_verb, &self.lower[p]) && has(&self.lex.envoy_noun, &self.lower[s])
    }
}

impl Sentence<'_> {
    /// The envoy word when `p` is the purpose of an active summons: "X summoned Y's
    /// ambassador to demand an apology" (an appeal of the `summons_purpose` list, marked
    /// "to", an adverbial or complement of the summons verb, whose object is an envoy). The
    /// summoner makes the appeal, of the envoy's state, at the summons. Another infinitive
    /// ("to protest", the summons' own act; "to explain", the envoy's) is no such purpose.
    pub(super) fn summons_purpose(&self, p: usize) -> Option<usize> {
        if !matches!(self.rel(p), "advcl" | "xcomp")
            || self.marker(p, "mark") != Some("to")
            || self.purpose_code(p).is_none()
        {
            return None;
        }
        let h = self.heads[p]?;
        if self.passive(h) {
            return None;
        }
        let summons = has(&self.lex.summon_verb, &self.lower[h]);
        let called_in = self.lower[h] == "call";
        let envoy = |o: usize| {
            has(&self.lex.envoy_noun, &self.lower[o])
                || self
                    .kids(o, "compound")
                    .any(|c| has(&self.lex.envoy_noun, &self.lower[c]))
        };
        self.children[h]
            .iter()
            .copied()
            .filter(|&o| o < p && envoy(o))
            .find(|&o| match self.rel(o) {
                "obj" => summons || called_in && self.called_in(h, o),
                "obl" => called_in && self.called_in(h, o),
                _ => false,
            })
    }

    /// The appeal code of a summons' purpose verb `p`: a demand or a request.
    pub(super) fn purpose_code(&self, p: usize) -> Option<&'static str> {
        let lemma = &self.lower[p];
        if has(&self.lex.summons_demand, lemma) {
            Some(DEMAND)
        } else {
            has(&self.lex.summons_request, lemma).then_some(REQUEST)
        }
    }

    /// "called in Y's envoy": "in" is the verb's particle or, misread, the envoy's
    /// preposition.
    pub(super) fn called_in(&self, h: usize, envoy: usize) -> bool {
        self.kids(h, "compound:prt")
            .chain(self.kids(envoy, "case"))
            .any(|k| self.lower[k] == "in" && k == h + 1)
    }
}
