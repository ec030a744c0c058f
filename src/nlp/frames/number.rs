//! Number agreement between a reported clause's pronoun subject and the speaker: "X said it
//! would …" makes the speaker the pronoun's referent, but a singular pronoun (`singular_pronoun`
//! of `data/lexicon/frames.txt`: "it") cannot stand for a plural or coordinated speaker
//! ("opposition lawmakers and the business council criticised the move, saying it would
//! protect drug lords": "it" is the move, not the critics).
use super::{has, Sentence};

impl Sentence<'_> {
    /// Can pronoun word `pronoun` stand for the speaker whose subject word is `speaker`?
    pub fn pronoun_fits_speaker(&self, pronoun: usize, speaker: usize) -> bool {
        if !has(&self.lex.singular_pronoun, &self.lower[pronoun]) {
            return true;
        }
        // A common plural noun ("lawmakers", "officials"); a plural proper name ("the United
        // States", "the Philippines") is one state and fits "it".
        let plural = self.words[speaker].xpos == "NNS" || self.kid(speaker, "conj").is_some();
        !plural
    }
}

/// The most clause steps from a pronoun's predicate up to its speech verb.
const MAX_STEPS: usize = 8;

impl Sentence<'_> {
    /// A reported clause between predicate `p` and its speech verb `speech` that has a
    /// subject of its own: "Croatia said Serbia must account for the missing before it can
    /// join" — "join" hangs under "account", whose subject is Serbia. A pronoun of `p` then
    /// has two readers' candidates nearer than the speaker (the clause subject, or the
    /// speaker), so the speaker rule must not decide. A coordinated clause ("Y attacked and
    /// it would respond") is a sibling, not a governor: its subject does not intervene.
    /// Returns the intervening predicate.
    pub fn clause_between(&self, p: usize, speech: usize) -> Option<usize> {
        let mut cur = p;
        for _ in 0..MAX_STEPS {
            let h = self.heads[cur]?;
            if h == speech {
                return None;
            }
            let governs = self.rel(cur) != "conj";
            let subject = self.kid(h, "nsubj").or_else(|| self.kid(h, "nsubj:pass"));
            if governs && subject.is_some() {
                return Some(h);
            }
            cur = h;
        }
        None
    }
}
