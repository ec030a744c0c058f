//! Another party in the act's own clause: when the frame found no target, but a word under
//! the predicate (outside its subject) names an actor that is not the source ("talks in the
//! capital with his counterpart, the president" whose name the target rules did not reach,
//! "said the sanctions on the other state were unfounded"), the sentence itself has
//! offered who else is involved. The event coder's story-level fallbacks (the source's sole
//! partner, the adversary of its latest clash, the story's recipient of aid) guess a party
//! from earlier sentences; a guess on a third side, neither the source's nor one the
//! sentence offers, contradicts the sentence, and the act keeps no target.
use super::Sentence;

impl Sentence<'_> {
    /// The placed actor groups under `p`, outside its subjects, that are not `source`'s, in
    /// word order.
    pub(super) fn clause_actors(&self, p: usize, source: &[u32]) -> Vec<u32> {
        let mut stack: Vec<usize> = self.children[p]
            .iter()
            .copied()
            .filter(|&c| !matches!(self.base_rel(c), "nsubj" | "csubj"))
            .collect();
        let mut words = Vec::new();
        while let Some(w) = stack.pop() {
            // What `nearest_actor` does not take for a party is not one here either: the
            // occasion of a time adjunct ("before the summit in Z"), a forum a case is
            // referred to, a third party's adjunct, the broker of a meeting, the source a
            // report is "according to" (the speaker, branch offers3).
            if self.time_adjunct(w)
                || self.attribution(w)
                || self.referral_forum(w)
                || self.third_party_adjunct(w)
                || self.meeting_agent(w)
            {
                continue;
            }
            words.push(w);
            stack.extend(self.children[w].iter().copied());
        }
        words.sort_unstable();
        let mut out = Vec::new();
        for g in words.into_iter().filter_map(|w| self.groups[w]) {
            if !source.contains(&g) && !self.countryless.contains(&g) && !out.contains(&g) {
                out.push(g);
            }
        }
        out
    }
}
