//! The actor groups a nominal names: its own mark, its owner, its conjuncts.
use super::{has, push_unique, Sentence};

impl Sentence<'_> {
    /// The actor a noun's modifiers name: "sanctions against Y", "talks with Y", "the
    /// resumption of ties between A and B" (down the noun's `nmod` chain).
    pub(super) fn noun_target(&self, n: usize) -> Option<Vec<u32>> {
        self.noun_target_at(n, 0)
    }

    fn noun_target_at(&self, n: usize, depth: usize) -> Option<Vec<u32>> {
        if depth > 3 || self.relational(n) {
            return None;
        }
        for &m in &self.children[n] {
            // the forum a complaint goes to is not whom it accuses
            if !matches!(self.rel(m), "nmod" | "nmod:poss" | "compound" | "amod")
                || self.kind_modifier(m)
                || self.referral_forum(m)
            {
                continue;
            }
            let case = self.marker(m, "case");
            let linked =
                case.is_none_or(|c| has(&self.lex.target_case, c) || has(&self.lex.owner_case, c));
            if !linked {
                continue;
            }
            let a = self.actor(m);
            if !a.is_empty() {
                return Some(a);
            }
            if let Some(a) = self.noun_target_at(m, depth + 1) {
                return Some(a);
            }
        }
        None
    }

    /// "partners of Somalia", "Ukraine's allies": a relational noun names parties other than
    /// its owner, so neither its owner nor its modifiers are what it names.
    pub(super) fn relational(&self, w: usize) -> bool {
        self.groups[w].is_none() && has(&self.lex.relational_head, &self.lower[w])
    }

    /// The `nmod`s of relational noun `w` that say where its parties are ("friends in
    /// Canberra", "partners at the Bank"): an actor right there, not a phrase whose own
    /// modifier names one ("allies at the summit in Brussels" names no ally).
    fn placed_relations(&self, w: usize) -> Vec<usize> {
        self.kids(w, "nmod")
            .filter(|&m| self.groups[m].is_some())
            .filter(|&m| self.case_in(m, &self.lex.relational_place_case))
            .collect()
    }

    /// Does the actor whose name ends at byte `end` name where a relational noun's parties
    /// are ("our friends in Canberra and Taipei": both capitals)? Such a place is the party
    /// named, not the venue of the act (`events::actors::venue`).
    pub fn relation_place(&self, end: usize) -> bool {
        let Some(mut x) = self.words.iter().position(|w| w.end == end) else {
            return false;
        };
        // a later conjunct of the place is one too
        while self.rel(x) == "conj" {
            match self.heads[x] {
                Some(h) => x = h,
                None => return false,
            }
        }
        self.heads[x].is_some_and(|h| self.relational(h) && self.placed_relations(h).contains(&x))
    }

    /// Actor groups a nominal head names: its own mark, marks on its name-internal
    /// dependents, its owner ("ministers of A"), coordinated heads, a relative pronoun's
    /// antecedent.
    pub(super) fn actor(&self, w: usize) -> Vec<u32> {
        let mut out = Vec::new();
        if let Some(h) = self.described_head(w) {
            self.collect_actor(h, 0, &mut out);
            if !out.is_empty() {
                return out;
            }
        }
        self.collect_actor(w, 0, &mut out);
        out
    }

    /// An agent without a country whose own possessor or owner names one is that owner's
    /// ("Libya's internationally recognised government", "the fighters of Y" where the
    /// mention finder could not join the words): the owner's actors stand for it.
    fn owner_of_agent(&self, w: usize, g: u32, depth: usize) -> Option<Vec<u32>> {
        if !self.countryless.contains(&g) {
            return None;
        }
        self.children[w]
            .iter()
            .filter(|&&c| {
                self.rel(c) == "nmod:poss"
                    || self.rel(c) == "nmod"
                        && self
                            .marker(c, "case")
                            .is_some_and(|m| has(&self.lex.owner_case, m))
            })
            .map(|&c| {
                let mut owner = Vec::new();
                self.collect_actor(c, depth + 1, &mut owner);
                owner
            })
            .find(|owner| self.has_country(owner))
            .or_else(|| self.employer(w, depth))
    }

    /// "two diplomats working at the Y embassy", "aid workers employed by Y": people of no
    /// country are their employer's, named by an `employer_case` oblique (or a passive's
    /// agent) of an `employer_participle` on them that has no subject or marker of its own
    /// (a reduced relative, not a clause).
    fn employer(&self, w: usize, depth: usize) -> Option<Vec<u32>> {
        let participle = self.kids(w, "acl").find(|&c| {
            has(&self.lex.employer_participle, &self.lower[c])
                && self.kid(c, "nsubj").is_none()
                && self.kid(c, "mark").is_none()
        })?;
        self.children[participle]
            .iter()
            .filter(|&&o| self.base_rel(o) == "obl" && self.case_in(o, &self.lex.employer_case))
            .map(|&o| {
                let mut employer = Vec::new();
                self.collect_actor(o, depth + 1, &mut employer);
                employer
            })
            .find(|employer| self.has_country(employer))
    }

    fn collect_actor(&self, w: usize, depth: usize, out: &mut Vec<u32>) {
        if depth > 3 {
            return;
        }
        let before = out.len();
        if let Some(g) = self.groups[w] {
            match self.owner_of_agent(w, g, depth) {
                Some(owner) => owner.into_iter().for_each(|o| push_unique(out, o)),
                None => push_unique(out, g),
            }
        } else if has(&self.lex.relative, &self.lower[w]) {
            // "who" / "which" as a subject, "whose" on the clause's noun: the noun the
            // relative clause modifies.
            // Not a relational noun's: "our friends in Y who argued …" were read as no
            // one before the places counted (branch offers3), and the clause is theirs.
            if let Some(noun) = self.relative_antecedent(w).filter(|&n| !self.relational(n)) {
                self.collect_actor(noun, depth + 1, out);
            }
        } else if self.relational(w) {
            // "partners of Somalia" name others than Somalia, "our friends in Taipei" the
            // people where they are: a capital or a body after "in" / "at".
            // Its conjuncts are read below ("our partners at X and our friends in Y").
            for c in self.placed_relations(w) {
                self.collect_actor(c, depth + 1, out);
            }
        } else if has(&self.lex.nonstate_head, &self.lower[w]) {
            // "Taiwan's largest chipmaker": a company or a work of the country is not it.
            return;
        } else {
            for &c in &self.children[w] {
                // `nmod:desc`: a title or description before a name ("Hamas official
                // Osama Hamdan", "President Bush"), UD's label where others say compound
                let name_part = matches!(
                    self.rel(c),
                    "compound" | "amod" | "flat" | "nmod:poss" | "appos" | "nmod:desc"
                ) && !self.kind_modifier(c);
                let owner = self.rel(c) == "nmod"
                    && self
                        .marker(c, "case")
                        .is_none_or(|m| has(&self.lex.owner_case, m));
                if name_part || owner {
                    self.collect_actor(c, depth + 1, out);
                    if out.len() > before {
                        break;
                    }
                }
            }
        }
        for c in self.kids(w, "conj").collect::<Vec<_>>() {
            self.collect_actor(c, depth + 1, out);
        }
    }
}
