//! A conditional warning in reported speech: "X said the closure could be extended if Y does
//! not stop", "X said the duties would be imposed again if Y fails to comply", "X said it
//! would block Y's next chapter until the vote is withdrawn". The announced measure is
//! conditional and so not asserted, but the speaker's warning as a whole is: a threat by the
//! speaker (CAMEO 130) against the party the condition asks to act, else the one the measure
//! falls on. Only a measure against someone: a verb that is one by itself (`measure_verb`:
//! "suspend", "block", "expel") or one that makes a hostile measure harsher
//! (`tightening_verb` with a `hostile_measure`: "extend the closure", "tariffs … imposed
//! again"), announced with a consequence modal ("would", "could", "will"), not negated, and
//! under its own condition (`threat_condition`: "if", "unless", "until"). "said trade would
//! suffer if Y raises tariffs" names no measure and stays a statement; so does "said the
//! sanctions would be lifted if Y complies" (lifting is no measure against Y). Whether an
//! active measure's subject is the speaker's side is the event coder's check
//! (`Frame::threat_agent`), as for a warning (`warned.rs`). Lists: `data/lexicon/frames.txt`.
use super::warned::Warned;
use super::{has, Sentence};

impl Sentence<'_> {
    /// The party a speech verb at `p` threatens through a conditional measure it announces.
    pub(super) fn said_threat(&self, p: usize) -> Option<Warned> {
        if !self.lex.is_speech(&self.lower[p]) {
            return None;
        }
        // a second "that" clause may be parsed as a conjunct of the speech verb ("said the
        // men had been expelled, and that it would block …")
        let second = |c: &usize| self.marker(*c, "mark") == Some("that");
        let contents = self
            .kids(p, "ccomp")
            .chain(self.kids(p, "conj").filter(second))
            .filter(|&c| self.is_verbal(c));
        contents
            .flat_map(|c| std::iter::once((c, c)).chain(self.conjoined(c).map(move |v| (c, v))))
            .find_map(|(c, v)| self.content_measure(p, c, v))
    }

    /// The verbs coordinated with content clause `c` ("… and imposed again", "… and that it
    /// would block …").
    fn conjoined(&self, c: usize) -> impl Iterator<Item = usize> + '_ {
        self.kids(c, "conj").filter(|&v| self.is_verbal(v))
    }

    /// The measure `v` of content clause `c` (or of a conjunct with its own subject and
    /// modal, then its own clause), announced with a consequence modal and not negated.
    fn content_measure(&self, p: usize, c: usize, v: usize) -> Option<Warned> {
        let own = |w: usize| {
            self.children[w]
                .iter()
                .any(|&k| self.base_rel(k) == "nsubj")
        };
        let clause = if v != c && own(v) { v } else { c };
        // (pairs2) a conjunct with a modal of its own is its own announcement: "would not
        // pay the fine and would ask …" negates the paying only
        let announced = if v != c && self.announced_consequence(v) {
            v
        } else {
            clause
        };
        if !self.announced_consequence(announced) || self.negated(v) || self.negated(announced) {
            return None;
        }
        self.conditional_measure(p, clause, v)
    }

    /// The measure `v` (the clause's head or a conjunct of it) and its threatened party.
    fn conditional_measure(&self, p: usize, clause: usize, v: usize) -> Option<Warned> {
        let passive = self.passive(v);
        let subject = self
            .kid(v, "nsubj")
            .or_else(|| self.kid(v, "nsubj:pass"))
            .or_else(|| self.kid(clause, "nsubj"))
            .or_else(|| self.kid(clause, "nsubj:pass"))?;
        let measured = if passive {
            Some(subject)
        } else {
            self.kid(v, "obj")
        };
        // (pairs2) "said it would take all necessary steps if Y …": measures taken are a
        // measure against the party of the condition, as in a main clause
        let measure = self.is_measure(v, measured) || self.takes_measures(v);
        if !measure || self.kid(v, "obl:agent").is_some() {
            return None;
        }
        let agent = if passive {
            Vec::new()
        } else {
            let a = self.actor(subject);
            if a.is_empty() && !has(&self.lex.pronoun, &self.lower[subject]) {
                return None;
            }
            a
        };
        let conditions: Vec<usize> = [v, clause]
            .into_iter()
            .chain(self.purpose_of(v))
            .flat_map(|w| self.threat_conditions(w))
            .chain(self.threat_conditions(p).filter(|&c| c > clause))
            .collect();
        if conditions.is_empty() {
            return None;
        }
        let other = |t: &Vec<u32>| !t.is_empty() && t.iter().any(|g| !agent.contains(g));
        let asked = conditions.iter().find_map(|&c| {
            let s = self.kid(c, "nsubj")?;
            Some(self.actor(s)).filter(other)
        });
        let (target, how) = match asked {
            Some(t) => (t, "ccomp>advcl(if)>nsubj (a conditional measure)"),
            None => (
                self.measure_falls_on(v, measured).filter(other)?,
                "ccomp>measure>party",
            ),
        };
        Some(Warned { target, how, agent })
    }

    /// "take every step to protect its waters if Y …": the purpose clause of a measure,
    /// where the parse may hang the measure's condition.
    fn purpose_of(&self, v: usize) -> Option<usize> {
        self.kids(v, "advcl")
            .find(|&c| self.marker(c, "mark") == Some("to"))
    }

    /// A measure against someone: a `measure_verb`, or a `tightening_verb` of a
    /// `hostile_measure` (the passive's subject, the active's object).
    fn is_measure(&self, v: usize, measured: Option<usize>) -> bool {
        let verb = self.lower[v].as_str();
        has(&self.lex.measure_verb, verb)
            || has(&self.lex.tightening_verb, verb)
                && measured.is_some_and(|m| has(&self.lex.hostile_measure, &self.lower[m]))
    }

    /// The party a measure falls on: under a threat preposition of the verb or the measured
    /// noun ("sanctions on Y", "act against Y"), else the owner the measured noun's phrase
    /// names ("block the opening of Y's talks").
    fn measure_falls_on(&self, v: usize, measured: Option<usize>) -> Option<Vec<u32>> {
        let marked = measured
            .into_iter()
            .flat_map(|m| self.kids(m, "nmod"))
            .chain(self.kids(v, "obl"))
            .filter(|&m| self.case_in(m, &self.lex.threat_case))
            .map(|m| self.actor(m))
            .find(|a| !a.is_empty());
        marked.or_else(|| self.owner_below(measured?))
    }

    /// The first owner (`nmod:poss`) with an actor in the phrase of `w`, along its `nmod`s.
    fn owner_below(&self, w: usize) -> Option<Vec<u32>> {
        let mut stack = vec![w];
        while let Some(x) = stack.pop() {
            if let Some(a) = self
                .kids(x, "nmod:poss")
                .map(|o| self.actor(o))
                .find(|a| !a.is_empty())
            {
                return Some(a);
            }
            stack.extend(self.kids(x, "nmod"));
        }
        None
    }

    /// The condition clauses under `w` ("if Y …", "unless Y …", "until Y …", "should Y …"),
    /// also those the parse hangs as a complement; not a concessive "even if".
    fn threat_conditions(&self, w: usize) -> impl Iterator<Item = usize> + '_ {
        self.children[w].iter().copied().filter(move |&c| {
            matches!(self.rel(c), "advcl" | "ccomp")
                && (self.inverted_condition(c)
                    || self.kid(c, "mark").is_some_and(|m| {
                        has(&self.lex.threat_condition, &self.lower[m])
                            && !(m > 0 && has(&self.lex.concessive, &self.lower[m - 1]))
                    }))
        })
    }
}
