//! An envoy called in, told in the passive: "X's ambassador was summoned to the foreign
//! ministry in Y". News often leaves out who summoned: the ministry the envoy was called to
//! is the summoning government (the mention finder places "the ministry in Moscow" by its
//! place). Without a `to` complement that names an actor, or with one that heads a list, the
//! source stays unsaid.
use super::*;

impl Sentence<'_> {
    /// The `to` complement of a summons verb `p` and its actor: the summoning side of a
    /// passive with no `by` agent.
    pub(super) fn summoned_to(&self, p: usize) -> Option<(usize, Vec<u32>)> {
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
    pub(super) fn summoned_envoy(&self, p: usize, s: usize) -> bool {
        has(&self.lex.summon_verb, &self.lower[p]) && has(&self.lex.envoy_noun, &self.lower[s])
    }
}
