//! Words around an actor that describe it or compare others with it, and so name no party of
//! its act of their own: an apposition ("the CSTO, the Russian-led alliance, …") and a
//! comparison clause ("welcomed it, as did A and B").
use super::Sentence;

impl Sentence<'_> {
    /// "the CSTO, the Russian-led military alliance, said …": a common noun in apposition to
    /// a named actor describes that actor, so when a predicate's role lands on the noun (a
    /// parse that hangs the verb on the apposition) the actor it names is its head's, not
    /// the country its modifiers name.
    pub(super) fn described_head(&self, w: usize) -> Option<usize> {
        let h = self.heads[w].filter(|&h| h < w)?;
        (self.groups[w].is_none() && self.rel(w) == "appos" && self.groups_in_name(h)).then_some(h)
    }

    /// The head word of an apposition names an actor: its own mark or a mark on a word of
    /// its name ("Treaty" under "Security").
    fn groups_in_name(&self, h: usize) -> bool {
        self.groups[h].is_some()
            || self.children[h].iter().any(|&c| {
                c < h + 6 && matches!(self.rel(c), "flat" | "compound") && self.groups[c].is_some()
            })
    }

    /// "welcomed it, as did Oman and Qatar": "as" before an auxiliary opens a comparison
    /// whose parties did the same act (co-actors), so nothing under it is the act's target.
    pub(super) fn comparison_clause(&self, w: usize) -> bool {
        let as_aux = |a: usize| {
            self.lower[a] == "as" && self.words.get(a + 1).is_some_and(|n| n.upos == "AUX")
        };
        as_aux(w) || self.children[w].iter().any(|&c| as_aux(c))
    }
}
