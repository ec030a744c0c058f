//! An appeal in a participle or purpose clause of a message is addressed to the message's
//! "to" party: "wrote to Y asking for talks", "sent a letter to Y urging it to …". The
//! appeal verb has no object of its own; without this its target is left unresolved.
use super::{has, Sentence};

impl Sentence<'_> {
    /// The "to" party of the verb or message noun an appeal verb `p` hangs from.
    pub(super) fn written_addressee(&self, p: usize) -> Option<Vec<u32>> {
        if !self.lex.is_appeal(&self.lower[p]) || !matches!(self.rel(p), "advcl" | "acl") {
            return None;
        }
        let h = self.heads[p]?;
        // the head verb ("wrote to Y") or noun ("a letter to Y"), and a message noun the
        // head verb sends ("sent a letter to Y")
        let messages = self
            .kids(h, "obj")
            .filter(|&o| has(&self.lex.message_noun, &self.lower[o]));
        let holders: Vec<usize> = std::iter::once(h).chain(messages).collect();
        holders.into_iter().find_map(|w| {
            self.children[w]
                .iter()
                .copied()
                .filter(|&c| matches!(self.rel(c), "obl" | "nmod"))
                .filter(|&c| self.marker(c, "case") == Some("to"))
                .map(|c| self.actor(c))
                .find(|a| !a.is_empty())
        })
    }
}
