//! An act labelled a wrong: "X called the raids a violation of its sovereignty", "described
//! the embargo as a threat", "branded the launch a provocation". The verb names its object
//! (the act) with a label, a second object, an `xcomp` or an "as" phrase; when the label is
//! a charge of wrongdoing, the speaker criticises the act's author. The target is then the
//! act's author as the object names it ("the Chinese action", "Russia's decision") or, when
//! it names none, the doer the label names ("Russia's aggression", "a crime committed by
//! the army") or else the reaction rule ("the raids" reported earlier); never a party a
//! label's complement names ("a violation of UN resolutions"), which the nearest-actor
//! search would take. Lists: `naming_verb` and `wrong_label` of `data/lexicon/frames.txt`.
use super::{has, Sentence};

impl Sentence<'_> {
    /// The act word (the object) of naming verb `p` when one of its labels is a wrong;
    /// `None` when `p` is no naming verb, is passive or labels nothing as a wrong.
    pub(super) fn labelled_act(&self, p: usize) -> Option<usize> {
        if self.kid(p, "nsubj:pass").is_some() {
            return None;
        }
        if !self.naming_verb(p) {
            return self.copular_label(p);
        }
        let objects: Vec<usize> = self.kids(p, "obj").collect();
        // "called the decision 'reckless'" is often parsed with the quoted label as the object
        // and the act as its compound: the act is then that compound, before the quote mark.
        if let [o] = objects.as_slice() {
            let act = self
                .kids(*o, "compound")
                .find(|&c| c < *o && self.words[c].upos == "NOUN" && self.quote_between(c, *o));
            if let Some(act) = act.filter(|_| self.wrong_phrase(*o)) {
                return Some(act);
            }
        }
        let act = *objects.first()?;
        // The second object of a rarer naming verb ("termed the strikes a crime") is often
        // hung under the first as its `obj`; a noun takes no object, so that is the label.
        // A quoted label is often hung as the act's apposition ("called the raids 'a clear
        // violation'"): after a naming verb with no other label, that is the label too.
        let hung = self.children[act]
            .iter()
            .copied()
            .filter(|&c| c > act && matches!(self.rel(c), "obj" | "appos"));
        self.labels(p, act)
            .into_iter()
            .chain(hung)
            .any(|l| self.wrong_phrase(l))
            .then_some(act)
    }

    /// The labels naming verb `p` gives its object `act` as its own dependents: an `xcomp`
    /// that is no verb, an "as" phrase, a bare noun phrase or second object after the object.
    fn labels(&self, p: usize, act: usize) -> Vec<usize> {
        self.children[p]
            .iter()
            .copied()
            .filter(|&c| {
                c > act
                    && match self.rel(c) {
                        "xcomp" => !self.is_verbal(c),
                        "obl" => self.marker(c, "case") == Some("as"),
                        // "called the minister a liar": a bare noun phrase after the object
                        "obl:unmarked" => self.marker(c, "case").is_none(),
                        "obj" => true,
                        _ => false,
                    }
            })
            .collect()
    }

    /// A naming verb whose object has a label that charges no wrong: "called the election
    /// competitive", "called the vote credible", "described the talks as useful". The object
    /// is what is judged, not an act the speaker does: a dictionary pattern keyed on the
    /// object's word ("call * ELECTION", calling an election) misreads it. Only the verb's
    /// own labels count: an apposition of the object ("called his counterpart, X") is a name.
    pub(super) fn judged_object(&self, p: usize) -> bool {
        if self.kid(p, "nsubj:pass").is_some() || !self.naming_verb(p) {
            return false;
        }
        self.kids(p, "obj")
            .next()
            .is_some_and(|act| !self.labels(p, act).is_empty())
    }

    /// A speech verb whose content is a copular label of an act: "X said (that) Y's
    /// decision was a threat", "told the council the allegations were lies". The content's
    /// predicate is the label (a non-verbal word with a copula) and its subject the act; a
    /// subject that names an actor itself ("Y was a threat") is a charge against a party,
    /// not a label of an act, and is left to the accusation rules.
    fn copular_label(&self, p: usize) -> Option<usize> {
        if !self.lex.is_speech(&self.lower[p]) {
            return None;
        }
        self.kids(p, "ccomp").find_map(|c| {
            let copular = !self.is_verbal(c) && self.kid(c, "cop").is_some();
            let act = self.kid(c, "nsubj")?;
            let noun = self.words[act].upos == "NOUN" && self.groups[act].is_none();
            (copular && noun && self.wrong_phrase(c)).then_some(act)
        })
    }

    /// A speech verb whose content is a copula judging an act noun with no wrong in the
    /// judgement: "X said the release was a gesture of goodwill", "said the deal is a step
    /// forward". The noun re-mentions an act (told before, or the story's own) to comment on
    /// it; the comment is a statement, and the noun is no new act of the speaker's. A
    /// subject naming an actor ("Y was a partner") is no act noun.
    pub(super) fn commented_act(&self, p: usize) -> bool {
        if !self.lex.is_speech(&self.lower[p]) {
            return false;
        }
        self.kids(p, "ccomp").any(|c| {
            let copular = !self.is_verbal(c) && self.kid(c, "cop").is_some();
            let act = self.kid(c, "nsubj");
            let noun =
                act.is_some_and(|a| self.words[a].upos == "NOUN" && self.groups[a].is_none());
            copular && noun && !self.wrong_phrase(c)
        })
    }

    /// The author of the labelled act `o`: the actor it names ("the Chinese action", "the
    /// Kremlin's move") or its `by` phrase; empty when it names none.
    pub(super) fn labelled_author(&self, o: usize) -> Vec<u32> {
        let own = self.act_actor(o);
        if !own.is_empty() {
            return own;
        }
        self.children[o]
            .iter()
            .copied()
            .filter(|&m| {
                self.rel(m) == "nmod:poss"
                    || self.rel(m).starts_with("nmod") && self.marker(m, "case") == Some("by")
            })
            .map(|m| self.actor(m))
            .find(|a| !a.is_empty())
            .unwrap_or_default()
    }

    /// The author a wrong label of act `o` (object or copular subject of `p`) names when the
    /// act names none: "called it 'Russia's aggression'", "said the raid was a crime
    /// committed by the army" (a possessive, or the `by` agent of a participle on the label).
    /// A party in an `of` complement ("a violation of Y's airspace") is the one wronged.
    pub(super) fn label_author(&self, p: usize, o: usize) -> Vec<u32> {
        let heads: Vec<usize> = if self.naming_verb(p) {
            let hung = self.children[o]
                .iter()
                .copied()
                .filter(|&c| c > o && matches!(self.rel(c), "obj" | "appos"));
            self.labels(p, o).into_iter().chain(hung).collect()
        } else {
            self.kids(p, "ccomp")
                .filter(|&c| self.kid(c, "nsubj") == Some(o))
                .collect()
        };
        heads
            .into_iter()
            .filter(|&l| self.wrong_phrase(l))
            .flat_map(|l| self.label_agents(l))
            .map(|m| self.actor(m))
            .find(|a| !a.is_empty())
            .unwrap_or_default()
    }

    /// The words of label `l` that name its doer: its possessive, or the `by` agent of a
    /// participle hung on it ("a crime committed by …").
    fn label_agents(&self, l: usize) -> Vec<usize> {
        let agent = |m: usize| {
            self.rel(m) == "obl:agent"
                || self.rel(m).starts_with("obl") && self.marker(m, "case") == Some("by")
        };
        let participles = self
            .kids(l, "acl")
            .flat_map(|a| self.children[a].iter().copied());
        self.kids(l, "nmod:poss")
            .chain(participles.filter(|&m| agent(m)))
            .collect()
    }

    /// The actor the act word `o` itself names; a label hung under it ("the raids 'a
    /// violation of Afghan sovereignty'", an apposition or object) is not part of its name.
    fn act_actor(&self, o: usize) -> Vec<u32> {
        let label = |c: usize| c > o && matches!(self.rel(c), "appos" | "obj");
        if self.groups[o].is_some() || !self.children[o].iter().any(|&c| label(c)) {
            return self.actor(o);
        }
        self.children[o]
            .iter()
            .copied()
            .filter(|&c| {
                !label(c) && matches!(self.rel(c), "compound" | "amod" | "flat" | "nmod:poss")
            })
            .map(|c| self.actor(c))
            .find(|a| !a.is_empty())
            .unwrap_or_default()
    }

    /// Is there a quotation mark between words `a` and `b`?
    fn quote_between(&self, a: usize, b: usize) -> bool {
        self.words[a + 1..b]
            .iter()
            .any(|w| w.upos == "PUNCT" && w.form.chars().all(|c| "\"'“”‘’`".contains(c)))
    }

    /// A verb of the `naming_verb` list; the lemmatiser cuts some ("denounc"), so a lemma
    /// that is a listed verb short of its final letter counts.
    fn naming_verb(&self, p: usize) -> bool {
        let lemma = self.lower[p].as_str();
        self.lex
            .naming_verb
            .iter()
            .any(|v| v == lemma || v.len() == lemma.len() + 1 && v.starts_with(lemma))
    }

    /// Does the label headed by `l` charge a wrong: its head or a word that modifies it
    /// (`amod`, `compound`, a coordinated word) is in the `wrong_label` list?
    fn wrong_phrase(&self, l: usize) -> bool {
        let wrong = |w: usize| {
            has(&self.lex.wrong_label, &self.lower[w])
                || has(&self.lex.wrong_label, &self.words[w].form.to_lowercase())
        };
        wrong(l)
            || self.children[l].iter().any(|&c| {
                matches!(self.rel(c), "amod" | "compound" | "conj")
                    && (wrong(c) || self.kids(c, "conj").any(wrong))
            })
            || self.light_wrong(l, wrong)
    }

    /// A light label head ("attempt", "act", `light_label`) whose `of` / `at` complement
    /// is a wrong: "an attempt at intimidation", "an act of aggression". A light head
    /// alone ("an attempt to talk") or with a neutral complement charges nothing.
    fn light_wrong(&self, l: usize, wrong: impl Fn(usize) -> bool) -> bool {
        has(&self.lex.light_label, &self.lower[l])
            && self
                .kids(l, "nmod")
                .any(|m| matches!(self.marker(m, "case"), Some("of" | "at")) && wrong(m))
    }
}
