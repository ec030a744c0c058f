//! Event nouns as predicates ("Russian strikes on Kharkiv", "talks between A and B",
//! "X held talks with Y", "during his visit to B"): who does what to whom when the trigger
//! is a noun. The caller says which words are event nouns and which prepositions mark their
//! target; the light verbs that lend a noun their subject ("held talks", "launched an
//! attack") and the adjunct markers ("during talks") are in `data/lexicon/frames.txt`.
use super::{has, push_unique, Sentence, Status};

/// How far up a "round of / days of" chain a noun looks for its clause.
const MAX_OF_HOPS: usize = 2;
/// How deep a chain of places and days ("at the embassy in Lima") a partner may hang.
const MAX_SETTING_HOPS: usize = 2;

/// Who does what to whom for an event noun, and whether its clause asserts it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NounFrame {
    /// Actor groups of the source (empty: none found).
    pub source: Vec<u32>,
    pub target: Vec<u32>,
    /// "talks between A and B" with no other source: A and B act on each other.
    pub reciprocal: bool,
    /// The verb whose clause carries the noun (a light verb, the verb the noun is the
    /// subject of, or the clause an adjunct noun sits in).
    pub governor: Option<usize>,
    /// The noun is an adjunct of its governor's clause ("during talks"): a predicate of its
    /// own, not the governor's object or subject.
    pub adjunct: bool,
    /// A shared event noun under a preposition that places it before its clause's act
    /// ("agreed … after talks with Y", "following a meeting"), or a call the clause's act
    /// was done in ("thanked Y in a telephone call"): a meeting of its own, told as done,
    /// whatever else the clause codes for the same pair.
    pub earlier: bool,
    pub status: Status,
    /// Negated noun ("no talks") or governor ("did not hold talks"), or an unrealised
    /// governor (future, infinitive).
    pub unasserted: bool,
    /// The dependency path that gave the roles, for `annotate --explain`.
    pub path: String,
}

/// How a noun hangs in its clause.
enum Anchor {
    /// Object (or passive subject) of a light verb: the verb's subject is the source.
    Light(usize),
    /// Subject of a verb ("strikes hit", "talks broke down"): the noun names its own source.
    Subject(usize),
    /// An adjunct ("during talks with Y", "after a meeting with Y"): the clause's subject
    /// is the source when the noun names none. `true`: under a preposition that presupposes
    /// the event happened ("after Russian strikes on Y"), whatever the clause is.
    Adjunct(usize, bool),
    /// The object of a verb of disapproval ("protested against the detention of X by Y"):
    /// the judged act took place, and is coded from its own author and patient only.
    Judged(usize),
    /// The root of a fragment (a headline).
    Root,
}

impl Anchor {
    /// Where the noun sits, for the explain path.
    fn text(&self) -> &'static str {
        match self {
            Anchor::Light(_) => "object of a light verb",
            Anchor::Subject(_) => "subject of a verb",
            Anchor::Adjunct(..) => "adjunct of a clause",
            Anchor::Judged(_) => "an act judged by its clause",
            Anchor::Root => "root of a fragment",
        }
    }

    /// The verb a source taken from the governor comes from, for the explain path.
    fn verb(&self) -> &'static str {
        match self {
            Anchor::Light(_) => "light verb",
            _ => "clause",
        }
    }
}

/// The source part of a verb frame's path ("source: nsubj; target: obj" → "nsubj").
fn source_part(path: &str) -> &str {
    let first = path.split("; ").next().unwrap_or("");
    first.strip_prefix("source: ").unwrap_or(first)
}

/// How the noun's target was found: its own `nmod`, the light verb's `obl`, both, or none;
/// the reciprocal "between" pair.
fn target_text(f: &NounFrame, noun_marked: &[u32]) -> &'static str {
    if f.reciprocal {
        return "between (each other)";
    }
    let own = f.target.iter().any(|g| noun_marked.contains(g));
    let verb = f.target.iter().any(|g| !noun_marked.contains(g));
    match (own, verb) {
        (true, true) => "nmod, light verb obl",
        (true, false) => "nmod",
        (false, true) => "light verb obl",
        (false, false) => "none",
    }
}

impl Sentence<'_> {
    /// The frame of event noun `n`; `target_case`: the prepositions that mark its target;
    /// `adjunct`: whether the noun may be coded as an adjunct. `None`: the noun is not
    /// in a position the coder reads as an event (the object of a non-light verb, "urged
    /// talks", a modifier of another noun).
    pub fn noun_frame(&self, n: usize, target_case: &[String], adjunct: bool) -> Option<NounFrame> {
        if self.words.get(n)?.upos != "NOUN" {
            return None;
        }
        let anchor = self.anchor(n, adjunct)?;
        let mut f = NounFrame {
            source: self.actor(n),
            unasserted: self.noun_negated(n),
            ..NounFrame::default()
        };
        let mut source_how = if f.source.is_empty() {
            "none".to_string()
        } else {
            "noun modifier".to_string()
        };
        let governor = match anchor {
            Anchor::Light(v) | Anchor::Subject(v) | Anchor::Adjunct(v, _) | Anchor::Judged(v) => {
                Some(v)
            }
            Anchor::Root => None,
        };
        let mut noun_marked = self.marked_actors(n, target_case);
        let mut past_setting = false;
        if noun_marked.is_empty() {
            noun_marked = self.partner_past_setting(n, target_case);
            past_setting = !noun_marked.is_empty();
        }
        // "the arrest of Sylvanian fishermen": the patient's nationality is no author
        f.source.retain(|g| !noun_marked.contains(g));
        if f.source.is_empty() {
            if let Some(agent) = self.noun_agent(n) {
                f.source = self.actor(agent);
                source_how = "by agent".into();
                // "a visit by X to Y": the parse hangs "to Y" under X's name.
                for t in self.marked_actors(agent, target_case) {
                    push_unique(&mut noun_marked, t);
                }
            }
        }
        f.target = noun_marked.clone();
        // a judged act names both its parties itself: "condemned the strikes" names neither
        if matches!(anchor, Anchor::Judged(_)) && (f.source.is_empty() || f.target.is_empty()) {
            return None;
        }
        if let Some(v) = governor {
            self.governed(v, &anchor, adjunct, target_case, &mut f, &mut source_how);
        }
        // "after talks between A and B, X …": the "between" phrase names the talks' own
        // parties; the clause's subject is at most one of them
        // "during a visit by the minister": the noun names its own author, even one the
        // coder does not know; the clause's subject is not it
        if matches!(anchor, Anchor::Adjunct(..))
            && source_how.starts_with("clause")
            && (self.between(n) || self.has_by_phrase(n))
        {
            f.source.clear();
        }
        // "arrived in Y for talks": the place the traveller came to is the partner
        if f.target.is_empty() && self.purpose_of_journey(n, governor.unwrap_or(n)) {
            if let Some(v) = governor {
                f.target = self.marked_actors(v, &self.lex.arrival_case);
                noun_marked.clone_from(&f.target);
            }
        }
        // "congratulated Y in a telephone call": the one addressed is on the line
        let mut called = false;
        if let (true, Anchor::Adjunct(v, false)) = (f.target.is_empty(), &anchor) {
            f.target = self.called_party(n, *v);
            f.target.retain(|g| !f.source.contains(g));
            noun_marked.clone_from(&f.target);
            called = !f.target.is_empty();
        }
        // "talks were held between A and B": the pair hangs on the passive light verb
        let held_between = match (&anchor, f.source.is_empty()) {
            (Anchor::Light(v), true) => self.passive_between(n, *v),
            _ => Vec::new(),
        };
        for &g in &held_between {
            push_unique(&mut f.target, g);
        }
        f.target.retain(|g| !f.source.contains(g));
        // one group may hold both parties ("between A and B" coordinated into one group):
        // the coder, which knows the actors, finds no pair when there is one party only
        let between = self.between(n) || !held_between.is_empty();
        if f.source.is_empty() && between && !f.target.is_empty() {
            f.reciprocal = true;
            source_how = "between (each other)".into();
            // "talks between A and B broke down": no meeting is reported
            if let Anchor::Subject(v) = anchor {
                f.unasserted |= has(&self.lex.failed_event_verb, &self.lower[v]);
            }
        }
        f.governor = governor;
        // a judged act is a predicate of its own too, not the judging verb's event
        f.adjunct = matches!(anchor, Anchor::Adjunct(..) | Anchor::Judged(_));
        f.earlier = match anchor {
            Anchor::Adjunct(_, true) => has(&self.lex.joint_noun, &self.lower[n]),
            // a call the clause's act was done in is coded beside that act
            Anchor::Adjunct(v, false) => self.call_of_clause(n, v),
            _ => false,
        };
        let target_how = match target_text(&f, &noun_marked) {
            "nmod" if called => "obj of the clause (the one called)",
            "nmod" if past_setting => "nmod past a place or date",
            how => how,
        };
        f.path = format!(
            "source: {source_how}; target: {target_how}; clause: {}; noun: {}",
            self.status_text(f.status),
            anchor.text()
        );
        if let Some(d) = self.noun_dated(n, governor) {
            f.path = format!("{}; {}", f.path, d.text());
        }
        Some(f)
    }

    /// What the verb `v` governing the noun adds: the clause's status and negation, the
    /// verb's subject as the source (a light verb's, or an adjunct noun's when asked), and
    /// a light verb's marked partners as targets.
    fn governed(
        &self,
        v: usize,
        anchor: &Anchor,
        adjunct: bool,
        target_case: &[String],
        f: &mut NounFrame,
        source_how: &mut String,
    ) {
        let judged = matches!(anchor, Anchor::Judged(_));
        f.status = if judged {
            self.judging_status(v)
        } else {
            self.status(v, None)
        };
        if matches!(anchor, Anchor::Adjunct(_, true)) && f.status == Status::Description {
            // "the clashes, which began after strikes on Y": the strikes happened
            f.status = Status::Asserted;
        }
        // "to protest against the detention": the judging is a purpose, the detention happened
        f.unasserted |= self.negated(v) || !judged && self.unrealised(v);
        // only a noun coded as an adjunct takes its clause's subject: "after strikes
        // on Y" names no striker when the noun has no nationality or possessor
        let from_verb =
            matches!(anchor, Anchor::Light(_)) || matches!(anchor, Anchor::Adjunct(..)) && adjunct;
        if from_verb && f.source.is_empty() {
            let roles = self.roles(v);
            f.source = roles.source;
            if !f.source.is_empty() {
                *source_how = format!("{} {}", anchor.verb(), source_part(&roles.path));
            }
        }
        if matches!(anchor, Anchor::Light(_)) {
            for t in self.marked_actors(v, target_case) {
                push_unique(&mut f.target, t);
            }
        }
    }

    /// Does the noun have a "between" phrase ("talks between A and B"), on itself or past
    /// a place or date the parse hangs it under ("a meeting in Tunis between A and B")?
    fn between(&self, n: usize) -> bool {
        let own = |w: usize| {
            self.children[w].iter().any(|&m| {
                self.rel(m).starts_with("nmod") && self.case_in(m, &self.lex.reciprocal_case)
            })
        };
        own(n)
            || self.children[n]
                .iter()
                .any(|&m| self.noun_setting(m) && own(m))
    }

    /// The status a judged act takes from its judging verb `v`: a purpose ("summoned the
    /// envoy to protest against the detention") judges an act of its governor's world.
    fn judging_status(&self, v: usize) -> Status {
        match self.status(v, None) {
            Status::Embedded { governor } => self.status(governor, None),
            s => s,
        }
    }

    /// The `by` phrase of an event noun names its agent ("a visit by X", "strikes by X"),
    /// when its head word names an actor. The parse often hangs it on the last noun of the
    /// noun's `of` patient or on a patient coordinated after it ("the detention of a boat
    /// and its crew by Y"), or outside the noun's phrase right after it
    /// ([`Sentence::stray_agent`]): the agent of a nominal act still.
    pub(super) fn noun_agent(&self, n: usize) -> Option<usize> {
        let by = |w: usize| {
            self.kids(w, "nmod")
                .filter(|&m| self.marker(m, "case") == Some("by"))
                .find(|&m| self.groups[m].is_some())
        };
        let patient = self
            .kids(n, "nmod")
            .find(|&m| self.marker(m, "case") == Some("of"));
        let after_patient =
            |c: usize| patient.is_some_and(|p| c > p) && self.words[c].upos == "NOUN";
        by(n)
            .or_else(|| patient.and_then(by))
            .or_else(|| {
                self.kids(n, "conj")
                    .filter(|&c| after_patient(c))
                    .find_map(by)
            })
            .or_else(|| self.stray_agent(n))
    }

    /// Where the noun sits: up a "round of / days of" chain, then its relation.
    fn anchor(&self, n: usize, adjunct: bool) -> Option<Anchor> {
        let mut cur = n;
        for _ in 0..MAX_OF_HOPS {
            let quantity = self.rel(cur) == "nmod" && self.marker(cur, "case") == Some("of");
            match self.heads[cur] {
                Some(h) if quantity && self.words[h].upos == "NOUN" => cur = h,
                _ => break,
            }
        }
        let Some(h) = self.heads[cur] else {
            return Some(Anchor::Root);
        };
        let verbal = self.is_verbal(h);
        match self.rel(cur) {
            "obj" | "nsubj:pass" if verbal && self.light_use(h) => Some(Anchor::Light(h)),
            "nsubj" if verbal => Some(Anchor::Subject(h)),
            "obj" | "obl" if verbal && self.judges_act(cur, h) => Some(Anchor::Judged(h)),
            "obl" if adjunct && self.purpose_of_journey(cur, h) => Some(Anchor::Adjunct(h, false)),
            "obl" | "nmod" => {
                let case = self.marker(cur, "case");
                let is = |list: &[String]| case.is_some_and(|c| has(list, c));
                let journey =
                    has(&self.lex.journey_noun, &self.lower[cur]) && is(&self.lex.journey_case);
                let presupposed = is(&self.lex.presupposing_case);
                let marked = adjunct && (is(&self.lex.adjunct_case) || journey) || presupposed;
                let mut clause = self.verbal_ancestor(cur)?;
                if presupposed {
                    clause = self.set_off_clause(cur, clause);
                }
                marked.then_some(Anchor::Adjunct(clause, presupposed))
            }
            // "after" read as a subordinator with the noun as its object
            "obj" if has(&self.lex.presupposing_case, &self.lower[h]) => {
                Some(Anchor::Adjunct(self.verbal_ancestor(cur)?, true))
            }
            _ => None,
        }
    }

    /// Is verb `h` a light verb lending its subject to its object noun? Not with a
    /// predicative adjective: "made the arrest possible" is a cause, not the arrest.
    fn light_use(&self, h: usize) -> bool {
        has(&self.lex.light_verb, &self.lower[h])
            && !self.kids(h, "xcomp").any(|x| self.words[x].upos == "ADJ")
    }

    /// Is `n` the act verb `h` disapproves of: its object, or its `against` / `over`
    /// phrase ("condemned the seizure", "protested against the detention")?
    fn judges_act(&self, n: usize, h: usize) -> bool {
        has(&self.lex.judged_act_verb, &self.lower[h])
            && (self.rel(n) == "obj" || self.case_in(n, &self.lex.judged_act_case))
    }

    /// "arrived in Y for talks": a shared event noun `n` under a `purpose_case` preposition
    /// of verb `h`, a verb of travelling: the meeting the traveller came for.
    fn purpose_of_journey(&self, n: usize, h: usize) -> bool {
        self.heads[n] == Some(h)
            && has(&self.lex.joint_noun, &self.lower[n])
            && self.case_in(n, &self.lex.purpose_case)
            && has(&self.lex.travel_verb, &self.lower[h])
    }

    /// The nearest verb above `w`.
    fn verbal_ancestor(&self, w: usize) -> Option<usize> {
        let mut cur = self.heads[w]?;
        for _ in 0..6 {
            if self.is_verbal(cur) {
                return Some(cur);
            }
            cur = self.heads[cur]?;
        }
        None
    }

    /// The noun's partner that the parse hangs under a place or a date between them: "a
    /// meeting in Lima with Y", "a call on Tuesday with Y", "a meeting at the embassy in Lima
    /// with Y" (a place under a place). Only a place ("in", "at") or a day: under a topic the
    /// partner is the topic's ("talks on relations with Y").
    fn partner_past_setting(&self, n: usize, cases: &[String]) -> Vec<u32> {
        let setting = |m: usize| self.noun_setting(m);
        let mut out = Vec::new();
        let mut level: Vec<usize> = vec![n];
        for _ in 0..MAX_SETTING_HOPS {
            level = level
                .iter()
                .flat_map(|&w| self.children[w].iter().copied())
                .filter(|&m| setting(m))
                .collect();
            for &m in &level {
                for g in self.marked_actors(m, cases) {
                    push_unique(&mut out, g);
                }
            }
            if !out.is_empty() {
                break;
            }
        }
        out
    }

    /// Is `m` a place ("in Lima", "at the embassy") or a day ("on Tuesday", "earlier this
    /// month") its head noun is set in?
    fn noun_setting(&self, m: usize) -> bool {
        match self.rel(m) {
            "nmod" => {
                let case = self.marker(m, "case");
                case.is_some_and(|c| has(&self.lex.place_case, c))
                    || case == Some("on") && self.is_day(m)
            }
            // "a meeting earlier this month with Y": a span of time with no preposition
            "nmod:unmarked" | "nmod:tmod" => has(&self.lex.time_span, &self.lower[m]),
            _ => false,
        }
    }

    /// A day or a month: "Tuesday", "July"; a span of time a day names ("Tuesday evening").
    pub(super) fn is_day(&self, w: usize) -> bool {
        let day = |x: usize| {
            has(&self.lex.news_day, &self.lower[x]) || has(&self.lex.month, &self.lower[x])
        };
        day(w) || has(&self.lex.time_span, &self.lower[w]) && self.kids(w, "compound").any(day)
    }

    /// Actors in `w`'s `nmod` / `obl` dependents marked by one of `cases`.
    fn marked_actors(&self, w: usize, cases: &[String]) -> Vec<u32> {
        let mut out = Vec::new();
        for &m in &self.children[w] {
            let rel = self.base_rel(m);
            if rel != "nmod" && rel != "obl" || self.rel(m) == "nmod:poss" {
                continue;
            }
            if self.marker(m, "case").is_some_and(|c| has(cases, c)) {
                for g in self.actor(m) {
                    push_unique(&mut out, g);
                }
            }
        }
        out
    }

    /// "no talks", "without talks"; or negated through the noun it completes: "had no
    /// interest in talks", "saw no prospect of a ceasefire", "no plans for a visit".
    fn noun_negated(&self, n: usize) -> bool {
        let negated = |m: usize| {
            self.children[m]
                .iter()
                .any(|&c| has(&self.lex.negator, &self.lower[c]) || self.lower[c] == "without")
        };
        let governing_noun = self.heads[n].filter(|&h| self.words[h].upos == "NOUN");
        negated(n) || governing_noun.is_some_and(negated)
    }

    /// A governor that has not happened: future or modal auxiliary, an infinitive.
    fn unrealised(&self, v: usize) -> bool {
        self.children[v].iter().any(|&c| {
            let rel = self.rel(c);
            rel == "aux" && has(&self.lex.unrealised_aux, &self.lower[c])
                || rel == "mark" && self.lower[c] == "to"
        })
    }
}
