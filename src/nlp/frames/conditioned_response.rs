//! (threats5) Two shapes of a conditional threat the warning frames missed. A condition
//! told by inversion, with no mark: "X would respond should Y seize another boat" is as
//! conditional as "if Y seizes" (`inverted_condition_aux`). And measures announced under a
//! condition: "X will take the necessary measures if Y goes ahead" is a response to Y's act,
//! a threat to Y, as "X would respond if Y …" is (`warned.rs`, `response_condition`); the
//! verb and the nouns are those the event coder codes such a threat by
//! (`data/lexicon/responses.txt`: `measure_verb`, `measure`). Not the content of a warning,
//! which is the threat already ("warned that X would take measures if Y …").
use super::{has, Sentence};

impl Sentence<'_> {
    /// "should Y seize …": a clause with no mark whose inverted auxiliary stands before its
    /// subject, after the word it depends on (a sentence-initial "Should Y …?" is a question).
    pub(super) fn inverted_condition(&self, c: usize) -> bool {
        let Some(head) = self.heads[c] else {
            return false;
        };
        let Some(subject) = self.kid(c, "nsubj").or_else(|| self.kid(c, "nsubj:pass")) else {
            return false;
        };
        let inverted = self
            .kids(c, "aux")
            .any(|a| a < subject && has(&self.lex.inverted_condition_aux, &self.lower[a]));
        c > head && self.kid(c, "mark").is_none() && inverted
    }

    /// "take (the necessary) measures / steps": a measure-taking verb with such an object.
    pub(super) fn takes_measures(&self, p: usize) -> bool {
        let measure = |o: usize| {
            let lower = &self.lower[o];
            let singular = lower.strip_suffix('s').unwrap_or(lower);
            has(&self.lex.taken_measure, lower) || has(&self.lex.taken_measure, singular)
        };
        has(&self.lex.measure_taking_verb, &self.lower[p]) && self.kids(p, "obj").any(measure)
    }

    /// Is `p` the content of a warning ("warned that X would take measures if Y …")? The
    /// warning itself is then the threat (`warned.rs`), not its content a second one.
    pub(super) fn warning_content(&self, p: usize) -> bool {
        self.rel(p) == "ccomp"
            && self.heads[p].is_some_and(|h| has(&self.lex.cost_warning, &self.lower[h]))
    }
}
