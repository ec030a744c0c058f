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
//! - [`demanded`]: "X said Y should / must / needs to <act>" is X's demand on Y
//!   ([`Frame::demanded_by`]), not Y's act.
//! - [`called`]: "X called Y to express solidarity" is a phone call, not an appeal.
//!
//! The word lists are `data/lexicon/frames.txt`. The module knows nothing of mentions or
//! actors beyond the group id marked on each word (the event coder's actor groups).

mod accused;
mod actors;
mod addressed;
mod appeal;
mod awaited;
mod beneficiary;
mod border;
mod called;
mod clause_actor;
mod complement;
mod conjunct;
mod dated;
mod demanded;
mod held_between;
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
mod set_off;
mod stationed;
mod status;
mod subject;
mod summoned;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_own_party;
#[cfg(test)]
mod tests_trees;
mod threatened;
mod warned;

use crate::nlp::lexicon;
use crate::nlp::syntax::{self, Word};
use crate::nlp::NlpError;
use std::sync::OnceLock;

pub use dated::{dated_in_path, Dated};
pub use nouns::NounFrame;
pub use repair::{repair_names, repaired, repaired_only};
pub use status::Status;

const LISTS: &str = include_str!("../../../data/lexicon/frames.txt");

/// The word lists of `data/lexicon/frames.txt`.
#[derive(Debug)]
pub struct FrameLexicon {
    speech: Vec<String>,
    factive: Vec<String>,
    cessative: Vec<String>,
    mandative_speech: Vec<String>,
    causative: Vec<String>,
    appeal_verb: Vec<String>,
    subject_control: Vec<String>,
    conditional: Vec<String>,
    concessive: Vec<String>,
    unasserted_mark: Vec<String>,
    target_case: Vec<String>,
    owner_case: Vec<String>,
    place_case: Vec<String>,
    partner_case: Vec<String>,
    charge_case: Vec<String>,
    people_pronoun: Vec<String>,
    judgement: Vec<String>,
    negator: Vec<String>,
    relative: Vec<String>,
    describing_relative: Vec<String>,
    pronoun: Vec<String>,
    singular_pronoun: Vec<String>,
    light_verb: Vec<String>,
    adjunct_case: Vec<String>,
    time_case: Vec<String>,
    travel_verb: Vec<String>,
    purpose_case: Vec<String>,
    absolute_mark: Vec<String>,
    arrival_case: Vec<String>,
    origin_case: Vec<String>,
    referral_verb: Vec<String>,
    referral_case: Vec<String>,
    venue_noun: Vec<String>,
    venue_case: Vec<String>,
    meeting_verb: Vec<String>,
    meeting_place_case: Vec<String>,
    pair_subject: Vec<String>,
    journey_noun: Vec<String>,
    summon_verb: Vec<String>,
    envoy_noun: Vec<String>,
    journey_case: Vec<String>,
    reciprocal_case: Vec<String>,
    unrealised_aux: Vec<String>,
    threat: Vec<String>,
    threat_case: Vec<String>,
    date_case: Vec<String>,
    month: Vec<String>,
    past_relative: Vec<String>,
    sequel_adverb: Vec<String>,
    anaphoric_modifier: Vec<String>,
    anaphoric_after: Vec<String>,
    anaphoric_moment: Vec<String>,
    anaphoric_moment_case: Vec<String>,
    anaphoric_moment_det: Vec<String>,
    sequel_case: Vec<String>,
    sequel_span: Vec<String>,
    dated_clause_link: Vec<String>,
    story_adverb: Vec<String>,
    news_day: Vec<String>,
    time_span: Vec<String>,
    pledge: Vec<String>,
    demand_modal: Vec<String>,
    obligation_verb: Vec<String>,
    call_verb: Vec<String>,
    call_purpose: Vec<String>,
    call_content: Vec<String>,
    naming_verb: Vec<String>,
    wrong_label: Vec<String>,
    light_label: Vec<String>,
    title_participle: Vec<String>,
    joint_noun: Vec<String>,
    joint_possessive: Vec<String>,
    joint_modifier: Vec<String>,
    exchange_verb: Vec<String>,
    host_verb: Vec<String>,
    joint_determiner: Vec<String>,
    object_pronoun: Vec<String>,
    distributive: Vec<String>,
    reciprocal_object: Vec<String>,
    presupposing_case: Vec<String>,
    meeting_case: Vec<String>,
    third_party_noun: Vec<String>,
    /// `data/lexicon/border_words.txt` (see `border::across_border`).
    border_word: Vec<String>,
    benefit_verb: Vec<String>,
    giving_verb: Vec<String>,
    hosting_verb: Vec<String>,
    desire_verb: Vec<String>,
    failed_event_verb: Vec<String>,
    topic_case: Vec<String>,
    accusing_verb: Vec<String>,
    accusing_manner: Vec<String>,
    charged_wrong: Vec<String>,
    charge_noun: Vec<String>,
    dismissive: Vec<String>,
    awaited_mark: Vec<String>,
    nonstate_head: Vec<String>,
    thing_head: Vec<String>,
    relational_head: Vec<String>,
    origin_participle: Vec<String>,
    employer_participle: Vec<String>,
    employer_case: Vec<String>,
    cost_warning: Vec<String>,
    cost_noun: Vec<String>,
    cost_case: Vec<String>,
    cost_bearing_verb: Vec<String>,
    speaker_possessive: Vec<String>,
    own_state_noun: Vec<String>,
    own_state_possessive: Vec<String>,
    consequence_aux: Vec<String>,
    response_verb: Vec<String>,
    hostile_act: Vec<String>,
    response_noun: Vec<String>,
    answering_verb: Vec<String>,
    message_noun: Vec<String>,
    culpable_predicate: Vec<String>,
    removal_verb: Vec<String>,
    release_verb: Vec<String>,
    detention_verb: Vec<String>,
    past_aux: Vec<String>,
}

impl FrameLexicon {
    /// The built-in lists, parsed once per process.
    pub fn builtin() -> Result<&'static FrameLexicon, NlpError> {
        static LEX: OnceLock<Result<FrameLexicon, String>> = OnceLock::new();
        LEX.get_or_init(|| Self::parse(LISTS))
            .as_ref()
            .map_err(|message| NlpError::BuiltinData {
                name: "data/lexicon/frames.txt",
                message: message.clone(),
            })
    }

    fn parse(src: &str) -> Result<Self, String> {
        let set = |name: &str| -> Result<Vec<String>, String> {
            lexicon::cue_line(src, name).ok_or(format!("no `{name}:` line"))
        };
        Ok(Self {
            speech: set("speech")?,
            factive: set("factive")?,
            cessative: set("cessative")?,
            mandative_speech: set("mandative_speech")?,
            causative: set("causative")?,
            appeal_verb: set("appeal_verb")?,
            subject_control: set("subject_control")?,
            conditional: set("conditional")?,
            concessive: set("concessive")?,
            unasserted_mark: set("unasserted_mark")?,
            target_case: set("target_case")?,
            owner_case: set("owner_case")?,
            place_case: set("place_case")?,
            partner_case: set("partner_case")?,
            charge_case: set("charge_case")?,
            people_pronoun: set("people_pronoun")?,
            judgement: set("judgement")?,
            negator: set("negator")?,
            relative: set("relative")?,
            describing_relative: set("describing_relative")?,
            pronoun: set("pronoun")?,
            singular_pronoun: set("singular_pronoun")?,
            light_verb: set("light_verb")?,
            adjunct_case: set("adjunct_case")?,
            time_case: set("time_case")?,
            travel_verb: set("travel_verb")?,
            purpose_case: set("purpose_case")?,
            absolute_mark: set("absolute_mark")?,
            arrival_case: set("arrival_case")?,
            origin_case: set("origin_case")?,
            referral_verb: set("referral_verb")?,
            referral_case: set("referral_case")?,
            venue_noun: set("venue_noun")?,
            venue_case: set("venue_case")?,
            meeting_verb: set("meeting_verb")?,
            meeting_place_case: set("meeting_place_case")?,
            pair_subject: set("pair_subject")?,
            journey_noun: set("journey_noun")?,
            summon_verb: set("summon_verb")?,
            envoy_noun: set("envoy_noun")?,
            journey_case: set("journey_case")?,
            reciprocal_case: set("reciprocal_case")?,
            unrealised_aux: set("unrealised_aux")?,
            threat: set("threat")?,
            threat_case: set("threat_case")?,
            date_case: set("date_case")?,
            month: set("month")?,
            past_relative: set("past_relative")?,
            sequel_adverb: set("sequel_adverb")?,
            anaphoric_modifier: set("anaphoric_modifier")?,
            anaphoric_after: set("anaphoric_after")?,
            anaphoric_moment: set("anaphoric_moment")?,
            anaphoric_moment_case: set("anaphoric_moment_case")?,
            anaphoric_moment_det: set("anaphoric_moment_det")?,
            sequel_case: set("sequel_case")?,
            sequel_span: set("sequel_span")?,
            dated_clause_link: set("dated_clause_link")?,
            story_adverb: set("story_adverb")?,
            news_day: set("news_day")?,
            time_span: set("time_span")?,
            pledge: set("pledge")?,
            demand_modal: set("demand_modal")?,
            obligation_verb: set("obligation_verb")?,
            call_verb: set("call_verb")?,
            call_purpose: set("call_purpose")?,
            call_content: set("call_content")?,
            naming_verb: set("naming_verb")?,
            wrong_label: set("wrong_label")?,
            light_label: set("light_label")?,
            title_participle: set("title_participle")?,
            joint_noun: set("joint_noun")?,
            joint_possessive: set("joint_possessive")?,
            joint_modifier: set("joint_modifier")?,
            exchange_verb: set("exchange_verb")?,
            host_verb: set("host_verb")?,
            joint_determiner: set("joint_determiner")?,
            object_pronoun: set("object_pronoun")?,
            distributive: set("distributive")?,
            reciprocal_object: set("reciprocal_object")?,
            presupposing_case: set("presupposing_case")?,
            meeting_case: set("meeting_case")?,
            third_party_noun: set("third_party_noun")?,
            border_word: lexicon::border_words()
                .into_iter()
                .map(String::from)
                .collect(),
            benefit_verb: set("benefit_verb")?,
            giving_verb: set("giving_verb")?,
            hosting_verb: set("hosting_verb")?,
            desire_verb: set("desire_verb")?,
            failed_event_verb: set("failed_event_verb")?,
            topic_case: set("topic_case")?,
            accusing_verb: set("accusing_verb")?,
            accusing_manner: set("accusing_manner")?,
            charged_wrong: set("charged_wrong")?,
            charge_noun: set("charge_noun")?,
            dismissive: set("dismissive")?,
            awaited_mark: set("awaited_mark")?,
            nonstate_head: set("nonstate_head")?,
            thing_head: set("thing_head")?,
            relational_head: set("relational_head")?,
            origin_participle: set("origin_participle")?,
            employer_participle: set("employer_participle")?,
            employer_case: set("employer_case")?,
            cost_warning: set("cost_warning")?,
            cost_noun: set("cost_noun")?,
            cost_case: set("cost_case")?,
            cost_bearing_verb: set("cost_bearing_verb")?,
            speaker_possessive: set("speaker_possessive")?,
            own_state_noun: set("own_state_noun")?,
            own_state_possessive: set("own_state_possessive")?,
            consequence_aux: set("consequence_aux")?,
            response_verb: set("response_verb")?,
            hostile_act: set("hostile_act")?,
            response_noun: set("response_noun")?,
            answering_verb: set("answering_verb")?,
            message_noun: set("message_noun")?,
            culpable_predicate: set("culpable_predicate")?,
            removal_verb: set("removal_verb")?,
            release_verb: set("release_verb")?,
            detention_verb: set("detention_verb")?,
            past_aux: set("past_aux")?,
        })
    }

    /// Does `word` name a meeting or a deal two parties share ("talks", "agreement")?
    pub fn is_joint_noun(&self, word: &str) -> bool {
        has(&self.joint_noun, word)
    }

    /// Does `word` name a charge made against someone ("accusations", "allegation")?
    pub fn is_charge_noun(&self, word: &str) -> bool {
        has(&self.charge_noun, word)
    }

    /// Does `word` call a charge untrue or made in bad faith ("baseless", "fabrication")?
    pub fn is_dismissive(&self, word: &str) -> bool {
        has(&self.dismissive, word)
    }

    /// Is `lemma` a speech verb ("say", "tell", "announce")?
    pub fn is_speech(&self, lemma: &str) -> bool {
        has(&self.speech, lemma)
    }

    /// The predicate adjectives that blame their subject for a gerund ("guilty of").
    pub fn culpable_predicates(&self) -> &[String] {
        &self.culpable_predicate
    }

    /// Is `lemma` a verb of wanting ("want", "seek", "hope")?
    pub fn is_desire(&self, lemma: &str) -> bool {
        has(&self.desire_verb, lemma)
    }

    /// Is `lemma` a verb of appeal ("urge", "demand", "call")?
    pub fn is_appeal(&self, lemma: &str) -> bool {
        has(&self.appeal_verb, lemma)
    }

    /// Is `word` (lower case) a relative pronoun ("who", "which", "that")?
    pub fn is_relative(&self, word: &str) -> bool {
        has(&self.relative, word)
    }
}

/// The mark a frame's path carries when the act names its partner in a "with" / "against"
/// phrase the actor lists do not place ("coordinate its response with its allies").
pub const UNPLACED_PARTNER: &str = "partner named, no actor";

/// Noted in the path of a causative's infinitive ("…, prompting Y to protest"): an act the
/// clause before caused, whose target, if the act names none, is that clause's author.
pub const PROMPTED: &str = "prompted by the clause before";
/// Path note of an act labelled a wrong ("called the raids a violation"): the events stage
/// reads it to answer "called the decision a hostile act" from an act told just before.
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
/// thing (`Sentence::appeal_on_reported_thing`): the speaker's own act.
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
    /// The predicate is a verb of giving (`giving_verb`: "provided", "donated"): what is given
    /// goes to a third party, so coordinated subjects do not act on each other. Also set when
    /// the subjects "each" act (`distributive` as the verb's adverb), and when they host or
    /// offer to host (`hosting_verb`): a host serves others.
    pub giving: bool,
    /// No target, and a purpose clause names whom the act helps ("provided $N to support
    /// Y"): the target an aid code may take (the coder knows the code, the frame does not).
    pub beneficiary: Vec<u32>,
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
    /// A passive summons of an envoy ("X's ambassador was summoned"): the dictionary's
    /// patterns read the envoy only as an object, so the event coder codes it from this.
    pub summoned_envoy: bool,
    /// The subject of an accusing content of this speech verb ("said the boat had fished
    /// illegally"): whom the speaker accuses (empty: none).
    pub accused: Vec<u32>,
    /// The target is the party a warning's announced response threatens ("warned that X
    /// would respond if Y …"): the groups of the response's own subject, which must be the
    /// speaker's side for the threat to be the speaker's (empty: a pronoun or a passive).
    pub threat_agent: Option<Vec<u32>>,
    /// The predicate is the infinitive of a causative ("prompting Y to accuse Z"): an act of
    /// its own, coded though an infinitive usually is not.
    pub caused: bool,
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
    pub fn condition_after(&self, w: usize) -> bool {
        self.lower
            .iter()
            .skip(w + 1)
            .take_while(|x| x.as_str() != ";")
            .any(|x| x != "whether" && has(&self.lex.conditional, x))
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
        f.caused = self.caused(p);
        if f.caused {
            f.path.push_str(&format!("; {PROMPTED}"));
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
            f.target.retain(|g| !f.source.contains(g));
            f.path.push_str(LABELLED);
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
