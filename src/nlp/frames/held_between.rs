//! Passive meetings (branch recall36): "talks were held between A and B", "a meeting was
//! held on Tuesday between the two ministers". The noun is the passive subject of its light
//! verb, so the "between" phrase that names its parties hangs on the verb, or under the
//! verb's place or day ("held in Accra on Tuesday between A and B": the parse may hang the
//! pair under "Tuesday"). Its parties met each other, as in "talks between A and B". With
//! no `between` pair ("talks were held in Accra") there are no parties and no event.
use super::{has, push_unique, Sentence};

impl Sentence<'_> {
    /// The actor groups of the `between` pair of a passive light verb `v` whose passive
    /// subject is the event noun `n`, when the verb names no agent ("by X").
    pub(super) fn passive_between(&self, n: usize, v: usize) -> Vec<u32> {
        let mut out = Vec::new();
        // "a round of talks was held": the passive subject may be the noun's quantity
        let subject = self.heads[n]
            .filter(|&h| h != v && self.heads[h] == Some(v))
            .unwrap_or(n);
        if self.rel(subject) != "nsubj:pass" || self.kid(v, "obl:agent").is_some() {
            return out;
        }
        for &m in &self.children[v] {
            if self.base_rel(m) != "obl" {
                continue;
            }
            if self.case_in(m, &self.lex.reciprocal_case) {
                self.between_actors(m, &mut out);
            } else if self.is_setting(m) {
                for &x in &self.children[m] {
                    if self.rel(x) == "nmod" && self.case_in(x, &self.lex.reciprocal_case) {
                        self.between_actors(x, &mut out);
                    }
                }
            }
        }
        out
    }

    /// A place ("in Accra") or a day ("on Tuesday") of the verb.
    fn is_setting(&self, m: usize) -> bool {
        let case = self.marker(m, "case");
        case.is_some_and(|c| has(&self.lex.place_case, c)) || case == Some("on") && self.is_day(m)
    }

    /// The groups `w` names (a coordination adds its conjuncts).
    fn between_actors(&self, w: usize, out: &mut Vec<u32>) {
        for g in self.actor(w) {
            push_unique(out, g);
        }
    }
}
