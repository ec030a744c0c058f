//! A presupposing adjunct set off by a comma (branch recall36): "A and B agreed on Thursday
//! not to use force against each other, after a meeting in Z". The parse hangs "after a
//! meeting" on the infinitive it follows, which makes the meeting as unreal as the
//! infinitive; the comma closes the infinitive's phrase, so the adjunct is the main
//! clause's: the meeting came before the agreement. Without the comma ("agreed to reopen
//! the border after a meeting") the adjunct may be part of what was agreed and stays there.
use super::{has, Sentence};

/// How far up a chain of infinitives ("agreed to try to reopen …") the clause is taken.
const MAX_INFINITIVES: usize = 3;

impl Sentence<'_> {
    /// The clause a presupposing adjunct `w` (under verb `clause`) belongs to: the verb
    /// above an infinitive chain when a comma sets the adjunct off, else `clause`.
    pub(super) fn set_off_clause(&self, w: usize, clause: usize) -> usize {
        if !self.after_comma(w) {
            return clause;
        }
        let mut cur = clause;
        for _ in 0..MAX_INFINITIVES {
            let infinitive = self.rel(cur) == "xcomp" && self.marker(cur, "mark") == Some("to");
            match self.heads[cur] {
                Some(h) if infinitive && self.is_verbal(h) => cur = h,
                _ => break,
            }
        }
        cur
    }

    /// A comment participle set off by a comma after an object-control infinitive (branch
    /// recall42): in "X ordered two of Y's diplomats to leave within 72 hours, accusing them
    /// of spying" the parse hangs "accusing" on "leave", which would make the diplomats the
    /// accusers and the accusation part of the order. The comma closes the infinitive's
    /// phrase, and only a party judges or speaks (`judgement`, `speech`), so the participle
    /// is the act of the verb above the infinitive, returned here. Without the comma, or
    /// with a participle of another kind ("…, ending the standoff"), nothing changes.
    pub(super) fn comment_on_order(&self, p: usize) -> Option<usize> {
        let lemma = self.lower[p].as_str();
        let comment = has(&self.lex.judgement, lemma) || self.lex.is_speech(lemma);
        if !comment || self.words[p].xpos != "VBG" || self.rel(p) != "advcl" {
            return None;
        }
        let infinitive =
            self.heads[p].filter(|&h| h < p && self.marker(h, "mark") == Some("to"))?;
        if !self.after_comma(p) {
            return None;
        }
        let above = self.heads[infinitive]?;
        let verb = match self.rel(infinitive) {
            // "ordered Y's traders to leave": the infinitive is the verb's complement, also
            // when parsed as an adverbial clause of the verb
            "xcomp" | "advcl" if !has(&self.lex.subject_control, &self.lower[above]) => above,
            // "ordered two diplomats to leave", parsed as a modifier of the object
            "acl" if self.rel(above) == "obj" => self.heads[above]?,
            _ => return None,
        };
        let controls = self.kid(verb, "obj").is_some() || self.kid(verb, "iobj").is_some();
        (controls && self.is_verbal(verb)).then_some(verb)
    }

    /// Is the phrase of `w` opened right after a comma?
    fn after_comma(&self, w: usize) -> bool {
        let first = self.leftmost(w);
        first > 0 && self.words[first - 1].form == ","
    }
}

impl Sentence<'_> {
    /// Is a word of the text span `start..end`, or the noun it modifies ("Ecuador's foreign
    /// minister"), the subject of an absolute "with" clause ("held talks in Y, with Z
    /// carrying messages between them")? Such a subject acts in its own clause; it is no
    /// party to the act of the verb the clause hangs on.
    pub fn absolute_subject(&self, start: usize, end: usize) -> bool {
        (0..self.words.len()).any(|w| {
            let inside = start <= self.words[w].start && self.words[w].end <= end;
            inside && self.absolute_clause_subject(self.phrase_head(w))
        })
    }

    /// The noun a modifier (`nmod:poss`, `compound`, `amod`, `flat`, `nmod:desc`) belongs to.
    fn phrase_head(&self, w: usize) -> usize {
        let mut cur = w;
        for _ in 0..MAX_INFINITIVES {
            let modifier = matches!(
                self.rel(cur),
                "nmod:poss" | "compound" | "amod" | "flat" | "nmod:desc"
            );
            match self.heads[cur] {
                Some(h) if modifier => cur = h,
                _ => break,
            }
        }
        cur
    }

    fn absolute_clause_subject(&self, w: usize) -> bool {
        self.base_rel(w) == "nsubj"
            && self.heads[w].is_some_and(|h| {
                self.base_rel(h) == "advcl"
                    && self
                        .marker(h, "mark")
                        .is_some_and(|m| has(&self.lex.absolute_mark, m))
            })
    }
}
