//! "agreed to withdraw the 70 soldiers who operate two aircraft in Y": a removal of people
//! from a place names the place only in the relative clause on its object. Y is where the
//! removal happens and the state it answers, so it is the removal's target. Only a
//! removal verb (`removal_verb` of `data/lexicon/frames.txt`), only a place phrase ("in",
//! "at") of that relative clause or of its objects, and only when the verb has no target of
//! its own.
//!
//! "recalled the Polish ambassador in Budapest": an envoy of the source's own state named by
//! its nationality is the source itself, so the object gives no target; the place of the
//! envoy's post ("in Y") is the state the recall answers, as in "recalled its ambassador in
//! Y" (branch recall63).
use super::{has, Sentence};

impl Sentence<'_> {
    /// The state named by a place oblique of a relative clause on the object of removal
    /// verb `p`.
    pub(super) fn stationed_place(&self, p: usize) -> Option<Vec<u32>> {
        if !has(&self.lex.removal_verb, &self.lower[p]) {
            return None;
        }
        let clauses: Vec<usize> = self
            .kids(p, "obj")
            .flat_map(|o| self.kids(o, "acl:relcl"))
            .collect();
        clauses.into_iter().find_map(|c| self.place_below(c, 0))
    }

    /// The state of the post of the source's own envoy that removal verb `p` calls home,
    /// when the object named the envoy by the source's own nationality (`target`, all of the
    /// source's country): a place phrase ("in Y") on the envoy noun or on the verb ("the
    /// Polish ambassador in Budapest"); never a place of the source's own state.
    pub(super) fn own_envoy_post(
        &self,
        p: usize,
        source: &[u32],
        target: &[u32],
    ) -> Option<Vec<u32>> {
        let own = !target.is_empty() && target.iter().all(|&g| self.same_country(g, source));
        if !own || !has(&self.lex.removal_verb, &self.lower[p]) {
            return None;
        }
        let envoy = self
            .kids(p, "obj")
            .find(|&o| has(&self.lex.envoy_noun, &self.lower[o]))?;
        // the parse hangs the post on the envoy or on the verb
        self.kids(envoy, "nmod")
            .chain(self.kids(p, "obl"))
            .filter(|&n| self.case_in(n, &self.lex.place_case))
            .map(|n| self.actor(n))
            .find(|a| self.has_country(a) && !a.iter().any(|&g| self.same_country(g, source)))
    }

    /// The state named by a place phrase of predicate `p`'s own clause: its place oblique
    /// ("shelled villages in Y"), one under its object ("struck camps in Y"), or one in the
    /// clause of a free relative object ("struck what the army called hideouts in Y's
    /// province"). Where an act of violence happened, for an attack code with no target
    /// (`events/vp_events.rs` decides: only violence, only a state not the source's own).
    pub(super) fn struck_place(&self, p: usize) -> Option<Vec<u32>> {
        let own = self.children[p]
            .iter()
            .copied()
            .filter(|&c| matches!(self.rel(c), "obj" | "obl"));
        let relative = self
            .kids(p, "obj")
            .flat_map(|o| self.kids(o, "acl:relcl"))
            .collect::<Vec<_>>();
        own.chain(relative).find_map(|c| self.place_below(c, 1))
    }

    /// A place phrase ("in Y", "at Y") naming a state in the clause of `w`, its objects
    /// and their modifiers included ("operate two aircraft in Y"), not in a clause below.
    fn place_below(&self, w: usize, depth: usize) -> Option<Vec<u32>> {
        let placed = matches!(self.rel(w), "obl" | "nmod") && self.case_in(w, &self.lex.place_case);
        let a = self.actor(w);
        if placed && self.has_country(&a) {
            return Some(a);
        }
        if depth >= 3 {
            return None;
        }
        self.children[w]
            .iter()
            .copied()
            .filter(|&c| matches!(self.rel(c), "obj" | "obl" | "nmod" | "conj"))
            .find_map(|c| self.place_below(c, depth + 1))
    }
}
