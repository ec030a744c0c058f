//! Two more shapes of an accusation carried by a statement's content with no verb of
//! accusing (`accused.rs` takes the content's verb and manner): the act done "without" the
//! leave it needed ("X said Y's ship had entered its waters without authorisation", the
//! `accusing_without` list of `data/lexicon/frames.txt`), and a charge in the speaker's own
//! quoted words ("X said Y had 'lent its territory to a conspiracy'", "was 'turning the
//! islands into bases for confrontation'"): a noun of `wrong_label` in the content's
//! predicate phrase, between quote marks. A quote marks the words as the speaker's
//! characterisation of the act, not the reporter's account of it. Not a wrong the subject
//! fights, avoids or suffers (`averting_verb`; "against" / "on" on the way: "joined the fight
//! against terrorism").
use super::{has, Sentence};

/// Relations that keep a word inside the predicate's own phrase: its objects, obliques and
/// open complements ("chosen to reward terror"), and a noun's modifiers below them.
const PHRASE: [&str; 4] = ["obj", "obl", "xcomp", "nmod"];

/// How far below the content's predicate a charge word may lie.
const DEPTH: usize = 2;

/// Prepositions under which a wrong is what the subject acts against.
const AGAINST: [&str; 2] = ["against", "on"];

impl Sentence<'_> {
    /// Does content predicate `c` charge a wrong by manner ("without authorisation") or by
    /// the speaker's quoted words?
    pub(super) fn charged_content(&self, c: usize) -> bool {
        self.done_without_leave(c) || self.quoted_charge(c, 0)
    }

    /// "entered the waters without authorisation": an oblique of `c` marked "without" whose
    /// head is a listed leave.
    fn done_without_leave(&self, c: usize) -> bool {
        self.children[c].iter().any(|&o| {
            self.base_rel(o) == "obl"
                && self.marker(o, "case") == Some("without")
                && has(&self.lex.accusing_without, &self.lower[o])
        })
    }

    /// A quoted `wrong_label` noun in the phrase of `w`, at most [`DEPTH`] levels down, not
    /// under an averting predicate or an "against" phrase.
    fn quoted_charge(&self, w: usize, depth: usize) -> bool {
        if depth > DEPTH || self.is_verbal(w) && has(&self.lex.averting_verb, &self.lower[w]) {
            return false;
        }
        self.children[w].iter().any(|&k| {
            let inside = PHRASE.contains(&self.base_rel(k))
                && !self.marker(k, "case").is_some_and(|m| AGAINST.contains(&m));
            inside && (self.charge_word(k) || self.quoted_charge(k, depth + 1))
        })
    }

    /// A `wrong_label` noun (by lemma or form) between quote marks.
    fn charge_word(&self, k: usize) -> bool {
        let form = self.words[k].form.to_lowercase();
        let wrong = has(&self.lex.wrong_label, &self.lower[k]) || has(&self.lex.wrong_label, &form);
        wrong && self.words[k].upos == "NOUN" && self.within_quotes(k)
    }

    /// An odd number of double quote marks before word `k`: it is inside a quotation.
    fn within_quotes(&self, k: usize) -> bool {
        let marks = self.words[..k]
            .iter()
            .filter(|w| {
                w.upos == "PUNCT" && matches!(w.form.as_str(), "\"" | "“" | "”" | "``" | "''")
            })
            .count();
        marks % 2 == 1
    }
}
