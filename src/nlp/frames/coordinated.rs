//! The coordination's other party: a verb that shares an earlier verb's subject and names no
//! target of its own ("X said it held the capital responsible and demanded an inquiry", "X
//! condemned the raids on Y's villages and warned that it would respond") is addressed to the
//! party the first verb's clause names. The placed actors under that first verb, outside its
//! subject and not the source (as `clause_actor.rs` finds them, the act's own clause
//! included), are what the sentence offers; the event coder takes them as the target only
//! for acts that are always put to someone, and only when they are one side. A place that
//! only names a thing ("in breach of the Vienna convention", "said the Nairobi deal was
//! incomplete") is no party.
use super::Sentence;

impl Sentence<'_> {
    /// For a later conjunct `p` with no subject of its own, the placed actor groups under
    /// its first conjunct (outside that verb's subject) that are not `source`'s.
    pub(super) fn coordinated_actors(&self, p: usize, source: &[u32]) -> Vec<u32> {
        let Some(h) = self.first_conjunct(p) else {
            return Vec::new();
        };
        let mut actors = self.clause_actors(h, source);
        actors.retain(|&g| self.names_more_than_things(g));
        actors
    }

    /// Some word of group `g` is more than a name modifying a thing: not the `compound` of a
    /// noun that names no actor ("the Vienna convention", "the Nairobi deal").
    fn names_more_than_things(&self, g: u32) -> bool {
        let thing_name = |w: usize| {
            self.rel(w) == "compound"
                && self.heads[w]
                    .is_some_and(|h| self.groups[h].is_none() && self.words[h].upos == "NOUN")
        };
        (0..self.words.len()).any(|w| self.groups[w] == Some(g) && !thing_name(w))
    }

    /// The verb `p` is coordinated with and takes its subject from: its `conj` head, a verb,
    /// when `p` has no subject of its own.
    fn first_conjunct(&self, p: usize) -> Option<usize> {
        let h = self.heads[p]?;
        let own_subject = self.children[p]
            .iter()
            .any(|&c| matches!(self.base_rel(c), "nsubj" | "csubj"));
        (self.rel(p) == "conj" && !own_subject && self.is_verbal(h)).then_some(h)
    }
}
