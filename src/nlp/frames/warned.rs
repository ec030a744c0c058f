//! A warning whose content is the speaker's side's response to another party: a threat to
//! that party though the warning names it only inside the content. "warned that X would
//! send its oil by another route if Y does nothing" threatens Y, the party the condition
//! asks to act; "warned that X could review the agreement with Y if the incidents go on"
//! threatens Y, the party the conditional act falls on; "warned that any further Y strikes
//! would be answered" threatens Y, whose act the announced response answers. Only an
//! announced consequence (`consequence_aux`: "would", "could", "will") counts: "warned that
//! Y had attacked" reports, it does not threaten. An active consequence needs its own
//! `if` / `unless` condition and a party or pronoun as subject ("trade would collapse if Y
//! raises tariffs" is a forecast, not a response); whether that subject is the speaker's side
//! is for the event coder, which knows the countries (`Frame::threat_agent`). A passive one
//! needs a response verb (`response_verb`: "answered", "met with") and a hostile act of a
//! named party as subject (`hostile_act`). "warned of retaliation if Y …" threatens Y too:
//! the warning's own condition is its content (see `status`), and what it warns of is a
//! response or a cost (`response_noun`, `cost_noun`); so does a response announced with its
//! own condition ("X would retaliate if Y …", `answering_verb`). Lists:
//! `data/lexicon/frames.txt`.
use super::{has, Sentence};

/// The threatened party a warning's content names, and who would carry out the response.
pub(super) struct Warned {
    pub(super) target: Vec<u32>,
    /// The explain path of the target.
    pub(super) how: &'static str,
    /// The actor groups of the consequence's subject (empty: a pronoun, or a passive whose
    /// agent is left to the speaker).
    pub(super) agent: Vec<u32>,
}

impl Sentence<'_> {
    /// The party a warning at `p` threatens through its announced consequence, if any.
    pub(super) fn warned_party(&self, p: usize) -> Option<Warned> {
        let measures = self.takes_measures(p) && !self.warning_content(p);
        // (threats6) a dispute sent to a forum under a condition answers the party asked
        let answering =
            has(&self.lex.answering_verb, &self.lower[p]) || measures || self.escalation(p);
        if answering && !self.passive(p) {
            return self.response_condition(p);
        }
        if !has(&self.lex.cost_warning, &self.lower[p]) {
            return None;
        }
        if let Some(w) = self.warned_cost(p) {
            return Some(w);
        }
        let clause = self
            .kids(p, "ccomp")
            .find(|&c| self.is_verbal(c) && self.announced_consequence(c))?;
        if self.passive(clause) {
            self.answered_act(clause)
        } else {
            self.conditional_response(p, clause)
        }
    }

    /// The clause carries a modal of what would or will happen ("would", "could").
    pub(super) fn announced_consequence(&self, c: usize) -> bool {
        self.children[c]
            .iter()
            .any(|&a| self.rel(a) == "aux" && has(&self.lex.consequence_aux, &self.lower[a]))
    }

    /// "any further Y strikes would be answered": a response verb in the passive, with no
    /// agent, whose subject is a hostile act a party owns.
    fn answered_act(&self, clause: usize) -> Option<Warned> {
        let responds = has(&self.lex.response_verb, &self.lower[clause]);
        if !responds || self.kid(clause, "obl:agent").is_some() {
            return None;
        }
        let act = self.kid(clause, "nsubj:pass")?;
        if !has(&self.lex.hostile_act, &self.lower[act]) {
            return None;
        }
        let owner = self.actor(act);
        (!owner.is_empty()).then_some(Warned {
            target: owner,
            how: "ccomp>nsubj:pass(answered act)",
            agent: Vec::new(),
        })
    }

    /// "X would <act> if Y <does>": the party asked to comply, else the party the act falls
    /// on ("could review the agreement with Y if …"). A condition the parse hangs on the
    /// warning verb `p` instead ("warned that X could close the crossings \"if Y goes on\"",
    /// the quotation mark cutting the clause) is the consequence's: a warning is not itself
    /// made on a condition, its content is.
    fn conditional_response(&self, p: usize, clause: usize) -> Option<Warned> {
        let subject = self.kid(clause, "nsubj")?;
        let agent = self.actor(subject);
        let pronoun = has(&self.lex.pronoun, &self.lower[subject]);
        if agent.is_empty() && !pronoun {
            return None;
        }
        let mut conditions: Vec<usize> = self.conditions_of(clause).collect();
        if conditions.is_empty() {
            conditions = self.conditions_of(p).filter(|&c| c > clause).collect();
        }
        if conditions.is_empty() {
            return self.unconditional_response(clause, agent);
        }
        let other = |t: &Vec<u32>| t.iter().any(|g| !agent.contains(g));
        let asked = conditions
            .iter()
            .find_map(|&c| self.complier(c).filter(other));
        let (target, how) = match asked {
            Some(t) => (t, "ccomp>advcl(if)>nsubj"),
            None => (
                self.object(clause).map(|(t, _)| t).filter(other)?,
                "ccomp>obj(if)",
            ),
        };
        Some(Warned { target, how, agent })
    }

    /// "warned that X could ask for Y's trade preferences to be reviewed": with no condition,
    /// the party the announced response falls on is the first owner its own words name
    /// outside the subject ("Y's preferences", "Y's institutions"), other than the
    /// subject's. Only an owner: a party the response merely mentions ("could lose trade
    /// with Y", "would stand by Y") is a forecast's or a promise's, not a threatened one's.
    /// Whether the response is the speaker's own (a threat) or a third party's (a forecast)
    /// is the event coder's check, as for a conditional one; a pronoun subject is the speaker.
    fn unconditional_response(&self, clause: usize, agent: Vec<u32>) -> Option<Warned> {
        let subject = self.kid(clause, "nsubj")?;
        let mut stack: Vec<usize> = self.children[clause]
            .iter()
            .copied()
            .filter(|&c| c != subject && !self.other_clause(c))
            .collect();
        let mut words = Vec::new();
        while let Some(w) = stack.pop() {
            words.push(w);
            stack.extend(
                self.children[w]
                    .iter()
                    .copied()
                    .filter(|&c| !self.other_clause(c)),
            );
        }
        words.sort_unstable();
        let owner = |w: &usize| self.rel(*w) == "nmod:poss";
        let target = words.into_iter().filter(owner).find_map(|w| {
            let a = self.actor(w);
            (!a.is_empty() && a.iter().all(|g| !agent.contains(g))).then_some(a)
        })?;
        Some(Warned {
            target,
            how: "ccomp>party(response)",
            agent,
        })
    }

    /// A dependent that opens a clause of its own (a condition, a relative or a side remark),
    /// whose parties are not the response's.
    fn other_clause(&self, c: usize) -> bool {
        matches!(
            self.base_rel(c),
            "advcl" | "acl" | "parataxis" | "ccomp" | "conj" | "appos"
        )
    }

    /// "warned of retaliation / consequences if Y …": a warning whose own condition names
    /// the party asked to comply, with a response or a cost as what is warned of
    /// (`response_noun`, `cost_noun`); "warned of a recession if Y …" is a forecast.
    fn warned_cost(&self, p: usize) -> Option<Warned> {
        let noun = |w: usize| {
            has(&self.lex.response_noun, &self.lower[w]) || has(&self.lex.cost_noun, &self.lower[w])
        };
        let warned_of = self.kids(p, "obl").chain(self.kids(p, "obj")).any(noun);
        if !warned_of {
            return None;
        }
        let target = self.conditions_of(p).find_map(|c| self.complier(c))?;
        Some(Warned {
            target,
            how: "advcl(if)>nsubj",
            agent: Vec::new(),
        })
    }

    /// "X would respond / retaliate / take measures if Y …": the response itself, announced
    /// with its condition, falls on the party asked to comply.
    fn response_condition(&self, p: usize) -> Option<Warned> {
        let target = self.conditions_of(p).find_map(|c| self.complier(c))?;
        Some(Warned {
            target,
            how: "advcl(if)>nsubj",
            agent: Vec::new(),
        })
    }

    /// The `if` / `unless` clauses under `w`, also those the parse hangs as a complement
    /// ("would retaliate [if Y seized …]" read as `ccomp`).
    fn conditions_of(&self, w: usize) -> impl Iterator<Item = usize> + '_ {
        self.children[w]
            .iter()
            .copied()
            .filter(move |&c| matches!(self.rel(c), "advcl" | "ccomp") && self.condition_clause(c))
    }

    /// The party a condition asks to act: its subject's actor.
    fn complier(&self, c: usize) -> Option<Vec<u32>> {
        let a = self.actor(self.kid(c, "nsubj")?);
        (!a.is_empty()).then_some(a)
    }
}
