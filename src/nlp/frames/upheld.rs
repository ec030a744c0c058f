//! A right granted to a party in the content of a statement: "X said Y had every right to
//! defend its borders", "said Y has the sovereign right to decide", "said Y was within its
//! rights to close the port", "said Y was entitled to respond". The speaker defends Y's act
//! or claim, a support of Y (CAMEO 051), with no verb of support. The content is a clausal
//! complement of a speech verb; its predicate holds a right (a right noun as the predicate or
//! as the object of a holding verb, or a granting adjective) that has a "to" complement (what
//! the right is to), not denied ("had no right to") and not hypothetical ("would have the
//! right"); its subject is an actor. Word lists `right_noun`, `right_holder`,
//! `right_adjective` and `right_denial` of `data/lexicon/frames.txt`.
use super::{has, Sentence};

impl Sentence<'_> {
    /// The actor groups of the subject of a content of speech verb `p` that grants it a
    /// right; empty when there is none.
    pub(super) fn upheld_in_content(&self, p: usize) -> Vec<u32> {
        self.content_subject(p, &["nsubj", "nsubj:pass"], |c| {
            self.granted_right(c) && self.realised(c)
        })
    }

    /// Content predicate `c` holds a right: "Y had every right to …" (the right noun as the
    /// predicate, with the holding verb as its auxiliary or with a copula: "was within its
    /// rights to …"), "Y has the right to …" (the noun, or the parse's adverb, under a
    /// holding verb) or "Y was entitled to …".
    fn granted_right(&self, c: usize) -> bool {
        let right = |w: usize| {
            self.any_form(&self.lex.right_noun, w)
                && !self.denied_right(w)
                && self.right_complement(w, c)
        };
        if right(c) {
            return self.kid(c, "cop").is_some()
                || self
                    .kids(c, "aux")
                    .any(|a| self.any_form(&self.lex.right_holder, a));
        }
        if self.any_form(&self.lex.right_adjective, c) {
            return self.right_complement(c, c);
        }
        self.any_form(&self.lex.right_holder, c)
            && self.children[c]
                .iter()
                .any(|&o| matches!(self.base_rel(o), "obj" | "advmod") && right(o))
    }

    /// Word `w` is in `list` by lemma or by form (the lemmatiser keeps some forms).
    fn any_form(&self, list: &[String], w: usize) -> bool {
        has(list, &self.lower[w]) || has(list, &self.words[w].form.to_lowercase())
    }

    /// "no right to …" (a denying determiner) or a negated right.
    fn denied_right(&self, w: usize) -> bool {
        self.kids(w, "det")
            .any(|d| self.any_form(&self.lex.right_denial, d))
            || self.negated(w)
    }

    /// What the right is to: an infinitive ("to defend", on the noun or, as the parse may
    /// hang it, on the holding verb `c`) or a "to" phrase ("the right to self-defence"). A
    /// bare "Y had the right" may name a direction or a correct answer; it grants nothing.
    fn right_complement(&self, w: usize, c: usize) -> bool {
        [w, c].iter().any(|&h| {
            self.children[h].iter().any(|&k| match self.base_rel(k) {
                "acl" | "advcl" | "xcomp" => self.marker(k, "mark") == Some("to"),
                "nmod" | "obl" => self.marker(k, "case") == Some("to"),
                _ => false,
            })
        })
    }
}
