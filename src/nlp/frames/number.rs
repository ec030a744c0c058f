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
