//! CAMEO event coding: dictionary verb phrases + dictionary patterns, with who did what
//! to whom taken from the dependency parse (`nlp::frames`).
//!
//! Per sentence: tokenize, mark actor mentions, find verb phrases (dictionary verb forms
//! that look verbal in context, merged with control verbs: "threatened to attack" is ONE
//! phrase). A sentence with a phrase and an actor is then parsed: the parse adds dictionary
//! verbs the word finder missed and drops phrases it tags as nouns; each phrase is coded with
//! the most specific matching dictionary pattern; its source, target, reporting speaker and
//! clause status (embedded complement: not coded; conditional) come from its frame; negation,
//! threats and intent qualify the code; one event per verb phrase (per actor pair for
//! compound actors). Sentences without a codable verb or an actor give nothing.
mod act_noun;
mod actors;
mod agent_cut;
mod aid_recipient;
mod also_praised;
mod any_act;
mod blamed_for;
mod claimed;
mod clause;
mod codes;
mod conjuncts;
mod context;
mod counter_accused;
mod crew;
mod denied_claim;
mod deployment;
mod described;
mod desired;
mod dismissed;
mod domestic;
mod ellipsis;
mod escalation;
mod forecast;
mod handed_to;
mod held_nationals;
mod introduced_act;
mod joined_parties;
mod joint_recipient;
mod labelled;
mod labelled_addressee;
mod labour;
mod nouns;
mod offer_parties;
mod offered;
mod offered_partner;
mod own_agent;
mod own_side;
mod owned_noun;
mod pair_talks;
mod prompted;
mod state_protest;
pub use offered::offers_other_side;
pub use own_side::foreign_party_unresolved;
mod mediated;
mod named_holder;
mod narration;
mod neighbour;
mod parsed;
mod participle;
mod passive_object;
mod patterns;
mod phrase_words;
mod phrases;
mod protested;
mod quoted_object;
mod reactions;
mod refused_asker;
mod relative_conjunct;
mod release_judged;
mod responses;
mod sentence;
mod similar_statement;
mod sole_partner;
mod sport;
mod sufferer;
mod summed;
mod summoned;
mod threat_partner;
pub mod tokens;
mod told;
mod topic_phrase;
mod trigger_tree;
mod unanswered;
mod vp_events;
mod vp_frames;
mod window;

pub(crate) use actors::actor_of;
use actors::*;
use clause::Scope;
use codes::*;
pub use codes::{intent_code, reject_code, threat_code};

/// Path note of the event coded the other way by a two-way code ("X visited Y": Y hosted
/// X, 043), for the gate's judgement of an announced visit (`gate.rs`).
pub const OTHER_SIDE: &str = "; the other side of a two-way code";
use context::{ArticleState, SentenceInput};
use parsed::*;
use patterns::*;

use super::frames::{self, FrameLexicon};
use super::syntax::{self, Analysis, SyntaxModel};
use super::text;
use super::verbs::{ElemKind, EventCode, FastMap, FastSet, Gap, Pattern, VerbDictionary, UNKNOWN};
use super::{
    Actor, ArticleText, CodedEvent, EntityAnalysis, EntityType, Modality, NlpConfig, NlpError,
    Participant, Span,
};
use std::borrow::Cow;
use tokens::*;

/// Verbs that take an infinitive complement and change what it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Control {
    /// refuse, decline: the complement is rejected (CAMEO 12x).
    Refuse,
    /// fail: the complement did not happen.
    Fail,
    /// threaten: CAMEO 13x.
    Threaten,
    /// agree, promise, pledge, offer, vow: intent to cooperate (03x) or threat.
    Commit,
    /// plan, intend, want, seek, try, prepare, hope, aim, expect: the actor's
    /// intention (03x for a cooperative complement).
    Intend,
    /// decide: a decision to give or to yield (07, 08: "decided to lift the sanctions") is
    /// the measure itself, taken by deciding; any other decided act is an intention.
    Decide,
    /// begin, start, continue, resume: the complement happens.
    Aspect,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Base,
    S,
    Past,
    Ger,
}

/// A verb phrase found in a sentence.
#[derive(Debug, Clone)]
struct Vp {
    /// Token index of the first word of the matched verb form.
    start: usize,
    /// One past the last token of the matched verb form.
    end: usize,
    /// Candidate dictionary forms (same length, possibly several blocks).
    forms: Vec<u32>,
    tense: Tense,
    /// Control verb (token range, kind) governing this verb: "refused to meet".
    control: Option<(usize, usize, Control)>,
    /// Leftmost token of the phrase incl. auxiliaries.
    aux_start: usize,
    passive: bool,
    negated: bool,
    intended: bool,
    speech: bool,
    /// Past participle modifying a noun ("missiles fired by"): not a clause of its own.
    modifier: bool,
    /// A bare infinitive ("urged X to help", "an appeal to help"): a purpose or an
    /// object-control complement, not an event that happened.
    infinitive: bool,
    /// will / would / shall.
    future: bool,
    /// could / may / might / can: a possible act, a threat under a condition (threats3).
    possible: bool,
}

impl Vp {
    fn phrase_start(&self) -> usize {
        self.control.map_or(self.start, |c| c.0)
    }
}

/// An actor group: one or more actor mentions coordinated ("A and B", "A, B and C").
#[derive(Debug, Clone)]
struct Group {
    start: usize,
    end: usize,
    mentions: Vec<u32>,
}

#[derive(Debug, Clone, Default)]
struct Side {
    /// Mention indices (empty = unknown actor).
    mentions: Vec<u32>,
    /// Token range naming the side (for generic participants).
    tokens: Option<(usize, usize)>,
    /// Named by a person/organisation the dictionaries do not know.
    named: bool,
}

impl Side {
    fn known(&self) -> bool {
        !self.mentions.is_empty()
    }
}

/// Loaded once, shared read-only between threads.
pub struct EventCoder {
    dict: VerbDictionary,
    lex: Lexicon,
    control: FastMap<u32, Control>,
    min_confidence: f32,
    w_out: u32,
    w_rule: u32,
    w_about: u32,
    w_set: u32,
    w_going: u32,
    w_due: u32,
    w_poised: u32,
    w_expected: u32,
    w_likely: u32,
    /// "is willing / ready / prepared / determined to V": intent to V.
    w_commit_adj: Vec<u32>,
    /// "each", "both", "all": a quantifier floated after an auxiliary ("were each
    /// received", "have both signed") sits inside the verb phrase, as an adverb does.
    w_floating: Vec<u32>,
    w_perfect_adverb: Vec<u32>,
    /// "guilty", "responsible" (`FrameLexicon::culpable_predicates`): a gerund after them
    /// and "of" / "for" is a verb ("was guilty of violating").
    w_culpable: Vec<u32>,
    w_of_for: [u32; 2],
    w_no: u32,
    force_words: Vec<u32>,
    /// Verbs that call a meeting off (`cancel` in `phrase_words.txt`).
    cancel_words: Vec<u32>,
    /// Particles that may open a place phrase instead ("off").
    place_particles: Vec<u32>,
    /// Verbs of a commitment made together (`agreement` in `phrase_words.txt`).
    agreement_words: Vec<u32>,
    /// Words the dictionaries use as objects (TALKS, EXERCISES…): after a common noun or
    /// adjective they are nouns, not verbs.
    noun_like: FastSet<u32>,
    /// The shipped tagger and parser: sources, targets and clause status come from it.
    syntax: &'static SyntaxModel,
    frame_lex: &'static FrameLexicon,
    /// Sport context (`data/lexicon/sport.txt`): a game is not an event.
    sport: sport::SportCues,
    /// Event nouns (`data/lexicon/event_nouns.txt`): "talks with Y", "strikes on Y".
    nouns: nouns::EventNouns,
    /// Verbs of speech or pressure and the prepositions of their topic (`topic_phrase.rs`).
    topic: topic_phrase::TopicWords,
}

impl EventCoder {
    pub fn load(config: &NlpConfig) -> Result<Self, NlpError> {
        let mut dict = VerbDictionary::load(config)?;
        let control = phrase_words::control_verbs(&mut dict)?;
        let mut noun_like = FastSet::default();
        for b in &dict.blocks {
            for p in &b.patterns {
                for e in &p.post {
                    if let ElemKind::Word { ids, .. } = &e.kind {
                        noun_like.extend(ids.iter().copied());
                    }
                }
            }
        }
        for s in &dict.synsets {
            for item in &s.items {
                noun_like.extend(item.iter().copied());
            }
        }
        let force_words = phrase_words::word_ids(&mut dict, "force")?;
        let cancel_words = phrase_words::verb_form_ids(&mut dict, "cancel")?;
        let place_particles = phrase_words::word_ids(&mut dict, "place_particle")?;
        let agreement_words = phrase_words::verb_form_ids(&mut dict, "agreement")?;
        let topic = topic_phrase::TopicWords::load(&mut dict)?;
        let w_commit_adj = phrase_words::word_ids(&mut dict, "commit_adjective")?;
        let w_floating = phrase_words::word_ids(&mut dict, "floating_quantifier")?;
        let w_perfect_adverb = phrase_words::word_ids(&mut dict, "perfect_adverb")?;
        let frame_lex = FrameLexicon::builtin()?;
        let w_culpable = frame_lex
            .culpable_predicates()
            .iter()
            .map(|w| dict.intern_word(w))
            .collect();
        let mut id = |w: &str| dict.intern_word(w);
        let syntax = syntax::builtin().map_err(|e| NlpError::BuiltinData {
            name: "data/syntax/model.bin",
            message: e.to_string(),
        })?;
        Ok(Self {
            syntax,
            frame_lex,
            sport: sport::SportCues::builtin()?,
            nouns: nouns::EventNouns::builtin()?,
            noun_like,
            w_out: id("out"),
            w_rule: id("rule"),
            w_about: id("about"),
            w_set: id("set"),
            w_going: id("going"),
            w_due: id("due"),
            w_poised: id("poised"),
            w_expected: id("expected"),
            w_likely: id("likely"),
            w_commit_adj,
            w_floating,
            w_perfect_adverb,
            w_culpable,
            w_of_for: [id("of"), id("for")],
            w_no: id("no"),
            force_words,
            cancel_words,
            place_particles,
            agreement_words,
            topic,
            dict,
            lex: Lexicon::new(),
            control,
            min_confidence: config.min_confidence,
        })
    }

    pub fn dictionary(&self) -> &VerbDictionary {
        &self.dict
    }

    /// Closed-class lexicon (shared with stance analysis).
    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    pub fn code(&self, article: &ArticleText, entities: &EntityAnalysis) -> Vec<CodedEvent> {
        let mut out = Vec::new();
        // The article's sentences are parsed one after another: its text is known by address.
        let _parses = syntax::keep_article(article.text);
        let mut toks: Vec<Tok> = Vec::with_capacity(64);
        let mut buf = String::with_capacity(32);
        let fallback;
        let sentences: &[super::Sentence] = if entities.sentences.is_empty() {
            fallback = vec![super::Sentence {
                span: Span::new(0, article.text.len()),
            }];
            &fallback
        } else {
            &entities.sentences
        };
        let mut mention_cursor = 0usize;
        let mut state = ArticleState::default();
        for (si, sentence) in sentences.iter().enumerate() {
            toks.clear();
            tokenize(
                article.text,
                sentence.span,
                &self.dict,
                &self.lex,
                &mut buf,
                &mut toks,
            );
            if toks.is_empty() {
                continue;
            }
            let mentions = sentence_mentions(entities, sentence.span, &mut mention_cursor);
            mark_mentions(article.text, entities, mentions.clone(), &mut toks);
            let locations: Vec<usize> = mentions
                .filter(|&mi| entities.mentions[mi].entity_type == EntityType::Location)
                .collect();
            let n_before = out.len();
            let input = SentenceInput {
                text: article.text,
                ents: entities,
                si,
                toks: &toks,
                locations: &locations,
            };
            self.code_sentence(&input, &mut state, &mut out);
            // The sentence's first event with a source mention: what a pronoun subject of
            // the next sentences refers to.
            if let Some(e) = out[n_before..].iter().find(|e| e.source.mention.is_some()) {
                state.last_source = e.source.mention.map(|m| vec![m as u32]);
            }
        }
        dismissed::described_charges(article.text, self.frame_lex, &mut out);
        reactions::resolve_reactions(article.text, &mut out);
        dismissed::targeted_denials(article.text, self.frame_lex, &mut out);
        told::answer_labels(article.text, &state.told, &mut out);
        protested::protested_acts(article.text, entities, &mut out);
        denied_claim::answer_denials(article.text, &mut out);
        counter_accused::answer_counter_accused(entities, &mut out);
        owned_noun::fill_owned_nouns(article.text, entities, &mut out);
        told::answer_judgements(article.text, &state.told, &mut out);
        summed::resolve_summed(article.text, &mut out);
        conjuncts::inherit_conjunct_targets(article.text, &mut out);
        own_side::border_neighbours(&mut out);
        named_holder::fill_named_holders(entities, &state.trees, self.frame_lex, &mut out);
        own_side::release_holders(article.text, &mut out);
        release_judged::fill_judged_holders(entities, &mut out);
        labelled_addressee::fill_labelled_addressees(&mut out);
        summoned::fill_summoned_envoys(article.text, &mut out);
        told::answer_release_calls(article.text, &state.told, &mut out);
        prompted::fill_causers(&mut out);
        claimed::fill_claimed_authors(article.text, entities, &mut out);
        mediated::fill_mediated_parties(article.text, self.frame_lex, &mut out);
        neighbour::fill_neighbours(article.text, &mut out);
        participle::fill_participles(article.text, &mut out);
        also_praised::fill_repeated_praise(article.text, &mut out);
        // A verb of joining meets no one it joins: a party list, a role, an act.
        joined_parties::drop_joined_parties(article.text, &state.trees, &mut out);
        similar_statement::fill_similar_statements(article.text, &state.trees, &mut out);
        // Before the sole-partner guess: an act the story introduced by a noun is read first.
        introduced_act::fill_introduced_acts(article.text, entities, &mut out);
        sole_partner::fill_sole_partners(article.text, entities, &mut out);
        offered_partner::fill_offered_partners(article.text, entities, &mut out);
        threat_partner::fill_threat_partners(article.text, &mut out);
        aid_recipient::fill_aid_recipients(article.text, &mut out);
        aid_recipient::fill_dateline_recipients(article.text, entities, &mut out);
        joint_recipient::fill_joint_recipients(&mut out);
        // After the passes that give acts their targets: a refusal answers a placed asker.
        refused_asker::fill_refused_askers(article.text, &mut out);
        // After the passes that give acts their partners: an offer another pass serves is
        // not guessed at, and the story's pair counts every placed act (branch offers3).
        offer_parties::fill_offer_parties(article.text, self.frame_lex, &mut out);
        ellipsis::elided_acts(article.text, entities, &mut out);
        unanswered::deny_unanswered(article.text, self.frame_lex, &mut out);
        if self.min_confidence > 0.0 {
            out.retain(|e| e.confidence >= self.min_confidence);
        }
        out
    }
}

/// The mentions of the sentence at `span` (mentions are sorted by start); `cursor`: the
/// first mention not before the sentence, carried from sentence to sentence.
fn sentence_mentions(
    entities: &EntityAnalysis,
    span: Span,
    cursor: &mut usize,
) -> std::ops::Range<usize> {
    let ms = &entities.mentions;
    while *cursor < ms.len() && ms[*cursor].span.end <= span.start {
        *cursor += 1;
    }
    let mut end = *cursor;
    while end < ms.len() && ms[end].span.start < span.end {
        end += 1;
    }
    *cursor..end
}

/// Marks on the sentence's tokens the actor mention each belongs to, and the tokens of
/// named persons and organisations the dictionaries do not know.
fn mark_mentions(
    text: &str,
    entities: &EntityAnalysis,
    mentions: std::ops::Range<usize>,
    toks: &mut [Tok],
) {
    let mut t = 0;
    for mi in mentions.clone() {
        let m = &entities.mentions[mi];
        if actor_of(entities, mi).is_none() {
            mark_named(text, m, toks);
            continue;
        }
        // Nested in a longer actor mention ("Calenardhon" in "Calenardhon
        // government"): the longer one names the actor.
        let nested = mentions.clone().any(|o| {
            o != mi
                && entities.mentions[o].span.contains(m.span)
                && entities.mentions[o].span != m.span
                && actor_of(entities, o).is_some()
        });
        if nested {
            continue;
        }
        while t < toks.len() && toks[t].span.end <= m.span.start {
            t += 1;
        }
        let mut k = t;
        while k < toks.len() && toks[k].span.start < m.span.end {
            toks[k].mention = Some(mi as u32);
            k += 1;
        }
    }
}

/// A named person or organisation the dictionaries do not know still names a participant
/// ("Clinton said he will not lift the embargo").
fn mark_named(text: &str, m: &super::Mention, toks: &mut [Tok]) {
    if names_unknown_party(text, m) {
        for tk in toks.iter_mut() {
            if tk.span.start >= m.span.start && tk.span.end <= m.span.end {
                tk.named = true;
            }
        }
    }
}

/// A person or organisation mention written as a name (capitalised): when no actor file
/// knows it, it still names a party.
fn names_unknown_party(text: &str, m: &super::Mention) -> bool {
    let named_type = matches!(m.entity_type, EntityType::Person | EntityType::Organisation);
    named_type
        && m.span
            .slice(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// The event's source has no actor, but its word lies in a mention of its sentence that
/// names a person or organisation no actor file knows ("Senator Jane Roe", "the Farmers'
/// Union"): a speaker a reader can follow, unlike "local residents" or a pronoun no
/// antecedent resolved. At the start of a sentence a capital proves nothing ("The envoy",
/// "He"): there a later word must be capitalised, or the first an acronym.
pub fn named_unknown_source(text: &str, entities: &EntityAnalysis, event: &CodedEvent) -> bool {
    let word = event.source.text.trim();
    let code = event.source.actor.code.as_str();
    if word.is_empty() || !(code.is_empty() || super::mentions::unplaced_code(code)) {
        return false;
    }
    let sentence_start = entities.sentences.get(event.sentence).map(|s| s.span.start);
    entities
        .mentions
        .iter()
        .filter(|m| m.sentence == event.sentence && m.actor.is_none())
        .filter(|m| names_unknown_party(text, m))
        .filter(|m| {
            let before = sentence_start.and_then(|s| text.get(s..m.span.start));
            let opens = before.is_none_or(|b| !b.chars().any(char::is_alphanumeric));
            !opens || written_as_name(m.span.slice(text))
        })
        .any(|m| {
            m.span
                .slice(text)
                .split_whitespace()
                .any(|w| same_word(w, word))
        })
}

/// A word of a mention and the source word: the source word drops a title's abbreviation
/// point ("Sen." in "Sen. Jane Roe" is the source word "Sen").
fn same_word(mention_word: &str, source_word: &str) -> bool {
    mention_word.trim_end_matches('.') == source_word.trim_end_matches('.')
}

/// A phrase that opens a sentence and is still a name: a capitalised word after its first
/// ("The Lumber Guild", "Senator Roe"), or an acronym as its first ("IMA").
fn written_as_name(surface: &str) -> bool {
    let mut words = surface.split_whitespace();
    let first = words.next().unwrap_or_default();
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    acronym || words.any(text::is_capitalised)
}

#[cfg(test)]
mod suites;
#[cfg(test)]
mod tests;
