//! "released four of the fishermen and handed them to a Y official", "freed the crew,
//! handing them to Y's coast guard": a release whose object names no party (the people
//! freed were placed earlier, or not at all) is made to the state that receives them, named
//! after "to" by the handover joined to it (a `conj` or a participle). The receiver is who
//! gets its people back; the released people's own words are not searched.
use super::{has, Sentence};

impl Sentence<'_> {
    /// The actor groups of the receiver of a handover joined to release verb `p`.
    pub(super) fn handed_to(&self, p: usize) -> Option<Vec<u32>> {
        if !has(&self.lex.release_verb, &self.lower[p]) {
            return None;
        }
        self.children[p]
            .iter()
            .copied()
            .filter(|&c| matches!(self.rel(c), "conj" | "advcl" | "xcomp"))
            .filter(|&c| has(&self.lex.handover_verb, &self.lower[c]))
            .flat_map(|c| self.kids(c, "obl").collect::<Vec<_>>())
            .filter(|&o| self.case_in(o, &self.lex.handover_case))
            .map(|o| self.actor(o))
            .find(|a| !a.is_empty())
    }
}
