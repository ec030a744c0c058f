//! Event frames on the dependency parse: for a predicate (a dictionary verb the event
//! coder found), who its source and target are and whether its clause asserts it.
//!
//! - [`roles`]: source = `nsubj` (passive: `obl:agent`, and `nsubj:pass` becomes the
//!   target), inherited along `xcomp` (object or subject control), `conj` and participial
//!   `advcl`; relative pronouns resolve to the noun their clause modifies; target = `obj`,
//!   `iobj`, an `obl` with a target preposition, or the object noun's `nmod` ("sanctions
//!   against Y", "talks with Y"). A head word names the actor group the mention stage marked
//!   on it or on its name-internal dependents (`compound`, `amod`, `flat`, `nmod:poss`,
//!   "ministers of A"), and coordinated heads (`conj`) add their groups.
//! - [`status`]: a clausal complement of a non-factive verb ("urged Y to agree", "demanded
//!   that Y withdraw") is part of its governor's event, not an event; a complement of a
//!   speech verb, or a clause a speech verb comments on ("…, officials said"), is reported
//!   by that verb's subject; an `if` / `unless` clause and the clause it conditions are
//!   conditional; negation comes from `advmod` not / never.
//! - [`threatened`]: a threat's `if` / `unless` clause is its content, not a condition on
//!   it; its target is the party the threatened act falls on, else the one asked to comply.
//! - [`warned`]: a warning's announced response ("warned that X would respond if Y …",
//!   "warned that any Y strikes would be answered") threatens the party inside it.
//! - [`said_threat`]: "X said the closure could be extended if Y does not stop" is X's
//!   threat to Y, the conditional measure itself not asserted.
//! - [`conditioned_response`]: "X will take the necessary measures if Y …" threatens Y; an
//!   inverted "should Y …" is a condition like "if Y …".
//! - [`demanded`]: "X said Y should / must / needs to <act>" is X's demand on Y
//!   ([`Frame::demanded_by`]), not Y's act.
//! - [`escalated`]: "X would raise the matter with F / seek arbitration if Y …" sends a
//!   dispute to a forum, which is not the party threatened.
//! - [`called`]: "X called Y to express solidarity" is a phone call, not an appeal.
//!
//! The word lists are `data/lexicon/frames.txt`. The module knows nothing of mentions or
//! actors beyond the group id marked on each word (the event coder's actor groups).

mod accused;
mod actors;
mod addressed;
mod appeal;
mod apposed;
mod awaited;
mod beneficiary;
mod border;
mod call_partner;
mod called;
mod charged_content;
mod clause_actor;
mod complement;
mod conditioned_response;
mod conjunct;
mod coordinated;
mod dated;
mod declared;
mod demanded;
mod escalated;
mod handed_to;
mod held_between;
mod invited_journey;
mod judged;
mod labelled;
mod mandative;
mod nouns;
mod number;
mod objects;
mod own_party;
mod relative_acts;
mod repair;
mod roles;
mod said_threat;
mod set_off;
mod stationed;
mod status;
mod stray_agent;
mod subject;
mod summoned;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_appeals2;
#[cfg(test)]
mod tests_dated2;
#[cfg(test)]
mod tests_own_party;
#[cfg(test)]
mod tests_precision29;
#[cfg(test)]
mod tests_quad19;
#[cfg(test)]
mod tests_recall79;
#[cfg(test)]
mod tests_reported2;
#[cfg(test)]
mod tests_saidstance;
#[cfg(test)]
mod tests_threats2;
#[cfg(test)]
mod tests_trees;
mod threatened;
mod upheld;
mod warned;
mod word_lists;

use crate::nlp::syntax::{self, Word};

pub use dated::{dated_in_path, Dated};
pub use nouns::NounFrame;
pub use repair::{repair_names, repaired, repaired_only};
pub use status::Status;
pub use word_lists::FrameLexicon;

/// The mark a frame's path carries when the act names its partner in a "with" / "against"
/// phrase the actor lists do not place ("coordinate its response with its allies").
pub const UNPLACED_PARTNER: &str = "partner named, no actor";

/// Noted in the path of a causative's infinitive ("…, prompting Y to protest"): an act the
/// clause before caused, whose target, if the act names none, is that clause's author.
pub const PROMPTED: &str = "prompted by the clause before";
/// Path note of an act labelled a wrong ("called the raids a violation"): the events stage
/// reads it to answer "called the decision a hostile act" from an act told just before.
pub const COMMENTED: &str = "; content comments on an act: no act of its noun";
/// Path note of an object given a label that charges no wrong ("called the vote credible").
pub const JUDGED: &str = "; object judged by a label: no act of its noun";
/// Path note of an act labelled a wrong ("called the raids a violation"): see below.
pub const LABELLED: &str = "; labelled a wrong: target = the act's author";

/// The mark a frame's path carries when its verb is in the simple present.
const PRESENT: &str = "tense: simple present";

/// Does a frame's path say its verb is in the simple present (`Sentence::frame`)?
pub fn simple_present_in_path(path: &str) -> bool {
    path.contains(PRESENT)
}

/// Does a frame's path (see [`Frame::path`]) say a passive had no agent ("the envoy was
/// summoned")? Then the source is unknown because the sentence does not say it.
pub fn passive_without_agent(path: &str) -> bool {
    let source = path.split("; ").next().unwrap_or("");
    source == "source: none" && path.contains("nsubj:pass")
}

/// The subject route of an appeal, judgement or speech joined to a reported clause about a
/// thing, or a bare past joined to a content that cannot share it (`Sentence::speakers_verb`):
/// the speaker's own act.
const SPEAKERS_ACT: &str = "conj^ ccomp^";

/// Does a frame's path say its source is the speaker's own act joined to the clause the
/// speaker reports ("denied that the drone had crossed … and accused Y")? Then what the
/// speaker denies or reports is not this act.
pub fn speakers_act_in_path(path: &str) -> bool {
    let source = path.split("; ").next().unwrap_or("");
    source.starts_with(&format!("source: {SPEAKERS_ACT}"))
}

fn has(set: &[String], w: &str) -> bool {
    set.iter().any(|x| x == w)
}

/// One parsed sentence with the actor group the event coder marked on each word.
pub struct Sentence<'a> {
    words: &'a [Word],
    /// 0-based head of each word; `None` for the root.
    heads: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
    lower: Vec<String>,
    groups: &'a [Option<u32>],
    /// Words the coder found a dictionary verb at: only those govern a complement.
    predicates: Vec<bool>,
    /// Actor groups that name only an agent without a country ("troops", "military").
    countryless: Vec<u32>,
    /// The one country each actor group names, where the caller told it (`mark_country`).
    countries: Vec<(u32, String)>,
    /// Actor groups that name only international organisations (a forum, see
    /// `roles::referral_forum`).
    organisations: Vec<u32>,
    lex: &'a FrameLexicon,
}

/// Who does what to whom, as the parse says, for one predicate.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Frame {
    /// Actor groups of the source (empty: none found).
    pub source: Vec<u32>,
    pub target: Vec<u32>,
    /// The word the source was looked for at (the subject, or the passive's agent).
    pub source_word: Option<usize>,
    /// The subject is a personal pronoun with no actor ("He thanked…"), or the speaker's own
    /// state told by a possessive ("her government supported…").
    pub source_pronoun: bool,
    pub passive: bool,
    /// `advmod` not / never on the predicate.
    pub negated: bool,
    /// The target is the agent of the act a judgement verb judges ("condemned Russia's
    /// attack on Ukraine": Russia), which a dictionary pattern's target must not override.
    pub judged_agent: bool,
    /// The target is the parties to a meeting the source hosted or brokered ("after
    /// talks hosted by Z"): they did not visit the host, so a two-way code goes one way.
    pub hosted_parties: bool,
    /// No target, and the object is an event the coordinated subjects share ("A and B
    /// delayed their meeting"): they act on each other.
    pub joint_object: bool,
    /// Coordinated subjects and an object marked as their shared act ("A and B agreed to
    /// hold joint drills"), whatever target word the object gave.
    pub shared_object: bool,
    /// The object is marked as a shared act ("set up a joint team", "deploy joint
    /// patrols"), whatever the subject: a pair's commitment to it is cooperation
    /// (`pair_commitment` in the event coder).
    pub joint_act: bool,
    /// The object is marked as a shared act and names a partner in a `comitative_case`
    /// phrase ("agreed to set up a joint mechanism with C"): the subjects act together
    /// with C, so a pair of them also acts with each other.
    pub joint_partner: bool,
    /// The predicate is a verb of giving (`giving_verb`: "provided", "donated"): what is given
    /// goes to a third party, so coordinated subjects do not act on each other. Also set when
    /// the subjects "each" act (`distributive` as the verb's adverb), and when they host or
    /// offer to host (`hosting_verb`): a host serves others.
    pub giving: bool,
    /// No target, and a purpose clause names whom the act helps ("provided $N to support
    /// Y"): the target an aid code may take (the coder knows the code, the frame does not).
    pub beneficiary: Vec<u32>,
    /// The beneficiary is the object of a purpose clause of helping ("to help Y", "to
    /// assist the two governments"), not a place or a "for" phrase: whom an offer serves.
    pub helped: bool,
    /// The target is only agents of no country ("camps of exile groups in Y"): the nearest
    /// placed actor below the predicate, the place an attack code may take instead.
    pub placed_below: Vec<u32>,
    /// No target, and a place phrase below the act names a state ("struck hideouts in Y's
    /// province"): the state an attack code may take when it is not the source's own.
    pub struck_place: Vec<u32>,
    /// No target, and a word under the predicate outside its subject names an actor that
    /// is not the source (`clause_actor.rs`): the party the sentence offers, which the
    /// event coder's story-level target guesses must not contradict (empty: none).
    pub clause_actors: Vec<u32>,
    /// No target, and the predicate is a later conjunct sharing its first conjunct's subject
    /// ("said … and demanded …"): the placed actors under the first conjunct, outside its
    /// subject, not the source (`coordinated.rs`); the party a demand, warning or
    /// accusation of the coordination is put to, when they are one side.
    pub coordinated: Vec<u32>,
    /// The target is only the topic of the act: named under an "on / over / about" phrase
    /// or as a modifier of a thing object ("sought a stronger NATO presence"), not as the
    /// object or a partner itself. Co-subjects' cooperation is then with each other.
    pub topic_target: bool,
    pub status: Status,
    /// A past date of the predicate's own clause ("in 2008", "since last year").
    pub dated: Option<Dated>,
    /// The speech verb that demands the predicate of its subject ("X said Y must withdraw").
    pub demanded_by: Option<usize>,
    /// The predicate heads a mandative clause ("insisted that Y stop"): what is demanded,
    /// never done, even when the demander does not resolve.
    pub mandative: bool,
    /// A call made to express something ("called Y to express solidarity"): a phone call.
    pub expressing_call: bool,
    /// "called on / upon" someone with nothing asked of them (no "to" clause, no "for"): a
    /// call paid, a visit when the one called on is a person (`call_paid`).
    pub call_paid: bool,
    /// The object word, an act the verb labels a wrong ("called the raids a violation"): a
    /// criticism whose target is the act's author (the object's own actor, or none).
    pub labelled_act: Option<usize>,
    /// A speech verb whose content only comments on an act already told ("said the release
    /// was a gesture", `labelled::commented_act`): the act noun is no new act of anyone's.
    pub commented_act: bool,
    /// A naming verb's object given a label that charges no wrong ("called the election
    /// competitive", `labelled::judged_object`): a judgement of the object, not an act on it.
    pub judged_object: bool,
    /// A passive summons of an envoy ("X's ambassador was summoned"): the dictionary's
    /// patterns read the envoy only as an object, so the event coder codes it from this.
    pub summoned_envoy: bool,
    /// The subject of an accusing content of this speech verb ("said the boat had fished
    /// illegally"): whom the speaker accuses (empty: none).
    pub accused: Vec<u32>,
    /// The subject of a content of this speech verb that grants it a right ("said Y had
    /// every right to defend its borders", `upheld.rs`): whom the speaker supports.
    pub upheld: Vec<u32>,
    /// The target is the party a warning's announced response threatens ("warned that X
    /// would respond if Y …"): the groups of the response's own subject, which must be the
    /// speaker's side for the threat to be the speaker's (empty: a pronoun or a passive).
    pub threat_agent: Option<Vec<u32>>,
    /// A speech verb whose content is a conditional measure against the target ("said the
    /// closure could be extended if Y does not stop", `said_threat`): the statement is a
    /// threat.
    pub said_threat: bool,
    /// The predicate sends a dispute to a third party ("raise the matter with the OAS",
    /// "seek arbitration", `escalated`): announced under a condition, a threat.
    pub escalation: bool,
    /// The predicate is the infinitive of a causative ("prompting Y to accuse Z"): an act of
    /// its own, coded though an infinitive usually is not.
    pub caused: bool,
    /// The predicate is the purpose of a summons ("summoned Y's envoy to demand …"): the
    /// summoner's act at the summons, coded though an infinitive usually is not. The
    /// summons verb (whose source it shares) and the appeal code, for a verb the dictionary
    /// codes otherwise.
    pub summons_purpose: Option<(usize, &'static str)>,
    /// The dependency path that gave source and target, and the clause status, for
    /// `annotate --explain`: "source: advcl^ nsubj; target: obj; clause: main" (`x^`: up
    /// a relation `x` to the head, then down).
    pub path: String,
}

impl<'a> Sentence<'a> {
    /// `groups[i]`: the actor group marked on word `i`, if any.
    pub fn new(words: &'a [Word], groups: &'a [Option<u32>], lex: &'a FrameLexicon) -> Self {
        let n = words.len();
        let heads = syntax::head_indices(words);
        let children = syntax::dependents(&heads);
        let lower = words.iter().map(|w| w.lemma.to_lowercase()).collect();
        Self {
            words,
            heads,
            children,
            lower,
            groups,
            predicates: vec![false; n],
            countryless: Vec::new(),
            countries: Vec::new(),
            organisations: Vec::new(),
            lex,
        }
    }

    /// Marks actor group `g` as an agent without a country: as an object it yields the
    /// target to a named party of a target oblique ("sent troops to Y", "military aid to Y").
    pub fn mark_countryless(&mut self, g: u32) {
        if !self.countryless.contains(&g) {
            self.countryless.push(g);
        }
    }

    /// Records that every actor of group `g` is of `country`: a thing object whose only
    /// party is the source's own country ("lifted the US embargo", said of the US) yields
    /// the target to a party named after it.
    pub fn mark_country(&mut self, g: u32, country: &str) {
        if !self.countries.iter().any(|(x, _)| *x == g) {
            self.countries.push((g, country.to_string()));
        }
    }

    /// Marks actor group `g` as naming only international organisations: a body a
    /// dispute is referred to hears it ("took the tariffs to the WTO").
    pub fn mark_organisation(&mut self, g: u32) {
        if !self.organisations.contains(&g) {
            self.organisations.push(g);
        }
    }

    /// Marks word `w` as a predicate the coder found (a dictionary or speech verb): a
    /// clausal complement is embedded only under such a verb, so a tagging error
    /// ("Old foes Gondor and Osgiliath have renewed…", "foes" read as a verb) does not
    /// bury the real predicate.
    pub fn mark_predicate(&mut self, w: usize) {
        if let Some(p) = self.predicates.get_mut(w) {
            *p = true;
        }
    }

    /// Byte span of word `w`.
    pub fn word_span(&self, w: usize) -> Option<(usize, usize)> {
        self.words.get(w).map(|x| (x.start, x.end))
    }

    /// The word whose byte span contains `byte`.
    pub fn word_at(&self, byte: usize) -> Option<usize> {
        self.words
            .iter()
            .position(|w| w.start <= byte && byte < w.end)
    }

    /// A conditional word ("if", "unless"; not "whether") after word `w` in its sentence,
    /// before a semicolon: the text's reading of a condition the parse may hang elsewhere.
    /// One after a concessive or comparing word ("even if", "as if") is none.
    pub fn condition_after(&self, w: usize) -> bool {
        let words = &self.lower;
        (w + 1..words.len())
            .take_while(|&i| words[i] != ";")
            .any(|i| {
                let x = &words[i];
                let conceded = has(&self.lex.concessive, &words[i - 1]);
                x != "whether" && has(&self.lex.conditional, x) && !conceded
            })
    }

    /// The predicate word of a verb phrase spanning `[start, end)` bytes: its first verb.
    pub fn predicate_in(&self, start: usize, end: usize) -> Option<usize> {
        let inside = |w: &&Word| w.start < end && start < w.end;
        let first = self.words.iter().position(|w| inside(&w))?;
        let verb = self.words[first..]
            .iter()
            .take_while(inside)
            .position(|w| w.upos == "VERB");
        Some(first + verb.unwrap_or(0))
    }

    /// Is the word tagged as a verb (or an auxiliary used as the main verb)?
    pub fn is_verbal(&self, w: usize) -> bool {
        let word = &self.words[w];
        word.upos == "VERB" || word.upos == "AUX" && !self.rel(w).starts_with("aux")
    }

    /// Source, target and status of predicate `p`. `control`: the word of a control verb
    /// the coder already folded into the phrase ("threatened to strike"), if any.
    pub fn frame(&self, p: usize, control: Option<usize>) -> Frame {
        let mut f = self.roles(p);
        f.negated = self.negated(p) || control.is_some_and(|c| self.negated(c));
        f.status = self.status(p, control);
        f.path = format!("{}; clause: {}", f.path, self.status_text(f.status));
        f.dated = self.dated(p);
        f.demanded_by = self.demanded_by(p);
        f.mandative = self.mandative_speech(p).is_some();
        f.expressing_call = self.expressing_call(p);
        f.call_paid = self.call_paid(p);
        f.accused = self.accused_in_content(p);
        f.upheld = self.upheld_in_content(p);
        f.caused = self.caused(p);
        f.escalation = self.escalation(p);
        if f.caused {
            f.path.push_str(&format!("; {PROMPTED}"));
        }
        if self.summons_purpose(p).is_some() {
            f.summons_purpose = self.heads[p].zip(self.purpose_code(p));
            f.path.push_str("; the purpose of a summons");
        }
        self.label_act(p, &mut f);
        if let Some(t) = self.awaited_party(p, control, &f) {
            f.target = t;
            f.path
                .push_str("; target: the subject of the clause the refusal waits on");
        }
        if f.target.is_empty() && self.unplaced_partner(p) {
            f.path.push_str(&format!("; {UNPLACED_PARTNER}"));
        }
        if f.target.is_empty() {
            f.clause_actors = self.clause_actors(p, &f.source);
            f.coordinated = self.coordinated_actors(p, &f.source);
        }
        if let Some(d) = f.dated {
            f.path = format!("{}; {}", f.path, d.text());
        }
        if self.simple_present(control.unwrap_or(p)) {
            f.path = format!("{}; {PRESENT}", f.path);
        }
        f
    }

    /// "called the raids a violation": the target is the labelled act's author, not a party
    /// the label names ([`Sentence::labelled_act`]).
    fn label_act(&self, p: usize, f: &mut Frame) {
        if f.passive {
            return;
        }
        if let Some(o) = self.labelled_act(p) {
            f.labelled_act = Some(o);
            f.target = self.labelled_author(o);
            if f.target.is_empty() {
                f.target = self.label_author(p, o);
            }
            f.target.retain(|g| !f.source.contains(g));
            f.path.push_str(LABELLED);
        } else if self.commented_act(p) {
            f.commented_act = true;
            f.path.push_str(COMMENTED);
        } else if self.judged_object(p) {
            f.judged_object = true;
            f.path.push_str(JUDGED);
        }
    }

    /// A "with" / "against" phrase (the `partner_case` list) of `p` or of its object (the
    /// parse often hangs it there) whose head names no actor: the act has a partner the
    /// sentence names, only not one the actor lists know.
    fn unplaced_partner(&self, p: usize) -> bool {
        let phrases = self
            .kids(p, "obl")
            .chain(self.kids(p, "obj").flat_map(|o| self.kids(o, "nmod")));
        phrases
            .into_iter()
            .any(|o| self.case_in(o, &self.lex.partner_case) && self.actor(o).is_empty())
            || self.unplaced_object(p)
    }

    /// The act's direct object names who it falls on, and no actor: the one charged in "accused
    /// criminal gangs of staging the attack" (an object with a gerund charge, after a word of
    /// the `charge_case` list, on the verb or on the object; a noun there may be a span, "held
    /// talks for two hours"), or people named by a pronoun
    /// ("punish those responsible", the `people_pronoun` list). The act has its party, only
    /// not one the actor lists know; the story's partner is not it.
    fn unplaced_object(&self, p: usize) -> bool {
        let charge = |c: usize| {
            matches!(self.base_rel(c), "advcl" | "obl" | "acl")
                && self.words[c].upos == "VERB"
                && ["mark", "case"].iter().any(|r| {
                    self.marker(c, r)
                        .is_some_and(|m| has(&self.lex.charge_case, m))
                })
        };
        // The phrase's word may be a control verb whose complement has the object
        // ("promised to punish those responsible").
        let verbs = std::iter::once(p).chain(self.kids(p, "xcomp"));
        let objects: Vec<(usize, usize)> = verbs
            .flat_map(|v| self.kids(v, "obj").map(move |o| (v, o)))
            .collect();
        objects.into_iter().any(|(p, o)| {
            // The word as written: the lemma of "those" is "that".
            let form = self.words[o].form.to_lowercase();
            let people = self.words[o].upos == "PRON" && has(&self.lex.people_pronoun, &form);
            // A name may be placed later (a person the story ties to a state); a common
            // noun without an actor here has none.
            let charged = self.words[o].upos == "NOUN"
                && (self.children[p].iter().any(|&c| charge(c))
                    || self.children[o].iter().any(|&c| charge(c)));
            (people || charged) && self.actor(o).is_empty()
        })
    }

    /// `p` is the infinitive complement of a causative verb ("led Y to recall its envoy"),
    /// or a second infinitive joined to it with no subject of its own ("prompting Y to
    /// close a crossing and to summon Z's envoy"): Y's act as much as the first.
    fn caused(&self, p: usize) -> bool {
        let first = match self.rel(p) {
            "conj" if self.kid(p, "nsubj").is_none() => self.heads[p],
            _ => Some(p),
        };
        first.is_some_and(|x| {
            self.rel(x) == "xcomp"
                && self.heads[x].is_some_and(|h| has(&self.lex.causative, &self.lower[h]))
        })
    }

    /// "Algeria supplies a third of Spain's gas", "Chad now hosts refugees": a finite verb in
    /// the simple present with no auxiliary of its own tells what usually is, not what
    /// happened (news reports its acts in the past or the perfect).
    fn simple_present(&self, v: usize) -> bool {
        let word = &self.words[v];
        matches!(word.xpos.as_str(), "VBZ" | "VBP")
            && word.upos == "VERB"
            && !self.children[v]
                .iter()
                .any(|&c| self.rel(c).starts_with("aux"))
    }

    /// The status as `annotate --explain` shows it: "main", "reported by say"…
    fn status_text(&self, status: Status) -> String {
        match status {
            Status::Asserted => "main".into(),
            Status::Reported { speech } => format!("reported by {}", self.lower[speech]),
            Status::Embedded { governor } => format!("embedded under {}", self.lower[governor]),
            Status::Conditional => "conditional".into(),
            Status::Description => "describing relative".into(),
        }
    }

    fn rel(&self, w: usize) -> &str {
        &self.words[w].deprel
    }

    /// The relation without its subtype ("nsubj:pass" → "nsubj").
    fn base_rel(&self, w: usize) -> &str {
        let r = self.rel(w);
        r.split(':').next().unwrap_or(r)
    }

    fn kids<'s>(&'s self, w: usize, rel: &'s str) -> impl Iterator<Item = usize> + 's {
        self.children[w]
            .iter()
            .copied()
            .filter(move |&c| self.rel(c) == rel)
    }

    fn kid(&self, w: usize, rel: &str) -> Option<usize> {
        self.kids(w, rel).next()
    }

    /// The preposition (`case`) or subordinator (`mark`) of a word, lower-cased.
    fn marker(&self, w: usize, rel: &str) -> Option<&str> {
        self.kid(w, rel).map(|c| self.lower[c].as_str())
    }

    /// Is `w`'s preposition (its `case` child) one of `list`?
    fn case_in(&self, w: usize, list: &[String]) -> bool {
        self.marker(w, "case").is_some_and(|c| has(list, c))
    }

    fn negated(&self, p: usize) -> bool {
        self.children[p].iter().any(|&c| {
            matches!(self.base_rel(c), "advmod" | "neg" | "det")
                && has(&self.lex.negator, &self.lower[c])
                && c < p
        })
    }
}

/// Adds actor group `g` to `out` unless it is there already (groups keep first-seen order).
fn push_unique(out: &mut Vec<u32>, g: u32) {
    if !out.contains(&g) {
        out.push(g);
    }
}
