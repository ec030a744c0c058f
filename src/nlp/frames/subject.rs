//! The subject of a predicate: its own, or one it shares through control, coordination,
//! a participial clause or a relative pronoun, and the passive's `by` agent. Split from
//! `roles.rs`, which reads the source and target from these.
use super::roles::MAX_HOPS;
use super::*;

impl Sentence<'_> {
    /// "was attacked", "were received": a passive auxiliary or a passive subject.
    pub(super) fn passive(&self, p: usize) -> bool {
        self.children[p]
            .iter()
            .any(|&c| matches!(self.rel(c), "aux:pass" | "nsubj:pass" | "obl:agent"))
            || self.rel(p) == "acl" && self.words[p].xpos == "VBN" && self.kid(p, "obj").is_none()
            || self.shared_passive(p)
    }

    /// A bare participle joined to a passive shares its voice with its subject ("were
    /// released and handed over to Y": the men were handed over, they did not hand). So
    /// does one with an object when its form is never a past tense ("was expelled and
    /// given two days to leave": the object a double-object passive keeps).
    fn shared_passive(&self, p: usize) -> bool {
        let form = self.words[p].form.to_lowercase();
        let only_participle = form.len() > 4 && (form.ends_with("en") || form.ends_with("wn"));
        self.rel(p) == "conj"
            && self.words[p].xpos == "VBN"
            && !self.children[p]
                .iter()
                .any(|&c| self.rel(c).starts_with("nsubj") || self.rel(c).starts_with("aux"))
            && (self.kid(p, "obj").is_none() || only_participle)
            && !self.addressed_appeal(p)
            && self.heads[p].is_some_and(|h| {
                self.children[h]
                    .iter()
                    .any(|&c| matches!(self.rel(c), "aux:pass" | "nsubj:pass"))
            })
    }

    /// An appeal with its own addressee ("and called on Y to …", "and asked Y for …"): active,
    /// whatever the voice of the clause the parse joined it to ("until order is restored and
    /// called on Y": the order is not called on). A passive appeal names no addressee after
    /// it ("were detained and asked to leave").
    fn addressed_appeal(&self, p: usize) -> bool {
        let on_party = self
            .kids(p, "obl")
            .any(|o| self.kids(o, "case").any(|c| self.lower[c] == "on"));
        has(&self.lex.appeal_verb, &self.lower[p]) && (self.kid(p, "iobj").is_some() || on_party)
    }

    /// An `acl` participle that is really a clause: it has an object (passive participles
    /// take none) or a `by` agent.
    pub(super) fn clausal_participle(&self, p: usize) -> bool {
        self.words[p].xpos == "VBN" && (self.kid(p, "obj").is_some() || self.agent(p).is_some())
    }

    /// The `by` agent of a passive.
    pub(super) fn agent(&self, p: usize) -> Option<usize> {
        self.kid(p, "obl:agent").or_else(|| {
            self.kids(p, "obl")
                .find(|&o| self.marker(o, "case") == Some("by"))
        })
    }

    /// Word `h` is an adverb modifying a verb ("carried out … earlier").
    fn adverb_of_verb(&self, h: usize) -> bool {
        self.words[h].upos == "ADV"
            && self.rel(h) == "advmod"
            && self.heads[h].is_some_and(|v| self.is_verbal(v))
    }

    /// The subject word of `p`: its own, or the one it shares through control,
    /// coordination or a participial clause; `route` gets each step up ("xcomp^").
    pub(super) fn subject_word(
        &self,
        p: usize,
        hops: usize,
        route: &mut Vec<&'static str>,
    ) -> Option<usize> {
        let own = self.own_subject(p);
        if let Some(main) = own.and_then(|c| self.pronoun_of_relative(p, c, hops, route)) {
            return Some(main);
        }
        if own.is_some_and(|c| self.document_speaks(p, c)) && hops < MAX_HOPS {
            route.push("acl:relcl^ document^");
            let verb = self.heads[self.heads[p]?]?;
            return self.subject_word(verb, hops + 1, route);
        }
        if own.is_some() || hops >= MAX_HOPS {
            return own;
        }
        let h = self.heads[p]?;
        match self.rel(p) {
            // "summoned Y's envoy to demand …": the summoner demands, not the envoy
            "xcomp" | "advcl" if self.summons_purpose(p).is_some() => {
                route.push("advcl^ (a summons' purpose)");
                self.subject_word(h, hops + 1, route)
            }
            // "urged Y to agree": Y; "promised to agree", "threatened to strike": the subject.
            "xcomp" => {
                let object = self.kid(h, "obj").or_else(|| self.kid(h, "iobj"));
                match object.filter(|_| !has(&self.lex.subject_control, &self.lower[h])) {
                    Some(o) => {
                        route.push("xcomp^ obj");
                        Some(o)
                    }
                    None => {
                        route.push("xcomp^");
                        self.subject_word(h, hops + 1, route)
                    }
                }
            }
            // "X staged drills, deploying ships, days after Y said …" parsed with the
            // participle under the later verb: it goes with the clause before its comma.
            "advcl" if h > p && self.words[p].xpos == "VBG" => match self.clause_before(p) {
                Some(w) => {
                    route.push("advcl<");
                    self.subject_word(w, hops + 1, route)
                }
                None if self.is_verbal(h) => {
                    route.push("advcl^");
                    self.subject_word(h, hops + 1, route)
                }
                None => None,
            },
            // "ordered Y's envoys to leave, accusing them of …": the orderer accuses
            "advcl" if self.comment_on_order(p).is_some() => {
                route.push("advcl^ to^");
                self.subject_word(self.comment_on_order(p)?, hops + 1, route)
            }
            "conj" if self.speakers_verb(p).is_some() => {
                route.push(super::SPEAKERS_ACT);
                self.subject_word(self.speakers_verb(p)?, hops + 1, route)
            }
            // "carried out a raid earlier in the day, targeting Y" parsed with the
            // participle under the time adverb: it is the adverb's clause's
            "advcl" if self.adverb_of_verb(h) => {
                route.push("advcl^ advmod^");
                self.subject_word(self.heads[h]?, hops + 1, route)
            }
            // "they were deeply concerned and asked Y to …": a verb coordinated with a
            // copular predicate shares that predicate's subject
            "conj" if self.is_verbal(p) && self.copular_adjective(h) => {
                route.push("conj^ cop");
                self.subject_word(h, hops + 1, route)
            }
            // "X condemned A and promised B"; "…, killing 40".
            "conj" | "advcl" if self.is_verbal(h) => {
                route.push(if self.rel(p) == "conj" {
                    "conj^"
                } else {
                    "advcl^"
                });
                self.subject_word(h, hops + 1, route)
            }
            // "forces that attacked": the noun the clause modifies; "forces fired six
            // missiles" misread as a participle modifier: the noun is the subject.
            "acl:relcl" => {
                route.push("acl:relcl^");
                Some(h)
            }
            // "missiles fired by X" misread as a modifier; "talks hosted by Z": the noun
            // is the participle's subject (the passive's patient).
            // "issued a statement urging Y to …": the document speaks for its author, the
            // subject of the verb whose object it is.
            // "X was guilty of violating …": the culprit is the copula's subject.
            "acl" | "advcl" if self.culpable_gerund(p, h) => {
                route.push("acl^ cop");
                self.subject_word(h, hops + 1, route)
            }
            "acl" if self.document_object(h) && self.words[p].xpos == "VBG" => {
                let verb = self.heads[h]?;
                if self.passive(verb) {
                    return self.passive_document_author(verb, hops, route);
                }
                route.push("acl^ obj^");
                self.subject_word(verb, hops + 1, route)
            }
            // ", and Caracas responded by demanding …" misread as a modifier of the name: an
            // answer has no passive participle, so the name before it is its subject
            "acl" if self.answer_after_its_subject(p, h) => {
                route.push("acl^ answer");
                Some(h)
            }
            "acl" if self.kid(p, "obj").is_some() || self.passive(p) => {
                route.push("acl^");
                Some(h)
            }
            _ => None,
        }
    }

    /// An adjective predicate with a copula and a subject of its own ("they were concerned").
    fn copular_adjective(&self, h: usize) -> bool {
        self.words[h].upos == "ADJ"
            && self.kid(h, "cop").is_some()
            && self.children[h]
                .iter()
                .any(|&c| self.base_rel(c) == "nsubj")
    }

    /// The subject child of `p`. A speech verb the parse gave two, the later one after a
    /// comma ("The men, who were held …, crossed into X, the ministry said": "men" and
    /// "ministry" both under "said"), is a trailing attribution: its subject is the one
    /// after the comma; the other belongs to the reported clause the parse hung under it.
    fn own_subject(&self, p: usize) -> Option<usize> {
        let subjects: Vec<usize> = self.children[p]
            .iter()
            .copied()
            .filter(|&c| self.base_rel(c) == "nsubj")
            .collect();
        let first = *subjects.first()?;
        let speech = has(&self.lex.speech, &self.lower[p]);
        let attribution = subjects
            .iter()
            .copied()
            .rev()
            .find(|&c| c > first && c < p && self.comma_between(first, c));
        let named = subjects
            .iter()
            .copied()
            .find(|&c| self.described_name(first, c));
        Some(attribution.filter(|_| speech).or(named).unwrap_or(first))
    }

    /// "Peace prize winner Aung San Suu Kyi urged …" parsed with two subjects, the common
    /// noun and the name that starts right after it: the noun only describes the person the
    /// name gives (as "Nobel laureate X" is parsed with the name as head), so the name is the
    /// subject.
    fn described_name(&self, noun: usize, name: usize) -> bool {
        name > noun
            && self.words[noun].upos == "NOUN"
            && self.words[name].upos == "PROPN"
            && self.leftmost(name) == noun + 1
    }

    /// A comma among the words after `a` and before `b`.
    fn comma_between(&self, a: usize, b: usize) -> bool {
        (a + 1..b).any(|w| self.lower[w] == ",")
    }

    /// A gerund `p` after "of" / "for" under `h`, a blaming predicate with a copula ("was
    /// guilty of violating", "is responsible for shelling"): the act is asserted of the
    /// predicate's subject.
    pub(super) fn culpable_gerund(&self, p: usize, h: usize) -> bool {
        let marked = ["mark", "case"]
            .iter()
            .any(|r| matches!(self.marker(p, r), Some("of" | "for")));
        self.words[p].xpos == "VBG"
            && marked
            && has(&self.lex.culpable_predicate, &self.lower[h])
            && self.kid(h, "cop").is_some()
    }

    /// "X said in a statement, which also called on Y to …": a describing relative clause
    /// whose pronoun subject stands for the document its author spoke in
    /// ([`Self::document_adjunct`]): the document's words are its author's act, and the
    /// subject is the author, the subject of the speech verb. (A document that is an object,
    /// "cited a report, which called on Y", may be anyone's.)
    pub(super) fn document_speaks(&self, p: usize, subject: usize) -> bool {
        self.rel(p) == "acl:relcl"
            && has(&self.lex.describing_relative, &self.lower[subject])
            && self.heads[p].is_some_and(|n| self.document_adjunct(n))
    }

    /// A document noun that is the adjunct of a speech verb ("said in a statement").
    pub(super) fn document_adjunct(&self, n: usize) -> bool {
        has(&self.lex.message_noun, &self.lower[n])
            && self.rel(n) == "obl"
            && self.heads[n].is_some_and(|v| self.lex.is_speech(&self.lower[v]))
    }

    /// "the envoy was handed a note asking Y to …": the passive subject received the
    /// document and did not write it. Its author is the verb's "by" agent, or else the
    /// speaker who reports the handing ("X said the envoy had been handed a note …"); with
    /// neither, no subject word.
    fn passive_document_author(
        &self,
        verb: usize,
        hops: usize,
        route: &mut Vec<&'static str>,
    ) -> Option<usize> {
        if let Some(a) = self.agent(verb) {
            route.push("acl^ obj^ agent");
            return Some(a);
        }
        let speech = self.heads[verb]
            .filter(|&s| self.rel(verb) == "ccomp" && self.lex.is_speech(&self.lower[s]))?;
        route.push("acl^ obj^ passive^ speaker");
        self.subject_word(speech, hops + 1, route)
    }

    /// A document noun ("statement", "note") that is the object of a verb.
    pub(super) fn document_object(&self, n: usize) -> bool {
        has(&self.lex.message_noun, &self.lower[n])
            && self.rel(n) == "obj"
            && self.heads[n].is_some_and(|v| self.is_verbal(v))
    }

    /// "X closed its border with Y, which it accuses of …": a personal pronoun subject of an
    /// object relative clause cannot be the antecedent the relative pronoun already fills;
    /// with no actor of its own it is the subject of the clause that names the antecedent.
    pub(super) fn pronoun_of_relative(
        &self,
        p: usize,
        subject: usize,
        hops: usize,
        route: &mut Vec<&'static str>,
    ) -> Option<usize> {
        let personal = matches!(self.lower[subject].as_str(), "it" | "they");
        if !personal || self.groups[subject].is_some() || self.rel(p) != "acl:relcl" {
            return None;
        }
        let object = self
            .kids(p, "obj")
            .any(|o| has(&self.lex.relative, &self.lower[o]));
        if !object {
            return None;
        }
        let mut clause = self.heads[p]?;
        for _ in 0..4 {
            if self.is_verbal(clause) {
                route.push("relcl pronoun^");
                return self.subject_word(clause, hops + 1, route);
            }
            clause = self.heads[clause]?;
        }
        None
    }

    /// A participle clause set off by a comma after a clause with its own subject: the
    /// nearest such verb before it ("China staged drills, deploying ships"). `None` for a
    /// participle that opens the sentence ("Speaking in Lima, X said").
    pub(super) fn clause_before(&self, p: usize) -> Option<usize> {
        let first = self.leftmost(p);
        if first == 0 || self.words[first - 1].form != "," {
            return None;
        }
        (0..first - 1).rev().find(|&w| {
            self.is_verbal(w)
                && self.children[w]
                    .iter()
                    .any(|&c| self.base_rel(c) == "nsubj")
        })
    }
}
