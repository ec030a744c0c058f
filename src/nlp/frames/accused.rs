//! An accusation carried by the content of a statement, with no accusation verb: "X said
//! the boat had fished illegally in its waters", "X said Y had violated the truce". The
//! speaker accuses the content's subject. The content is a clausal complement of a speech
//! verb whose predicate is a wrongdoing (`accusing_verb` of `data/lexicon/frames.txt`) or is
//! done in a wrongful manner (`accusing_manner`), or lays the blame on its subject ("said Y
//! bore full responsibility"); not negated, not a future or a
//! possibility ("could have violated"), and its subject an actor. A content done "without"
//! the leave it needed, or charged in the speaker's quoted words, accuses too
//! (`charged_content.rs`).
use super::{has, Sentence, Status};

impl Sentence<'_> {
    /// The actor groups of the subject of an accusing content of speech verb `p`.
    pub(super) fn accused_in_content(&self, p: usize) -> Vec<u32> {
        // "denied that Y had violated …" clears Y: a denial's content is no charge.
        if has(&self.lex.denying_speech, &self.lower[p]) {
            return Vec::new();
        }
        self.content_subject(p, &["nsubj"], |c| {
            self.accusing(c) || self.charged_content(c) && self.realised(c)
        })
    }

    /// The actor groups of the subject of the first content clause of speech verb `p`
    /// (a `ccomp` or a clause coordinated onto it) whose predicate passes `judged`, the
    /// subject by one of `rels` in order ("nsubj:pass" too where a passive subject holds
    /// what is judged: "Y was entitled to …"). Empty when there is none.
    pub(super) fn content_subject(
        &self,
        p: usize,
        rels: &[&str],
        judged: impl Fn(usize) -> bool,
    ) -> Vec<u32> {
        if !has(&self.lex.speech, &self.lower[p]) {
            return Vec::new();
        }
        self.kids(p, "ccomp")
            .flat_map(|c| std::iter::once(c).chain(self.content_conjuncts(c)))
            .filter(|&c| judged(c))
            .filter_map(|c| rels.iter().find_map(|r| self.kid(c, r)))
            .map(|s| self.actor(s))
            .find(|a| !a.is_empty())
            .unwrap_or_default()
    }

    /// "said the terms had been agreed and that Y was responsible for the delay": a second
    /// content clause coordinated onto the first, with its own subject, is said too.
    fn content_conjuncts(&self, c: usize) -> impl Iterator<Item = usize> + '_ {
        self.kids(c, "conj")
            .filter(|&k| self.kid(k, "nsubj").is_some())
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
        (wrong_verb || wrong_manner || self.blamed(c) || self.attempted_wrong(c))
            && self.realised(c)
    }

    /// "Y had tried to seize part of the country", "was seeking to destabilise it": an
    /// attempt (`attempt_verb`) at a wrong (`attempted_wrong`, or an accusing verb) charges
    /// the one who made it, as the wrong done would; the attempt is what the speaker asserts.
    fn attempted_wrong(&self, c: usize) -> bool {
        if !has(&self.lex.attempt_verb, &self.lower[c]) {
            return false;
        }
        self.kids(c, "xcomp").any(|x| {
            has(&self.lex.attempted_wrong, &self.lower[x])
                || has(&self.lex.accusing_verb, &self.lower[x])
        })
    }

    /// Content `c` told as done: no modal of what is not (yet) so ("could have violated",
    /// "will violate"), no negation.
    pub(super) fn realised(&self, c: usize) -> bool {
        let unrealised = self.children[c]
            .iter()
            .any(|&a| self.base_rel(a) == "aux" && has(&self.lex.unrealised_aux, &self.lower[a]));
        !unrealised && !self.negated(c)
    }

    /// "Y bore full responsibility for the attack": a blame predicate (by lemma or form)
    /// with a blame noun as its object (`blame_predicate`, `blame_noun`); "bears no
    /// responsibility" clears its subject. Or the same blame as a copula: "Y was
    /// responsible for the delay" (`blame_adjective`).
    fn blamed(&self, c: usize) -> bool {
        let form = self.words[c].form.to_lowercase();
        let blame = &self.lex.blame_predicate;
        let borne = (has(blame, &self.lower[c]) || has(blame, &form))
            && self
                .kids(c, "obj")
                .any(|o| has(&self.lex.blame_noun, &self.lower[o]) && !self.negated(o));
        borne || self.blamed_as_adjective(c)
    }

    /// "Y was (alone / fully) responsible for the delay", "Y was guilty of war crimes": a
    /// blame adjective after a past copula (`blame_copula`), with a noun for what is
    /// blamed. The present ("Y is responsible for border security") states a duty, and a
    /// gerund ("was responsible for organising the talks") a task: neither is a charge.
    fn blamed_as_adjective(&self, c: usize) -> bool {
        let past_copula = self
            .kids(c, "cop")
            .any(|k| has(&self.lex.blame_copula, &self.words[k].form.to_lowercase()));
        let blamed_deed = self.children[c].iter().any(|&o| {
            matches!(self.base_rel(o), "obl" | "nmod")
                && matches!(self.words[o].upos.as_str(), "NOUN" | "PROPN")
                && self.words[o].xpos != "VBG"
        });
        has(&self.lex.blame_adjective, &self.lower[c]) && past_copula && blamed_deed
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
