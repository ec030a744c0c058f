//! The party an act of aid is for, when the act has no target of its own or names its
//! donor as the target: a purpose clause ("to assist Y") or a "for" phrase ("in funding
//! for Y's police").
use super::{has, Sentence};

impl Sentence<'_> {
    /// The party a purpose clause of `p` helps: the object of "to help / support / assist"
    /// when it names an actor with a country ("donated ventilators to assist Y"). The
    /// clause may hang on the thing given ("a shipment of kits and supplies to assist Y"):
    /// the parser attaches it to the object or to a word of the object's phrase as often as
    /// to the verb.
    /// The second value tells whether a clause of helping named the party (`helped_party`).
    pub(super) fn beneficiary(&self, p: usize) -> (Vec<u32>, bool) {
        if let Some(a) = self.helped_party(p) {
            return (a, true);
        }
        let other = Some(self.recipient_in_object(p))
            .filter(|a| !a.is_empty())
            .unwrap_or_else(|| self.place_of_purpose(p));
        (other, false)
    }

    /// The object of a clause of helping on `p`, or of `p` itself, naming an actor with a
    /// country.
    fn helped_party(&self, p: usize) -> Option<Vec<u32>> {
        // an act of helping is its own purpose: "agreed to help rebuild Y"
        let itself = has(&self.lex.benefit_verb, &self.lower[p]).then_some(p);
        let clauses = self
            .purpose_clauses(p)
            .filter(|&c| has(&self.lex.benefit_verb, &self.lower[c]));
        itself
            .into_iter()
            .chain(clauses)
            .flat_map(|c| self.helped_objects(c).map(move |o| self.helped(c, o)))
            .find(|a| self.has_country(a))
    }

    /// The "to V" clauses on `p` or on the thing it gives: where a purpose is stated.
    fn purpose_clauses(&self, p: usize) -> impl Iterator<Item = usize> + '_ {
        self.purpose_hosts(p)
            .into_iter()
            .flat_map(|h| self.children[h].iter().copied())
            .filter(|&c| {
                matches!(self.rel(c), "advcl" | "xcomp" | "acl")
                    && self.marker(c, "mark") == Some("to")
            })
    }

    /// The state where the purpose of the aid lies, when nothing names a recipient: "gave
    /// N euros to promote development in Y", "provided N to pay for aid for those affected
    /// in Y". The first "in" phrase naming a state anywhere inside a purpose clause ("to
    /// V …") of `p` or of the thing given; aid for what happens in Y is aid to Y.
    fn place_of_purpose(&self, p: usize) -> Vec<u32> {
        let clauses: Vec<usize> = self.purpose_clauses(p).collect();
        let mut inside: Vec<usize> = Vec::new();
        let mut stack = clauses;
        while let Some(w) = stack.pop() {
            inside.push(w);
            stack.extend(self.children[w].iter().copied());
        }
        inside.sort_unstable();
        inside
            .into_iter()
            .filter(|&w| matches!(self.base_rel(w), "nmod" | "obl"))
            .filter(|&w| self.marker(w, "case") == Some("in"))
            .map(|w| self.actor(w))
            .find(|a| self.has_country(a))
            .unwrap_or_default()
    }

    /// Words a purpose clause of `p` may hang on: `p`, its objects, and the nominal
    /// modifiers and conjuncts of an object ("a batch of kits and other supplies").
    fn purpose_hosts(&self, p: usize) -> Vec<usize> {
        let mut hosts = vec![p];
        for o in self.kids(p, "obj") {
            hosts.push(o);
            for m in self.kids(o, "nmod") {
                hosts.push(m);
                hosts.extend(self.kids(m, "conj"));
            }
            hosts.extend(self.kids(o, "conj"));
        }
        hosts
    }

    /// The objects of purpose clause `c`, or of the bare infinitive under it when it has
    /// none ("to help rebuild Y", "to help restructure Y's debt").
    fn helped_objects(&self, c: usize) -> impl Iterator<Item = usize> + '_ {
        let bare = self
            .kids(c, "xcomp")
            .filter(move |&x| self.marker(x, "mark").is_none() && self.kid(c, "obj").is_none());
        self.kids(c, "obj")
            .chain(bare.flat_map(move |x| self.kids(x, "obj")))
    }

    /// The party helped by clause `c` with object `o`: the object's own actor, or, for
    /// people the sentence names only by where they are ("to help people in Y", "to support
    /// families in Y", the "in" phrase on the object or on the clause), the place's.
    fn helped(&self, c: usize, o: usize) -> Vec<u32> {
        let own = self.actor(o);
        if !own.is_empty() {
            return own;
        }
        // "to help restructure Y's debt": the debt is Y's
        if let Some(a) = self
            .kids(o, "nmod:poss")
            .map(|d| self.actor(d))
            .find(|a| !a.is_empty())
        {
            return a;
        }
        let located = |w: usize, rel: &'static str| {
            self.kids(w, rel)
                .filter(|&m| self.marker(m, "case") == Some("in"))
                .collect::<Vec<_>>()
        };
        located(o, "nmod")
            .into_iter()
            .chain(located(c, "obl"))
            .map(|m| self.actor(m))
            .find(|a| !a.is_empty())
            .unwrap_or_default()
    }

    /// The party a sum or a supply is for: "announced $25 million in funding for Y's
    /// police", "pledged grants for Y", "N kronor in aid to Y" (the "for" / "to" phrase on the verb, on its object or one
    /// level below it, or that phrase's possessor).
    fn recipient_in_object(&self, p: usize) -> Vec<u32> {
        let for_phrase = |w: usize| {
            self.children[w]
                .iter()
                .copied()
                .filter(|&c| matches!(self.rel(c), "nmod" | "obl"))
                .filter(|&c| matches!(self.marker(c, "case"), Some("for" | "to")))
                .collect::<Vec<_>>()
        };
        let mut phrases = for_phrase(p);
        for o in self.kids(p, "obj") {
            phrases.extend(for_phrase(o));
            for c in self.kids(o, "nmod") {
                phrases.extend(for_phrase(c));
            }
        }
        phrases
            .into_iter()
            .flat_map(|f| std::iter::once(f).chain(self.kids(f, "nmod:poss")))
            .map(|w| self.actor(w))
            .find(|a| self.has_country(a))
            .unwrap_or_default()
    }
}
