//! Whether a predicate's clause asserts it: reported, embedded, conditional.
use super::{has, Sentence};

/// What the clause structure says about a predicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    /// A main clause, or a clause that happened with it ("after X attacked", "continued to").
    #[default]
    Asserted,
    /// Attributed to the subject of the speech verb at this word ("X said Y attacked",
    /// "Y attacked, X said").
    Reported { speech: usize },
    /// The complement of a non-factive verb or a purpose ("urged Y to agree", "demanded that
    /// Y withdraw", "accused X of attacking", "a plan to strike"): part of its governor's
    /// event, not an event.
    Embedded { governor: usize },
    /// Inside an `if` / `unless` clause, or the consequence such a clause conditions.
    Conditional,
    /// A non-restrictive relative clause ("Oman, which has mediated before, …"): it
    /// describes its antecedent, usually with past or standing facts, and is not the news.
    Description,
}

/// How far up the tree the status walk goes.
const MAX_HOPS: usize = 12;

impl Sentence<'_> {
    /// The status of predicate `p`; `control` is a control verb the coder already folded
    /// into the phrase ("refused to meet"), whose complement is not embedded.
    pub(super) fn status(&self, p: usize, control: Option<usize>) -> Status {
        if self.conditional_content(p) {
            return Status::Conditional;
        }
        let mut reported = None;
        // Inside a relative clause that reports the news: only speech above it counts.
        let mut own_clause = false;
        // Inside a told passive on a noun ("the men who were seized by Y"): a demand or
        // appeal about the noun above it does not make the act unreal.
        let mut presupposed = false;
        // Past a result participle ("…, prompting Y to V"): the clause it closes is the news.
        let mut result = false;
        let mut cur = p;
        for _ in 0..MAX_HOPS {
            result |= self.result_participle(cur);
            if self.conditions(cur) {
                return Status::Conditional;
            }
            if reported.is_none() {
                reported = self.commenting_speech(cur);
            }
            let Some(h) = self.heads[cur] else {
                break;
            };
            // "denied that the drone had crossed … and accused Y": the speaker's own act,
            // in the speech verb's clause, not in the content the speech verb reports
            if let Some(s) = self.speakers_verb(cur) {
                cur = s;
                continue;
            }
            // "ordered Y's envoys to leave, accusing them of …": the comment is the
            // orderer's, in the orderer's clause, not part of the order's content. What the
            // comment itself tells (a charge the parse may misread) keeps its old status.
            if let Some(v) = self.comment_on_order(cur).filter(|_| cur == p) {
                cur = v;
                continue;
            }
            presupposed |= self.told_passive_on_noun(cur);
            // "made it clear (that) Y would …": stated by the subject of "make", not embedded
            if let Some(v) = self.declaring_make(cur, h).filter(|_| !self.question(cur)) {
                reported.get_or_insert(v);
                cur = v;
                continue;
            }
            match self.clause_step(cur, h, control) {
                Step::Up => {}
                Step::Reported => {
                    reported.get_or_insert(h);
                }
                Step::OwnClause => own_clause = true,
                Step::Stop(_) if own_clause => {}
                Step::Stop(Status::Embedded { .. }) if presupposed => {}
                Step::Stop(Status::Embedded { .. } | Status::Description) if result => {}
                Step::Stop(s) => return s,
            }
            cur = h;
        }
        reported.map_or(Status::Asserted, |speech| Status::Reported { speech })
    }

    /// What the relation from `cur` to its head `h` does to the status.
    fn clause_step(&self, cur: usize, h: usize, control: Option<usize>) -> Step {
        let head_lemma = self.lower[h].as_str();
        match self.rel(cur) {
            // "summoned Y's envoy to demand …": the appeal was made at the summons
            "advcl" | "xcomp" if self.summons_purpose(cur).is_some() => Step::Up,
            // "did not say whether it would back Y": an embedded question tells no act
            "ccomp" | "csubj" if self.question(cur) || self.unsaid_question(cur, h) => {
                Step::Stop(Status::Embedded { governor: h })
            }
            "ccomp" | "xcomp" if self.lex.is_speech(head_lemma) => Step::Reported,
            // "announced 600 million euros in aid for Y, most of it to support …": a speech
            // verb with an object of its own reports no loosely attached clause.
            "parataxis" if self.lex.is_speech(head_lemma) && self.kid(h, "obj").is_none() => {
                Step::Reported
            }
            // "stopped targeting Y's ships": the act ended, it is not told as done
            "xcomp" if has(&self.lex.cessative, head_lemma) => {
                Step::Stop(Status::Embedded { governor: h })
            }
            "xcomp" if control == Some(h) || has(&self.lex.factive, head_lemma) => Step::Up,
            "xcomp" if has(&self.lex.causative, head_lemma) => Step::Up,
            // A participle with its own object or agent is a clause the tagger took for a
            // noun modifier ("Russian forces fired six missiles…", "missiles fired by X").
            // "agreed to X after talks hosted by Z": the talks took place.
            "acl" if self.clausal_participle(cur) && self.presupposed_meeting(h) => {
                Step::Stop(Status::Asserted)
            }
            "acl" if self.clausal_participle(cur) => Step::Up,
            // "issued a statement urging Y to …": the document's words are its author's act
            "acl" if self.words[cur].xpos == "VBG" && self.document_object(h) => Step::Up,
            // "X was guilty of violating …": the blamed act is the predicate's own claim.
            "acl" | "advcl" if self.culpable_gerund(cur, h) => Step::Up,
            // "X said Y had crossed every red line by arming Z": the means of a reported
            // wrong is the accuser's charge, as in "accused Y of arming Z"
            "advcl" if self.charged_means(cur, h) => Step::Stop(Status::Embedded { governor: h }),
            // "said in a statement, which also called on Y": the document's words are its
            // author's act, told with the speech itself
            "acl:relcl" if self.non_restrictive(cur) && self.speaking_document(cur) => Step::Up,
            "acl:relcl" if self.non_restrictive(cur) && self.news_relative(cur) => Step::OwnClause,
            "acl:relcl" if self.non_restrictive(cur) => Step::Stop(Status::Description),
            "acl:relcl" if self.standing_content(cur, h) => Step::Stop(Status::Description),
            // "…, and Caracas responded by …" misread as a modifier of the name: a clause
            "acl" if self.answer_after_its_subject(cur, h) => Step::Up,
            "ccomp" | "xcomp" | "csubj" if !self.predicates[h] => Step::Up,
            "ccomp" | "xcomp" | "csubj" | "acl" => Step::Stop(Status::Embedded { governor: h }),
            "advcl" => match self.marker(cur, "mark") {
                Some(m) if has(&self.lex.conditional, m) => Step::Stop(Status::Conditional),
                // "the border stays closed until Y stops arming them": an awaited clause in
                // the simple present tells an event still to come, not one that happened
                // ("fought until Y withdrew" stays, in the past)
                Some(m) if has(&self.lex.awaited_mark, m) && self.simple_present(cur) => {
                    Step::Stop(Status::Conditional)
                }
                Some(m) if has(&self.lex.unasserted_mark, m) => {
                    Step::Stop(Status::Embedded { governor: h })
                }
                _ => Step::Up,
            },
            _ => Step::Up,
        }
    }

    /// Is clause `w` an embedded question, opened by "whether" (`question_mark`)?
    fn question(&self, w: usize) -> bool {
        self.marker(w, "mark")
            .is_some_and(|m| has(&self.lex.question_mark, m))
    }

    /// "did not say how (when) Y would respond": a clause opened by a wh-word before its
    /// subject, under a negated speech verb, is a question left open; it tells no act.
    fn unsaid_question(&self, cur: usize, h: usize) -> bool {
        let subject = self.kid(cur, "nsubj").unwrap_or(cur);
        let wh = self.children[cur]
            .iter()
            .any(|&c| c < subject && matches!(self.words[c].xpos.as_str(), "WRB" | "WP" | "WDT"));
        wh && self.negated(h) && self.lex.is_speech(&self.lower[h])
    }

    /// A shared event noun ("talks", "a meeting", `joint_noun`) in an adjunct whose
    /// preposition presupposes it happened ("after", "following").
    pub(super) fn presupposed_meeting(&self, n: usize) -> bool {
        matches!(self.rel(n), "obl" | "nmod")
            && has(&self.lex.joint_noun, &self.lower[n])
            && self.case_in(n, &self.lex.presupposing_case)
    }

    /// "X said Y was ready for a truce if Z stops firing": an event the coder read at the
    /// speech verb itself ("say … truce") is its complement's content, and that content is
    /// conditional. A warning's or promise's condition is its content (`pledge`), not a
    /// condition on it.
    fn conditional_content(&self, p: usize) -> bool {
        self.lex.is_speech(&self.lower[p])
            && !has(&self.lex.pledge, &self.lower[p])
            && self.kids(p, "ccomp").any(|c| self.conditions(c))
    }

    /// Does `w` govern an `if` / `unless` clause (the consequence of a conditional)?
    /// A threat's or a warning's own condition is its content (see `threatened`, `warned`:
    /// "warned of retaliation if Y …" was said), not a condition on it; nor is the clause
    /// a refusal waits on ("will not release them unless Y pays", `refusal_awaits`).
    fn conditions(&self, w: usize) -> bool {
        let warning = has(&self.lex.cost_warning, &self.lower[w]);
        self.threat_verb(w).is_none()
            && !warning
            && self
                .kids(w, "advcl")
                .any(|c| self.condition_clause(c) && !self.refusal_awaits(w, c))
    }

    /// A relative clause set off by a comma and opened by who / which / whom / whose
    /// ("X, which backs Y, …"), also after its preposition ("a pact, under which Y agreed
    /// to …": the terms of the pact, not a new act); "that" clauses and clauses without a
    /// comma restrict.
    /// "resolutions that ask both sides to refrain", "a decree that bans Y's imports": a
    /// relative clause in the simple present on a document noun (`message_noun`, singular or
    /// plural) tells what the document says, a standing content, not an act of the day.
    fn standing_content(&self, v: usize, noun: usize) -> bool {
        let lower = &self.lower[noun];
        let singular = lower.strip_suffix('s').unwrap_or(lower);
        (has(&self.lex.message_noun, lower) || has(&self.lex.message_noun, singular))
            && self.simple_present(v)
    }

    pub(super) fn non_restrictive(&self, w: usize) -> bool {
        let first = self.leftmost(w);
        let pronoun = match self.words[first].upos.as_str() {
            "ADP" => first + 1,
            _ => first,
        };
        first > 0
            && pronoun < self.words.len()
            && self.words[first - 1].form == ","
            && has(&self.lex.describing_relative, &self.lower[pronoun])
    }

    /// A relative clause whose pronoun subject is a document its author issued or spoke in
    /// (`document_speaks`).
    fn speaking_document(&self, v: usize) -> bool {
        self.kid(v, "nsubj")
            .is_some_and(|s| self.document_speaks(v, s))
    }

    /// A describing relative clause that is itself the news, asserted like a main clause:
    /// a bare simple past with the pronoun as subject, tied to the news by `in_the_story`
    /// ("X's minister, who met Y on Monday, said"; an aspect, modal or negation auxiliary
    /// makes it background or intent: "which has mediated", "who wants to meet"), or a present-tense clause whose
    /// own subject acts on the antecedent ("Belarus, which they accuse of …"). A pied-piped
    /// clause ("…, under which Y agreed") gives the terms of its antecedent, not an act.
    fn news_relative(&self, v: usize) -> bool {
        let first = self.leftmost(v);
        if self.words[first].upos == "ADP" || self.kid(v, "aux").is_some() {
            return false;
        }
        let relative_is = |rel: &str| {
            self.kids(v, rel)
                .any(|c| has(&self.lex.describing_relative, &self.lower[c]))
        };
        match self.words[v].xpos.as_str() {
            "VBD" => relative_is("nsubj") && (self.in_the_story(v) || self.current_speech(v)),
            "VBP" | "VBZ" => relative_is("obj") && self.kid(v, "nsubj").is_some(),
            _ => false,
        }
    }

    /// A simple past that the clause (or a verb coordinated in it) ties to the news: a day
    /// ("on Monday", "yesterday") or an adverb of the story's sequence ("beforehand",
    /// "later"). Without one, "who hosted earlier rounds", "which fought Y for years" are
    /// the antecedent's history.
    fn in_the_story(&self, v: usize) -> bool {
        // "who travelled to Y on Sunday and met …"; a conjunct with no "and" is a main
        // verb the parse hung on the clause ("X, which fought Y, condemned Z on Sunday")
        let joined = self
            .kids(v, "conj")
            .filter(|&c| self.kid(c, "cc").is_some());
        let verbs: Vec<usize> = std::iter::once(v).chain(joined).collect();
        // "who also agreed to …": a story adverb needs a past form that is not its lemma
        // (a present "which also host Y" the tagger read as past is a standing fact) and no
        // past date ("which also fought Y in 2019")
        let told_now =
            self.words[v].form.to_lowercase() != self.lower[v] && self.dated(v).is_none();
        let anchor = |w: usize| {
            let lower = self.lower[w].as_str();
            has(&self.lex.news_day, lower)
                || has(&self.lex.sequel_adverb, lower)
                || has(&self.lex.story_adverb, lower) && self.rel(w) == "advmod" && told_now
        };
        (0..self.words.len()).any(|w| anchor(w) && verbs.iter().any(|&p| self.in_own_clause(p, w)))
    }

    /// "Central Command, which said American forces later struck …": what a describing
    /// clause says in the simple past is the story's statement, as a main clause's "said"
    /// would be; a clause dated in the past ("who said last year that …") is history.
    fn current_speech(&self, v: usize) -> bool {
        self.lex.is_speech(&self.lower[v]) && self.dated(v).is_none()
    }

    /// The first word of the subtree of `w`, punctuation aside.
    pub(super) fn leftmost(&self, w: usize) -> usize {
        let mut first = w;
        let mut stack = vec![w];
        while let Some(x) = stack.pop() {
            first = first.min(x);
            let words = self.children[x].iter().copied();
            stack.extend(words.filter(|&c| c < x && self.rel(c) != "punct"));
        }
        first
    }

    /// A causative participle set off by a comma ("…, prompting Y to summon Z's envoy"): it
    /// tells what the whole sentence before it caused, wherever the parse hangs it. A
    /// relative clause or a complement it lands in ("ratified a pact that lets Z's ships
    /// dock, prompting Y to …") does not make Y's act part of that clause's content.
    fn result_participle(&self, w: usize) -> bool {
        w > 0
            && self.words[w].xpos == "VBG"
            && self.words[w - 1].form == ","
            && has(&self.lex.causative, &self.lower[w])
            && self.kid(w, "xcomp").is_some()
    }

    /// A speech verb commenting on the clause of `w`: "Y attacked, officials said".
    pub(super) fn commenting_speech(&self, w: usize) -> Option<usize> {
        self.kids(w, "parataxis")
            .find(|&c| self.lex.is_speech(&self.lower[c]))
    }
}

enum Step {
    Up,
    Reported,
    /// A relative clause asserted on its own (`news_relative`): the antecedent's clause
    /// may still report it, but does not embed or condition it.
    OwnClause,
    Stop(Status),
}
