//! An envoy called in, told in the passive: "X's ambassador was summoned to the foreign
//! ministry in Y". News often leaves out who summoned: the ministry the envoy was called to
//! is the summoning government (the mention finder places "the ministry in Moscow" by its
//! place). Without a `to` complement that names an actor, or with one that heads a list, the
//! source stays unsaid.
use super::*;

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
