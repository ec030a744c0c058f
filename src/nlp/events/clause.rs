//! The tokens a dictionary pattern's left context may match: the verb's own clause in the
//! parse.
//!
//! The dictionaries' patterns are word sequences around the verb. Their left context, read
//! as the ten words before the verb, took words from a neighbouring clause ("fired tear gas
//! at protesters who stormed …": the weapon of the main clause made the storming an
//! exchange of fire, both ways): the parse says which words belong to the verb. Its clause is its subtree minus
//! the clauses embedded in it that another verb heads, plus its subject phrase (which a
//! shared or controlling verb may hold: "met Y and signed …", "refused to meet Y").
use super::*;

/// Relations that attach a clause of its own when their dependent is a verb.
const CLAUSE_RELS: [&str; 6] = ["ccomp", "advcl", "acl", "parataxis", "conj", "csubj"];

/// How far up a verb without a subject looks for the one it shares (`xcomp`, `conj`).
const MAX_CLIMB: usize = 4;

impl ClauseTree<'_> {
    /// Per token of the sentence: may a pattern element of predicate `pred` (a word
    /// index) match it?
    pub(super) fn tokens(&self, toks: &[Tok], pred: usize) -> Vec<bool> {
        tokens_of(self.words, toks, &self.clause_words(pred))
    }

    /// Per word: is it in the clause of predicate `pred`?
    fn clause_words(&self, pred: usize) -> Vec<bool> {
        let mut inside = vec![false; self.words.len()];
        self.mark_clause(pred, pred, &mut inside);
        if let Some(s) = self.subject_of(pred) {
            self.mark_clause(s, pred, &mut inside);
        }
        if let Some(g) = self.reporting_verb(pred) {
            inside[g] = true;
        }
        self.mark_shared_left(pred, &mut inside);
        inside
    }
}

/// Heads and children of a sentence's parse, and which words the coder found a verb
/// phrase at (`preds`: the predicate word of each phrase).
pub(super) struct ClauseTree<'w> {
    words: &'w [syntax::Word],
    heads: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
    is_pred: Vec<bool>,
}

impl<'w> ClauseTree<'w> {
    pub(super) fn new(words: &'w [syntax::Word], preds: &[Option<usize>]) -> Self {
        let n = words.len();
        let heads = syntax::head_indices(words);
        let children = syntax::dependents(&heads);
        let mut is_pred = vec![false; n];
        for &p in preds.iter().flatten() {
            if let Some(x) = is_pred.get_mut(p) {
                *x = true;
            }
        }
        Self {
            words,
            heads,
            children,
            is_pred,
        }
    }

    fn base_rel(&self, w: usize) -> &str {
        let r = self.words[w].deprel.as_str();
        r.split(':').next().unwrap_or(r)
    }

    /// Does word `w` head a clause of its own under its head (a verb attached as a
    /// complement, adverbial, relative, parenthetical or coordinated clause)? Only a verb
    /// the coder found a phrase at, or one with a subject of its own, or a relative: a
    /// noun mis-tagged as a verb ("small-arms and mortar fire") cuts nothing. An
    /// infinitive ("ordered the envoys to leave", "summoned the envoy to protest") is the
    /// verb's complement or purpose, which the dictionaries' patterns span.
    fn heads_clause(&self, w: usize) -> bool {
        let verbal = matches!(self.words[w].upos.as_str(), "VERB" | "AUX");
        let finite = self.is_pred[w]
            || self.words[w].deprel == "acl:relcl"
            || self.children[w]
                .iter()
                .any(|&c| self.base_rel(c) == "nsubj");
        verbal && finite && CLAUSE_RELS.contains(&self.base_rel(w)) && !self.infinitive(w)
    }

    /// A "to" infinitive.
    fn infinitive(&self, w: usize) -> bool {
        self.children[w]
            .iter()
            .any(|&c| self.base_rel(c) == "mark" && self.words[c].form.eq_ignore_ascii_case("to"))
    }

    /// A conjunct verb without a subject shares what stands before the first conjunct
    /// ("sharply condemned and rejected", "heavily and unjustly criticized"): the first
    /// conjunct's dependents on its left, and the first conjunct itself when it is no verb
    /// (a modifier coordinated with the verb).
    fn mark_shared_left(&self, pred: usize, inside: &mut [bool]) {
        let Some(head) = self.heads[pred].filter(|_| self.base_rel(pred) == "conj") else {
            return;
        };
        if self.children[pred]
            .iter()
            .any(|&c| self.base_rel(c) == "nsubj")
        {
            return;
        }
        if !matches!(self.words[head].upos.as_str(), "VERB" | "AUX") {
            inside[head] = true;
        }
        for &c in self.children[head].iter().filter(|&&c| c < head) {
            if !self.heads_clause(c) {
                self.mark_clause(c, pred, inside);
            }
        }
    }

    /// The speech or thought verb whose complement `pred` is ("indicated it deplored …"):
    /// the word that reports the clause is one of the patterns' left context.
    fn reporting_verb(&self, pred: usize) -> Option<usize> {
        let head = self.heads[pred]?;
        (self.base_rel(pred) == "ccomp").then_some(head)
    }

    /// Marks the subtree of `root` minus the embedded clauses; `pred` itself is never cut
    /// (the subject phrase of a relative clause holds the clause's own verb).
    fn mark_clause(&self, root: usize, pred: usize, inside: &mut [bool]) {
        let mut stack = vec![root];
        while let Some(w) = stack.pop() {
            if inside[w] {
                continue;
            }
            inside[w] = true;
            for &c in &self.children[w] {
                if c != pred && !self.heads_clause(c) {
                    stack.push(c);
                }
            }
        }
    }

    /// The subject phrase of `pred`: its own subject (the noun a relative pronoun stands
    /// for), else the subject of the verb it shares one with (a conjunct's or a controlled
    /// complement's head), else the noun a participle clause modifies.
    fn subject_of(&self, pred: usize) -> Option<usize> {
        let mut w = pred;
        for _ in 0..MAX_CLIMB {
            let own = self.children[w]
                .iter()
                .copied()
                .find(|&c| matches!(self.base_rel(c), "nsubj" | "csubj" | "expl"));
            if let Some(s) = own {
                // "students who stormed …": the relative pronoun stands for its noun.
                let relative = self.words[s].upos == "PRON" && self.base_rel(w) == "acl";
                return match (relative, self.heads[w]) {
                    (true, Some(noun)) => Some(noun),
                    _ => Some(s),
                };
            }
            let head = self.heads[w]?;
            match self.base_rel(w) {
                "xcomp" | "conj" => w = head,
                "acl" => return Some(head),
                _ => return None,
            }
        }
        None
    }
}

/// A token is inside when a word of the clause overlaps it.
fn tokens_of(words: &[syntax::Word], toks: &[Tok], inside: &[bool]) -> Vec<bool> {
    toks.iter()
        .map(|t| {
            let first = words.partition_point(|w| w.end <= t.span.start);
            words[first..]
                .iter()
                .zip(&inside[first..])
                .take_while(|(w, _)| w.start < t.span.end)
                .any(|(_, &i)| i)
        })
        .collect()
}

/// Where a verb phrase's patterns may match: its clause bounds as word positions
/// (`clause_bounds`) and, when the parse gives the phrase a predicate, the tokens of its
/// clause.
pub(super) struct Scope<'c> {
    pub(super) lb: usize,
    pub(super) rb: usize,
    /// The right bound past an "as" the parse reads as a preposition ("held villagers as
    /// human shields"): only the patterns with an "as" element ("* (AS {HUMAN SHIELD})")
    /// read that far; for the others it still ends the clause.
    pub(super) rb_as: usize,
    /// The right bound before an infinitive the window takes in: only the patterns with a
    /// "to" element ("* TO LEAVE") read the infinitive.
    pub(super) rb_to: usize,
    pub(super) clause: Option<&'c [bool]>,
}

impl<'c> Scope<'c> {
    /// The token range the elements are looked for in: the clause bounds, and at least ten
    /// words before the phrase; before the verb, the clause (when the parse gives one) says
    /// which of them count. The range is not widened to the whole clause: a later verb
    /// still ends it (widening found two more right events on the dev set but cost two on
    /// the held-out set).
    pub(super) fn window(&self, toks: &[Tok], vp: &Vp) -> Scope<'c> {
        Scope {
            lb: vp.phrase_start().saturating_sub(10).min(self.lb),
            rb: self.rb.min(toks.len()).max(vp.end),
            rb_as: self.rb_as.min(toks.len()).max(vp.end),
            rb_to: self.rb_to.min(toks.len()).max(vp.end),
            clause: self.clause,
        }
    }

    /// May a pattern element before the verb start at token `j`?
    pub(super) fn allows(&self, j: usize) -> bool {
        self.clause
            .is_none_or(|c| c.get(j).copied().unwrap_or(false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A parse from (form, upos, head, deprel) rows, heads numbered from 1.
    fn parse(rows: &[(&str, &str, u32, &str)]) -> Vec<syntax::Word> {
        let mut at = 0;
        rows.iter()
            .map(|&(form, upos, head, deprel)| {
                let w = syntax::Word {
                    form: form.into(),
                    lemma: form.to_lowercase(),
                    upos: upos.into(),
                    xpos: String::new(),
                    head,
                    deprel: deprel.into(),
                    start: at,
                    end: at + form.len(),
                    start_char: at,
                    end_char: at + form.len(),
                };
                at += form.len() + 1;
                w
            })
            .collect()
    }

    fn inside<'w>(words: &'w [syntax::Word], preds: &[Option<usize>], pred: usize) -> Vec<&'w str> {
        let mask = ClauseTree::new(words, preds).clause_words(pred);
        words
            .iter()
            .zip(mask)
            .filter(|(_, m)| *m)
            .map(|(w, _)| w.form.as_str())
            .collect()
    }

    #[test]
    fn a_relative_clause_is_not_the_main_verbs_and_keeps_its_noun() {
        // "Police fired gas at students who stormed the embassy"
        let words = parse(&[
            ("Police", "NOUN", 2, "nsubj"),
            ("fired", "VERB", 0, "root"),
            ("gas", "NOUN", 2, "obj"),
            ("at", "ADP", 5, "case"),
            ("students", "NOUN", 2, "obl"),
            ("who", "PRON", 7, "nsubj"),
            ("stormed", "VERB", 5, "acl:relcl"),
            ("the", "DET", 9, "det"),
            ("embassy", "NOUN", 7, "obj"),
        ]);
        let preds = [Some(1), Some(6)];
        let main = inside(&words, &preds, 1);
        assert_eq!(main, ["Police", "fired", "gas", "at", "students"]);
        let rel = inside(&words, &preds, 6);
        assert!(!rel.contains(&"gas") && !rel.contains(&"Police"), "{rel:?}");
        assert!(
            rel.contains(&"students") && rel.contains(&"embassy"),
            "{rel:?}"
        );
    }

    #[test]
    fn an_infinitive_on_the_object_stays_in_the_clause() {
        // "Lome ordered the envoys to leave the country": the parse hangs the infinitive
        // on the object; `ORDER * TO LEAVE` must still see it.
        let words = parse(&[
            ("Lome", "PROPN", 2, "nsubj"),
            ("ordered", "VERB", 0, "root"),
            ("the", "DET", 4, "det"),
            ("envoys", "NOUN", 2, "obj"),
            ("to", "PART", 6, "mark"),
            ("leave", "VERB", 4, "acl"),
            ("the", "DET", 8, "det"),
            ("country", "NOUN", 6, "obj"),
        ]);
        let preds = [Some(1), Some(5)];
        assert_eq!(inside(&words, &preds, 1).len(), 8);
    }

    #[test]
    fn a_coordinated_verb_takes_the_shared_subject_not_the_first_object() {
        // "Accra met Lome and signed a pact"
        let words = parse(&[
            ("Accra", "PROPN", 2, "nsubj"),
            ("met", "VERB", 0, "root"),
            ("Lome", "PROPN", 2, "obj"),
            ("and", "CCONJ", 5, "cc"),
            ("signed", "VERB", 2, "conj"),
            ("a", "DET", 7, "det"),
            ("pact", "NOUN", 5, "obj"),
        ]);
        let preds = [Some(1), Some(4)];
        assert_eq!(inside(&words, &preds, 1), ["Accra", "met", "Lome"]);
        assert_eq!(
            inside(&words, &preds, 4),
            ["Accra", "and", "signed", "a", "pact"]
        );
    }

    #[test]
    fn a_noun_tagged_as_a_verb_cuts_nothing() {
        // "troops exchanged rifle and mortar fire": "mortar" read as a coordinated verb
        // is no phrase the coder found and has no subject: "fire" stays in the clause.
        let words = parse(&[
            ("troops", "NOUN", 2, "nsubj"),
            ("exchanged", "VERB", 0, "root"),
            ("rifle", "NOUN", 2, "obj"),
            ("and", "CCONJ", 5, "cc"),
            ("mortar", "VERB", 2, "conj"),
            ("fire", "NOUN", 5, "obj"),
        ]);
        assert!(inside(&words, &[Some(1)], 1).contains(&"fire"));
    }

    #[test]
    fn a_reported_clause_sees_its_reporting_verb_only() {
        // "Accra indicated it deplored Lome's move": `INDICATED *` names the reporting verb.
        let words = parse(&[
            ("Accra", "PROPN", 2, "nsubj"),
            ("indicated", "VERB", 0, "root"),
            ("it", "PRON", 4, "nsubj"),
            ("deplored", "VERB", 2, "ccomp"),
            ("Lome", "PROPN", 4, "obj"),
        ]);
        let preds = [Some(1), Some(3)];
        assert_eq!(
            inside(&words, &preds, 3),
            ["indicated", "it", "deplored", "Lome"]
        );
    }
}
