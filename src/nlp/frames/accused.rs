//! An accusation carried by the content of a statement, with no accusation verb: "X said
//! the boat had fished illegally in its waters", "X said Y had violated the truce". The
//! speaker accuses the content's subject. The content is a clausal complement of a speech
//! verb whose predicate is a wrongdoing (`accusing_verb` of `data/lexicon/frames.txt`) or is
//! done in a wrongful manner (`accusing_manner`), or lays the blame on its subject ("said Y
//! bore full responsibility"); not negated, not a future or a
//! possibility ("could have violated"), and its subject an actor.
use super::{has, Sentence, Status};

impl Sentence<'_> {
    /// The actor groups of the subject of an accusing content of speech verb `p`.
    pub(super) fn accused_in_content(&self, p: usize) -> Vec<u32> {
        if !has(&self.lex.speech, &self.lower[p]) {
            return Vec::new();
        }
        self.kids(p, "ccomp")
            .filter(|&c| self.accusing(c))
            .filter_map(|c| self.kid(c, "nsubj"))
            .map(|s| self.actor(s))
            .find(|a| !a.is_empty())
            .unwrap_or_default()
    }

    /// A wrongdoing predicate, asserted as done. The verb by lemma or form (the lemmatiser
    /// cuts some: "violat"); the manner adverb on the verb or, as the parse often hangs it,
    /// on the verb's oblique ("fished illegally in X": advmod of "X").
    fn accusing(&self, c: usize) -> bool {
        let form = self.words[c].form.to_lowercase();
        let verbs = &self.lex.accusing_verb;
        let wrong_verb = has(verbs, &self.lower[c])
            || verbs
                .iter()
                .any(|v| form.starts_with(v.trim_end_matches('e')));
        let manner = |w: usize| {
            self.children[w].iter().any(|&m| {
                self.base_rel(m) == "advmod" && has(&self.lex.accusing_manner, &self.lower[m])
            })
        };
        let wrong_manner = manner(c)
            || self.children[c]
                .iter()
                .any(|&o| self.base_rel(o) == "obl" && manner(o));
        let unrealised = self.children[c]
            .iter()
            .any(|&a| self.base_rel(a) == "aux" && has(&self.lex.unrealised_aux, &self.lower[a]));
        (wrong_verb || wrong_manner || self.blamed(c)) && !unrealised && !self.negated(c)
    }

    /// "Y bore full responsibility for the attack": a blame predicate (by lemma or form)
    /// with a blame noun as its object (`blame_predicate`, `blame_noun`); "bears no
    /// responsibility" clears its subject.
    fn blamed(&self, c: usize) -> bool {
        let form = self.words[c].form.to_lowercase();
        let blame = &self.lex.blame_predicate;
        (has(blame, &self.lower[c]) || has(blame, &form))
            && self
                .kids(c, "obj")
                .any(|o| has(&self.lex.blame_noun, &self.lower[o]) && !self.negated(o))
    }

    /// "X said Y had crossed every red line (violated the truce) by arming Z": a gerund
    /// marked "by" on a charged wrong (`charged_wrong`, or an accusing content) that a
    /// speaker reports is the means of the wrong, part of the accusation, not an act the
    /// text asserts.
    pub(super) fn charged_means(&self, cur: usize, h: usize) -> bool {
        let by = ["mark", "case"]
            .iter()
            .any(|r| self.marker(cur, r) == Some("by"));
        let wrong = has(&self.lex.charged_wrong, &self.lower[h]) || self.accusing(h);
        self.words[cur].xpos == "VBG"
            && by
            && wrong
            && matches!(self.status(h, None), Status::Reported { .. })
    }
}
