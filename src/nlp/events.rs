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
pub mod tokens;

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
    /// plan, intend, want, seek, try, decide, prepare, hope, aim, expect.
    Intend,
    /// begin, start, continue, resume: the complement happens.
    Aspect,
}

const CONTROL_VERBS: &[(Control, &str)] = &[
    (Control::Refuse, "refuse decline"),
    (Control::Fail, "fail"),
    (Control::Threaten, "threaten"),
    (Control::Commit, "agree promise pledge offer vow undertake"),
    (
        Control::Intend,
        "plan intend want seek try attempt decide prepare hope aim expect wish move vote \
         opt resolve need",
    ),
    (Control::Aspect, "begin start continue resume"),
];

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
    force_words: Vec<u32>,
    /// Words the dictionaries use as objects (TALKS, EXERCISES…): after a common noun or
    /// adjective they are nouns, not verbs.
    noun_like: FastSet<u32>,
    /// The shipped tagger and parser: sources, targets and clause status come from it.
    syntax: &'static SyntaxModel,
    frame_lex: &'static FrameLexicon,
}

impl EventCoder {
    pub fn load(config: &NlpConfig) -> Result<Self, NlpError> {
        let mut dict = VerbDictionary::load(config)?;
        let mut control = FastMap::default();
        for (kind, words) in CONTROL_VERBS {
            for w in words.split_whitespace() {
                let mut forms = super::verbs::regular_forms(w);
                match w {
                    "begin" => forms.extend(["began".into(), "begun".into()]),
                    "seek" => forms.push("sought".into()),
                    "undertake" => forms.extend(["undertook".into(), "undertaken".into()]),
                    _ => {}
                }
                for f in forms {
                    control.insert(dict.intern_word(&f), *kind);
                }
            }
        }
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
        let mut id = |w: &str| dict.intern_word(w);
        let force_words = "military force action strike strikes attack attacks war invasion \
                           retaliation response troops operation nuclear weapons"
            .split_whitespace()
            .map(&mut id)
            .collect();
        let syntax = syntax::builtin().map_err(|e| NlpError::BuiltinData {
            name: "data/syntax/model.bin",
            message: e.to_string(),
        })?;
        Ok(Self {
            syntax,
            frame_lex: FrameLexicon::builtin()?,
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
            w_commit_adj: "willing ready prepared determined eager keen committed open"
                .split_whitespace()
                .map(&mut id)
                .collect(),
            force_words,
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
        let mut last_source: Option<Vec<u32>> = None;
        let mut article_tokens: Option<Vec<text::Token>> = None;
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
            // Mentions of this sentence (sorted by start).
            while mention_cursor < entities.mentions.len()
                && entities.mentions[mention_cursor].span.end <= sentence.span.start
            {
                mention_cursor += 1;
            }
            let mut m_end = mention_cursor;
            while m_end < entities.mentions.len()
                && entities.mentions[m_end].span.start < sentence.span.end
            {
                m_end += 1;
            }
            let mut t = 0;
            for mi in mention_cursor..m_end {
                let m = &entities.mentions[mi];
                if actor_of(entities, mi).is_none() {
                    // A named person or organisation the dictionaries do not know still
                    // names a participant ("Clinton said he will not lift the embargo").
                    let named_type =
                        matches!(m.entity_type, EntityType::Person | EntityType::Organisation);
                    let surface = m.span.slice(article.text);
                    if named_type && surface.chars().next().is_some_and(char::is_uppercase) {
                        for tk in toks.iter_mut() {
                            if tk.span.start >= m.span.start && tk.span.end <= m.span.end {
                                tk.named = true;
                            }
                        }
                    }
                    continue;
                }
                // Nested in a longer actor mention ("Calenardhon" in "Calenardhon
                // government"): the longer one names the actor.
                let nested = (mention_cursor..m_end).any(|o| {
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
            let locations: Vec<usize> = (mention_cursor..m_end)
                .filter(|&mi| entities.mentions[mi].entity_type == EntityType::Location)
                .collect();
            let n_before = out.len();
            self.code_sentence(
                article.text,
                entities,
                si,
                &toks,
                &locations,
                &mut last_source,
                &mut article_tokens,
                &mut out,
            );
            if out.len() > n_before {
                if let Some(e) = out[n_before..].iter().find(|e| e.source.mention.is_some()) {
                    last_source = e.source.mention.map(|m| vec![m as u32]);
                }
            }
        }
        if self.min_confidence > 0.0 {
            out.retain(|e| e.confidence >= self.min_confidence);
        }
        out
    }

    // ------------------------------------------------------------------ per sentence

    #[allow(clippy::too_many_arguments)]
    fn code_sentence(
        &self,
        text: &str,
        ents: &EntityAnalysis,
        si: usize,
        toks: &[Tok],
        locations: &[usize],
        last_source: &mut Option<Vec<u32>>,
        article_tokens: &mut Option<Vec<text::Token>>,
        out: &mut Vec<CodedEvent>,
    ) {
        let mut groups = actor_groups(toks);
        let actors = compose_actors(ents, toks, &mut groups);
        let mut vps = self.verb_phrases(toks);
        if vps.is_empty() {
            return;
        }
        let sentence_has_actors = !groups.is_empty();
        if !sentence_has_actors && !toks.iter().any(|t| t.named) {
            // No actor to code: nothing is parsed, nothing is emitted.
            return;
        }
        let analysis = self.parse(text, article_tokens, toks);
        self.add_parse_verbs(toks, &analysis.words, &mut vps);
        let (left_bounds, right_bounds) = clause_bounds(toks, &vps);
        let marks = word_groups(&analysis.words, toks, &groups);
        let mut sent = frames::Sentence::new(&analysis.words, &marks, self.frame_lex);
        let preds: Vec<Option<usize>> = vps
            .iter()
            .map(|vp| {
                let p = sent.predicate_in(toks[vp.start].span.start, toks[vp.end - 1].span.end)?;
                sent.is_verbal(p).then_some(p)
            })
            .collect();
        for vp in &vps {
            let control = vp.control.map_or(vp.start, |c| c.0);
            for k in [vp.start, control] {
                if let Some(w) = sent.word_at(toks[k].span.start) {
                    sent.mark_predicate(w);
                }
            }
        }
        let mut frames_by_vp: Vec<Option<frames::Frame>> = Vec::with_capacity(vps.len());
        let mut sources: Vec<Side> = Vec::with_capacity(vps.len());
        let mut targets: Vec<Side> = Vec::with_capacity(vps.len());
        let mut speaker_src: Vec<Option<Side>> = Vec::with_capacity(vps.len());
        let mut speaker_of: Vec<Option<usize>> = vec![None; vps.len()];
        for (vi, vp) in vps.iter().enumerate() {
            let control = vp.control.and_then(|(cs, ce, _)| {
                sent.predicate_in(toks[cs].span.start, toks[ce - 1].span.end)
            });
            let frame = preds[vi].map(|p| sent.frame(p, control));
            let (mut src, tgt) = match &frame {
                Some(f) => (
                    self.source_side(&sent, toks, &groups, f, last_source),
                    side_of(&groups, &f.target),
                ),
                None => (Side::default(), Side::default()),
            };
            if frame
                .as_ref()
                .is_some_and(|f| f.source_word.is_none() && !f.passive)
            {
                let ps = vp.aux_start.min(vp.phrase_start());
                src = self.subject(toks, &groups, left_bounds[vi], ps);
            }
            let mut speaker = None;
            if let Some(frames::Status::Reported { speech }) = frame.as_ref().map(|f| f.status) {
                let sf = sent.frame(speech, None);
                let sp = self.source_side(&sent, toks, &groups, &sf, last_source);
                // "X says it has killed…": the pronoun is the speaker.
                if frame.as_ref().is_some_and(|f| f.source_pronoun) && sp.known() {
                    src = sp.clone();
                }
                speaker = Some(sp);
                speaker_of[vi] = preds.iter().position(|&p| p == Some(speech));
            }
            sources.push(src);
            targets.push(tgt);
            speaker_src.push(speaker);
            frames_by_vp.push(frame);
        }
        // "according to X"
        let according = toks.iter().position(|t| t.is(ACCORDING)).and_then(|a| {
            groups
                .iter()
                .find(|g| g.start > a && g.start <= a + 3)
                .map(|g| g.mentions.clone())
        });

        // Code every VP that the parse gives a frame and asserts (or reports).
        let mut emitted_by_vp: Vec<bool> = vec![false; vps.len()];
        let mut named_src_by_vp: Vec<bool> = vec![false; vps.len()];
        let mut pending: Vec<(usize, CodedEvent)> = Vec::new();
        for (vi, vp) in vps.iter().enumerate() {
            let Some(frame) = &frames_by_vp[vi] else {
                continue;
            };
            if matches!(
                frame.status,
                frames::Status::Embedded { .. } | frames::Status::Description
            ) {
                continue;
            }
            let mut vp = vp.clone();
            vp.negated |= frame.negated;
            vp.passive = frame.passive;
            let vp = &vp;
            let Some(coded) = self.code_vp(toks, vp, left_bounds[vi], right_bounds[vi]) else {
                continue;
            };
            let (mut code, mut modality, specificity, src_override, tgt_override) = coded;
            if frame.status == frames::Status::Conditional && modality != Modality::Negated {
                modality = Modality::Conditional;
            }
            let mut src = sources[vi].clone();
            let mut tgt = targets[vi].clone();
            if let Some(g) = src_override {
                src = Side {
                    mentions: g,
                    tokens: None,
                    named: false,
                };
            }
            if let Some(g) = tgt_override {
                tgt = Side {
                    mentions: g,
                    tokens: None,
                    named: false,
                };
            }
            // Need an actor unless the whole sentence has none (then code generically).
            if sentence_has_actors && !src.known() && !tgt.known() && !src.named && !tgt.named {
                continue;
            }
            if !src.known() && !sentence_has_actors && src.tokens.is_none() && !tgt.known() {
                // No subject at all: an imperative or a fragment.
                if vp.phrase_start() == 0 {
                    continue;
                }
            }
            let speaker_side = speaker_src[vi].as_ref().filter(|s| s.known());
            let speaker = speaker_side
                .map(|s| s.mentions.clone())
                .or_else(|| according.clone());
            if speaker.is_some() && modality == Modality::Asserted {
                modality = Modality::Reported;
            }
            // "X said it will release / would allow …": an actor announcing its own
            // future action expresses intent (03x) or threatens (13x).
            let own_announcement = vp.future
                && !vp.negated
                && vp.control.is_none()
                && speaker_side.is_some_and(|s| s.mentions == src.mentions);
            // Reported violence (CAMEO/PETRARCH convention): "X said it attacked Y" is X
            // claiming responsibility (015); "X said Y attacked" is X accusing Y (112).
            let mut accuse_target: Option<Side> = None;
            if modality == Modality::Reported && !vp.future {
                let speech_before = match frame.status {
                    frames::Status::Reported { speech } => preds[vi].is_some_and(|p| speech < p),
                    _ => false,
                };
                if let (Some(sp), Some(c)) = (speaker_side, code.forward.clone()) {
                    if speech_before && matches!(super::cameo::root(&c), Some(18..=20)) {
                        if sp.mentions == src.mentions {
                            code = EventCode {
                                forward: Some("015".into()),
                                reverse: None,
                            };
                        } else if src.known() {
                            accuse_target = Some(src.clone());
                            code = EventCode {
                                forward: Some("112".into()),
                                reverse: None,
                            };
                        }
                    }
                }
            }
            if let Some(t) = accuse_target {
                tgt = t;
                src = speaker_side.cloned().unwrap_or_default();
            }
            // "will attack / would strike": announced violence is a threat (13x) whoever
            // reports it.
            if vp.future && !vp.negated && vp.control.is_none() && !own_announcement {
                if let Some(c) = code.forward.clone() {
                    if matches!(super::cameo::root(&c), Some(18..=20)) {
                        modality = Modality::Threatened;
                        code = EventCode {
                            forward: Some(threat_code(&c).into()),
                            reverse: None,
                        };
                    }
                }
            }
            if own_announcement {
                if let Some(c) = code.forward.clone() {
                    match super::cameo::root(&c) {
                        Some(4..=8) => {
                            modality = Modality::Intended;
                            code = EventCode {
                                forward: Some(intent_code(&c).into()),
                                reverse: None,
                            };
                        }
                        Some(17..=20) => {
                            modality = Modality::Threatened;
                            code = EventCode {
                                forward: Some(threat_code(&c).into()),
                                reverse: None,
                            };
                        }
                        _ => {}
                    }
                }
            }
            let trig_start = toks[vp.phrase_start()].span.start;
            let trig_end = toks[vp.end - 1].span.end;
            let trigger = Span::new(trig_start, trig_end);
            let location = self.location(ents, toks, locations, &src, &tgt);
            let mut conf = 0.45 + 0.04 * f32::from(specificity.min(8));
            if src.known() {
                conf += 0.15;
            }
            if tgt.known() {
                conf += 0.1;
            }
            if !sentence_has_actors {
                conf -= 0.15;
            }
            if modality == Modality::Reported {
                conf -= 0.05;
            }
            let conf = conf.clamp(0.05, 1.0);
            let speaker_p = speaker
                .as_ref()
                .and_then(|sp| sp.first().copied())
                .and_then(|m| {
                    actors
                        .get(&m)
                        .and_then(|a| a.first())
                        .map(|a| participant(text, ents, toks, Some((m, a)), &Side::default()))
                });
            let make = |s: Option<(u32, &Actor)>,
                        s_side: &Side,
                        t: Option<(u32, &Actor)>,
                        t_side: &Side,
                        c: &str| CodedEvent {
                sentence: si,
                source: participant(text, ents, toks, s, s_side),
                target: t.map(|t| participant(text, ents, toks, Some(t), t_side)),
                cameo: c.to_string(),
                trigger,
                modality,
                speaker: speaker_p.clone(),
                location,
                confidence: conf,
            };
            let expand = |side: &Side| -> Vec<Option<(u32, &Actor)>> {
                let mut v: Vec<Option<(u32, &Actor)>> = Vec::new();
                for &m in &side.mentions {
                    for a in actors.get(&m).map(|x| x.as_slice()).unwrap_or(&[]) {
                        if !v.iter().any(|o| o.is_some_and(|(_, b)| b.code == a.code)) {
                            v.push(Some((m, a)));
                        }
                    }
                }
                if v.is_empty() {
                    v.push(None);
                }
                v
            };
            let srcs = expand(&src);
            let mut tgts = expand(&tgt);
            // A target that is the source itself ("the US … through the State Department")
            // is no target.
            tgts.retain(|t| {
                t.is_none_or(|(_, b)| {
                    !srcs
                        .iter()
                        .any(|s| s.is_some_and(|(_, a)| a.code == b.code))
                })
            });
            if tgts.is_empty() {
                tgts.push(None);
            }
            let mut made = 0;
            let fwd = code.forward.as_deref();
            // "A and B agreed / met": co-subjects of a cooperative verb without an object act
            // on each other; of any other verb ("A and B pressed…" with a misparsed object)
            // they do not.
            let reciprocal = !tgt.known() && srcs.len() >= 2 && reciprocal_code(fwd.unwrap_or(""));
            for &s in &srcs {
                if reciprocal {
                    for &t in &srcs {
                        if t.map(|x| &x.1.code) == s.map(|x| &x.1.code) {
                            continue;
                        }
                        if let Some(f) = fwd {
                            pending.push((vi, make(s, &src, t, &src, f)));
                            made += 1;
                        }
                    }
                    continue;
                }
                for &t in &tgts {
                    if let (Some(a), Some(b)) = (s, t) {
                        if a.1.code == b.1.code || home_place(ents, a, b, fwd.unwrap_or("")) {
                            continue;
                        }
                    }
                    if let Some(f) = fwd {
                        pending.push((vi, make(s, &src, t, &tgt, f)));
                        made += 1;
                    }
                    if let (Some(r), Some(_)) = (code.reverse.as_deref(), t) {
                        pending.push((vi, make(t, &tgt, s, &src, r)));
                        made += 1;
                    }
                }
            }
            if made > 0 {
                emitted_by_vp[vi] = true;
                named_src_by_vp[vi] = src.named;
            }
        }
        // A speech verb whose content was coded is not an event of its own.
        let suppressed: Vec<bool> = (0..vps.len())
            .map(|vi| {
                vps[vi].speech
                    && (0..vps.len())
                        .any(|o| o != vi && speaker_of[o] == Some(vi) && emitted_by_vp[o])
            })
            .collect();
        // Once a verb phrase of the sentence has a known source, events whose source is
        // unknown are parse noise more often than not.
        let any_known = pending
            .iter()
            .any(|(vi, e)| !suppressed[*vi] && !e.source.actor.code.is_empty());
        if any_known {
            pending.retain(|(vi, e)| !e.source.actor.code.is_empty() || named_src_by_vp[*vi]);
        }
        let first = out.len();
        for (vi, e) in pending {
            if suppressed[vi] {
                continue;
            }
            let dup = out[first..].iter().any(|o| {
                o.trigger == e.trigger
                    && o.cameo == e.cameo
                    && o.source.actor.code == e.source.actor.code
                    && target_code(o) == target_code(&e)
            });
            if !dup {
                out.push(e);
            }
        }
        let _ = last_source;
    }

    /// Fallback when the parse gives a predicate no subject word at all (a mis-attached
    /// subject): the first actor group of the clause before the verb, as a word window.
    fn subject(&self, toks: &[Tok], groups: &[Group], lb: usize, ps: usize) -> Side {
        let mut fallback: Option<&Group> = None;
        for g in groups.iter().filter(|g| g.start >= lb && g.end <= ps) {
            let prev = if g.start > lb {
                Some(&toks[g.start - 1])
            } else {
                None
            };
            match prev {
                Some(p) if p.is(PREP) && !p.is(TO) => {
                    // "Soldiers from Gondor", "Lawmakers in Fornost": an NP-internal PP
                    // right at the start of the clause still names the subject.
                    if g.start <= lb + 3 && fallback.is_none() && !p.is(BY) {
                        fallback = Some(g);
                    }
                }
                _ => {
                    return Side {
                        mentions: g.mentions.clone(),
                        tokens: None,
                        named: false,
                    }
                }
            }
        }
        match fallback {
            Some(g) => Side {
                mentions: g.mentions.clone(),
                tokens: None,
                named: false,
            },
            None => Side::default(),
        }
    }

    fn location(
        &self,
        ents: &EntityAnalysis,
        toks: &[Tok],
        locations: &[usize],
        src: &Side,
        tgt: &Side,
    ) -> Option<usize> {
        let used =
            |m: usize| src.mentions.contains(&(m as u32)) || tgt.mentions.contains(&(m as u32));
        let mut best = None;
        for &mi in locations {
            if used(mi) {
                continue;
            }
            let start = ents.mentions[mi].span.start;
            let ti = toks.iter().position(|t| t.span.end > start);
            let after_prep = ti.is_some_and(|i| i > 0 && toks[i - 1].is(LOCPREP));
            if after_prep {
                return Some(mi);
            }
            best.get_or_insert(mi);
        }
        best
    }

    // ------------------------------------------------------------------ verb phrases

    fn verb_phrases(&self, toks: &[Tok]) -> Vec<Vp> {
        let n = toks.len();
        let mut vps: Vec<Vp> = Vec::new();
        let mut i = 0;
        while i < n {
            let t = &toks[i];
            if t.mention.is_some() || t.id == UNKNOWN {
                i += 1;
                continue;
            }
            // Longest dictionary form starting here.
            let mut best_len = 0;
            let mut forms: Vec<u32> = Vec::new();
            for &f in self.dict.forms_starting_with(t.id) {
                let form = &self.dict.forms[f as usize];
                let len = form.words.len();
                if i + len > n || len < best_len {
                    continue;
                }
                let ok = form.words.iter().enumerate().all(|(k, &w)| {
                    toks[i + k].id == w && (k == 0 || toks[i + k].mention.is_none())
                });
                if !ok {
                    continue;
                }
                if len > best_len {
                    best_len = len;
                    forms.clear();
                }
                forms.push(f);
            }
            // An auxiliary before a verb ("have delayed", "was attacked") is not a verb
            // phrase of its own, even when a dictionary lists it.
            if t.is(BE | HAVE | DO | MODAL) {
                let mut k = i + 1;
                while k < n && toks[k].is(ADV | NEG) {
                    k += 1;
                }
                if k < n && !self.dict.forms_starting_with(toks[k].id).is_empty() {
                    i += 1;
                    continue;
                }
            }
            let control = self.control.get(&t.id).copied();
            if forms.is_empty() && control.is_none() && !t.is(SPEECH) {
                i += 1;
                continue;
            }
            let len = best_len.max(1);
            let head = forms
                .first()
                .map_or(i, |&f| i + self.dict.forms[f as usize].head);
            let tense = tense_of(toks, head, &self.dict);
            let prev_vp_end = vps.last().map(|v: &Vp| v.end);
            if !self.looks_verbal(toks, i, head, tense, prev_vp_end) {
                i += 1;
                continue;
            }
            let mut vp = Vp {
                start: i,
                end: i + len,
                forms,
                tense,
                control: None,
                aux_start: i,
                passive: false,
                negated: false,
                intended: false,
                speech: t.is(SPEECH),
                modifier: false,
                infinitive: false,
                future: false,
            };
            self.qualify(toks, &mut vp);
            // Control verb + "to" + verb → one phrase.
            if let Some(kind) = control {
                let mut j = vp.end;
                while j < n && toks[j].is(ADV) {
                    j += 1;
                }
                if j < n && toks[j].is(TO) {
                    let mut k = j + 1;
                    while k < n && (toks[k].is(ADV) || toks[k].is(BE) && k + 1 < n) {
                        k += 1;
                    }
                    if k < n && toks[k].mention.is_none() {
                        if let Some(inner) = self.form_at(toks, k) {
                            let mut inner_vp = Vp {
                                start: k,
                                end: k + inner.1,
                                forms: inner.0,
                                tense: tense_of(toks, k, &self.dict),
                                control: Some((vp.start, vp.end, kind)),
                                aux_start: vp.aux_start,
                                passive: false,
                                negated: vp.negated,
                                intended: vp.intended,
                                speech: false,
                                modifier: false,
                                infinitive: vp.infinitive,
                                future: vp.future,
                            };
                            inner_vp.passive = toks[k - 1].is(BE) && inner_vp.tense == Tense::Past;
                            i = inner_vp.end;
                            vps.push(inner_vp);
                            continue;
                        }
                    }
                }
            }
            i = vp.end;
            vps.push(vp);
        }
        // Base / -s forms followed (same clause) by a past-tense verb are nouns:
        // "a drone strike killed", "Israeli strikes hit".
        let mut keep = vec![true; vps.len()];
        for a in 0..vps.len() {
            let v = &vps[a];
            if !matches!(v.tense, Tense::Base | Tense::S)
                || v.aux_start != v.start
                || v.control.is_some()
            {
                continue;
            }
            if let Some(b) = vps.get(a + 1) {
                if b.tense == Tense::Past
                    && b.aux_start == b.start
                    && (v.end..b.start).all(|k| !toks[k].is(PUNCT | CONJ | COMPL | SUBORD | DET))
                    && b.start - v.end <= 3
                {
                    keep[a] = false;
                }
            }
        }
        let mut k = 0;
        vps.retain(|_| {
            k += 1;
            keep[k - 1]
        });
        // A reduced relative ("remarks published on Monday, urged") needs a main verb
        // after it; without one the participle is the main verb ("the group released
        // 19 hostages on Sunday").
        for a in 0..vps.len() {
            let others = vps.iter().enumerate().any(|(b, v)| b != a && !v.modifier);
            if vps[a].modifier && !others {
                let by_next = toks.get(vps[a].end).is_some_and(|t| t.is(BY));
                if !by_next {
                    vps[a].modifier = false;
                }
            }
        }
        vps
    }

    fn form_at(&self, toks: &[Tok], i: usize) -> Option<(Vec<u32>, usize)> {
        let mut best_len = 0;
        let mut forms = Vec::new();
        for &f in self.dict.forms_starting_with(toks[i].id) {
            let form = &self.dict.forms[f as usize];
            let len = form.words.len();
            if i + len > toks.len() || len < best_len {
                continue;
            }
            if form
                .words
                .iter()
                .enumerate()
                .all(|(k, &w)| toks[i + k].id == w)
            {
                if len > best_len {
                    best_len = len;
                    forms.clear();
                }
                forms.push(f);
            }
        }
        (!forms.is_empty()).then_some((forms, best_len))
    }

    /// Noun/verb disambiguation without a tagger: the left context decides.
    fn looks_verbal(
        &self,
        toks: &[Tok],
        i: usize,
        head: usize,
        tense: Tense,
        prev_vp_end: Option<usize>,
    ) -> bool {
        let t = &toks[i];
        if t.is(ACCORDING) {
            return false;
        }
        // Capitalised mid-sentence: a name ("Hope", "Strike Force").
        if t.cap && i > 0 && !toks[i - 1].is(QUOTE | BOUNDARY) {
            return false;
        }
        let mut p = i;
        while p > 0 && toks[p - 1].is(ADV) && !toks[p - 1].is(NEG) {
            p -= 1;
        }
        let Some(pv) = (if p > 0 { Some(&toks[p - 1]) } else { None }) else {
            // Sentence-initial: past forms only ("Talks resumed" has its verb later).
            return tense == Tense::Past;
        };
        if let Some(m) = pv.mention {
            if matches!(tense, Tense::Base | Tense::S) {
                // "an anti-Gondor parade", "of the Russia talks": inside a noun phrase.
                let mut ms = p - 1;
                while ms > 0 && toks[ms - 1].mention == Some(m) {
                    ms -= 1;
                }
                if prev_vp_end == Some(ms) {
                    return false;
                }
                if ms > 0 {
                    let b = &toks[ms - 1];
                    // A determiner only marks a noun phrase inside a clause ("condemned
                    // the Gondor parade"), not a clause-initial subject ("The EU agrees").
                    let det_inside = b.is(DET)
                        && ms >= 2
                        && !toks[ms - 2].is(CONJ | COMMA | BOUNDARY | QUOTE | SUBORD | COMPL);
                    let np_internal = det_inside
                        || b.is(PREP) && !b.is(TO)
                        || b.is(PUNCT) && !b.is(COMMA | BOUNDARY | QUOTE);
                    if np_internal {
                        return false;
                    }
                    // "the Ghazni attacks in …", "the US strikes.": a noun before a
                    // preposition or punctuation.
                    let next = toks.get(head + 1);
                    if b.is(DET) && next.is_none_or(|nx| nx.is(PREP | PUNCT) && !nx.is(TO)) {
                        return false;
                    }
                }
            }
            return tense != Tense::Ger;
        }
        if pv.is(DET) {
            return false;
        }
        if pv.is(PREP) && !pv.is(TO) {
            return false;
        }
        // Right after another verb: its object ("threatened sanctions").
        if prev_vp_end == Some(p) {
            return false;
        }
        match tense {
            Tense::Ger => pv.is(BE) || pv.is(COMMA),
            Tense::Past => true,
            Tense::Base | Tense::S => {
                if pv.is(PRON | MODAL | DO | TO | NEG | COMPL) {
                    return true;
                }
                if pv.is(CONJ) {
                    // "will meet and discuss": coordinated with the verb right before.
                    return prev_vp_end.is_some_and(|e| e + 1 >= p - 1 && e <= p);
                }
                // "The government, thus, rejects" / "Critics, including the EU, accuse".
                if pv.is(COMMA) && p >= 2 && (toks[p - 2].is(ADV) || toks[p - 2].mention.is_some())
                {
                    return true;
                }
                // "The Philippines and the EU (EU) agree": a bracket closing a name.
                if pv.is(PUNCT) && !pv.is(COMMA | QUOTE) && p >= 2 && toks[p - 2].cap {
                    return true;
                }
                if pv.is(PUNCT | BE | HAVE | SUBORD) {
                    return false;
                }
                if pv.cap {
                    return true;
                }
                // "two artillery shells", "the peace talks": a determiner or a number two
                // words back makes it the head of a noun phrase.
                if p >= 2 {
                    // …or a verb right before its modifier: "fired artillery shells".
                    if toks[p - 2].is(DET | NUM) || prev_vp_end == Some(p - 1) {
                        return false;
                    }
                }
                // A common noun or adjective before it: "officials say" / "peace talks".
                let head_id = toks[head].id;
                if self.noun_like.contains(&head_id) {
                    return false;
                }
                let pw = self.dict.word(pv.id);
                let plural_prev = pw.ends_with('s') && !pw.ends_with("ss") || pv.id == UNKNOWN;
                match tense {
                    Tense::Base => plural_prev,
                    _ => !plural_prev,
                }
            }
        }
    }

    /// Auxiliary chain before the verb: negation, intent, passive voice; reduced relatives.
    fn qualify(&self, toks: &[Tok], vp: &mut Vp) {
        let mut j = vp.start;
        let mut saw_be = false;
        let mut saw_have = false;
        let n = toks.len();
        let _ = n;
        while j > 0 {
            let p = &toks[j - 1];
            if p.mention.is_some() {
                break;
            }
            if p.is(NEG) {
                vp.negated = true;
            } else if p.is(MODAL) {
                vp.intended = true;
                if matches!(
                    self.dict.word(p.id),
                    "will" | "would" | "shall" | "'ll" | "wo"
                ) {
                    vp.future = true;
                }
            } else if p.is(BE) {
                if j == vp.start || toks[j..vp.start].iter().all(|t| t.is(ADV | NEG)) {
                    saw_be = true;
                }
            } else if p.is(HAVE) {
                saw_have = true;
            } else if p.is(DO) || p.is(ADV) {
            } else if p.is(TO) {
                // "is about to", "set to", "expected to".
                if j >= 2 {
                    let q = toks[j - 2].id;
                    if [
                        self.w_about,
                        self.w_set,
                        self.w_going,
                        self.w_due,
                        self.w_poised,
                        self.w_expected,
                        self.w_likely,
                    ]
                    .contains(&q)
                    {
                        vp.intended = true;
                        j -= 2;
                        continue;
                    }
                    if self.w_commit_adj.contains(&q) {
                        vp.control = Some((j - 2, j - 1, Control::Commit));
                        j -= 2;
                        continue;
                    }
                }
                vp.infinitive = true;
                break;
            } else {
                break;
            }
            j -= 1;
        }
        vp.aux_start = j;
        if saw_be && vp.tense == Tense::Past {
            vp.passive = true;
        }
        let _ = saw_have;
        // "remarks published on Monday", "missiles fired by": a participle after a noun.
        if vp.tense == Tense::Past && vp.aux_start == vp.start && vp.start > 0 {
            let prev = &toks[vp.start - 1];
            let next = toks.get(vp.end);
            let mut prev_noun = prev.mention.is_none()
                && !prev.is(PUNCT | PRON | CONJ | COMPL | SUBORD | ADV | NEG)
                && !prev.cap;
            if let Some(m) = prev.mention {
                // "paid respects to a soldier killed in…": an actor inside a
                // prepositional phrase is not the subject of a clause.
                let mut ms = vp.start - 1;
                while ms > 0 && toks[ms - 1].mention == Some(m) {
                    ms -= 1;
                }
                while ms > 0 && toks[ms - 1].is(DET) {
                    ms -= 1;
                }
                prev_noun = ms > 0 && toks[ms - 1].is(PREP | TO);
            }
            if prev_noun && next.is_some_and(|nx| nx.is(PREP) || nx.is(COMMA)) {
                vp.modifier = true;
                if next.is_some_and(|nx| nx.is(BY)) {
                    vp.passive = true;
                }
            }
        }
    }

    // ------------------------------------------------------------------ coding

    /// Code of a VP: best pattern over all candidate forms, then modality transforms.
    #[allow(clippy::type_complexity)]
    fn code_vp(
        &self,
        toks: &[Tok],
        vp: &Vp,
        lb: usize,
        rb: usize,
    ) -> Option<(EventCode, Modality, u16, Option<Vec<u32>>, Option<Vec<u32>>)> {
        let (mut code, spec, neg_in_pattern, src_o, tgt_o) = self.best_code(toks, vp, lb, rb)?;
        let mut modality = Modality::Asserted;
        if vp.intended {
            modality = Modality::Intended;
        }
        if let Some((cs, ce, kind)) = vp.control {
            let inner = code.forward.clone();
            let mapped: Option<String> = match (kind, inner.as_deref()) {
                (Control::Refuse, Some(c)) => {
                    modality = Modality::Negated;
                    reject_code(c).map(str::to_string)
                }
                (Control::Fail, Some(c)) => {
                    // "failed to reach agreement": non-cooperation (12x); a failed attack
                    // is no event.
                    modality = Modality::Negated;
                    match super::cameo::root(c) {
                        Some(3..=8) => reject_code(c).map(str::to_string),
                        _ => return None,
                    }
                }
                (Control::Fail, None) => return None,
                (Control::Refuse, None) => {
                    modality = Modality::Negated;
                    Some("120".to_string())
                }
                (Control::Threaten, Some(c)) => {
                    modality = Modality::Threatened;
                    Some(threat_code(c).to_string())
                }
                (Control::Commit, Some(c)) => {
                    if super::cameo::root(c).is_some_and(|r| r >= 13) {
                        modality = Modality::Threatened;
                        Some(threat_code(c).to_string())
                    } else {
                        modality = Modality::Intended;
                        Some(intent_code(c))
                    }
                }
                (Control::Intend, Some(c)) => {
                    modality = Modality::Intended;
                    Some(c.to_string())
                }
                (Control::Aspect, Some(c)) => Some(c.to_string()),
                (_, None) => {
                    // Uncodable complement: the control verb's own code, if any.
                    let cvp = Vp {
                        start: cs,
                        end: ce,
                        forms: self.form_at(toks, cs).map(|f| f.0).unwrap_or_default(),
                        tense: Tense::Past,
                        control: None,
                        aux_start: cs,
                        passive: false,
                        negated: false,
                        intended: false,
                        speech: false,
                        modifier: false,
                        infinitive: false,
                        future: false,
                    };
                    let c = self.best_code(toks, &cvp, lb, rb)?.0;
                    c.forward.map(|f| f.to_string())
                }
            };
            let mapped = mapped?;
            code = EventCode {
                forward: Some(mapped.into()),
                reverse: None,
            };
        }
        if vp.negated && !neg_in_pattern {
            let is_rule_out = vp.end - vp.start == 2
                && toks[vp.start].id == self.w_rule
                && toks[vp.start + 1].id == self.w_out;
            if is_rule_out {
                // "did not rule out military action": a veiled threat; otherwise a policy option.
                let force =
                    (vp.end..rb.min(vp.end + 6)).any(|k| self.force_words.contains(&toks[k].id));
                modality = Modality::Threatened;
                code = EventCode {
                    forward: Some(if force { "138" } else { "014" }.into()),
                    reverse: None,
                };
            } else if vp.control.is_none() {
                // "will not lift the ban", "did not agree": refusing cooperation is CAMEO 12x;
                // an attack that did not happen is no event.
                let c = code.forward.as_deref().and_then(reject_code);
                match c {
                    Some(c)
                        if super::cameo::root(code.forward.as_deref().unwrap_or(""))
                            .is_some_and(|r| (3..=8).contains(&r)) =>
                    {
                        modality = Modality::Negated;
                        code = EventCode {
                            forward: Some(c.into()),
                            reverse: None,
                        };
                    }
                    _ => return None,
                }
            }
        }
        if vp.modifier && !vp.passive || vp.infinitive {
            return None;
        }
        if code.is_null() {
            return None;
        }
        Some((code, modality, spec, src_o, tgt_o))
    }

    #[allow(clippy::type_complexity)]
    fn best_code(
        &self,
        toks: &[Tok],
        vp: &Vp,
        lb: usize,
        rb: usize,
    ) -> Option<(EventCode, u16, bool, Option<Vec<u32>>, Option<Vec<u32>>)> {
        let mut best: Option<(u16, u8, &Pattern, Option<Vec<u32>>, Option<Vec<u32>>)> = None;
        let bloom = &bloom_of(toks);
        let pre_lb = vp.phrase_start().saturating_sub(10).min(lb);
        let post_rb = rb.min(toks.len()).max(vp.end);
        let mut seen_blocks: Vec<u32> = Vec::new();
        for &f in &vp.forms {
            let form = &self.dict.forms[f as usize];
            if seen_blocks.contains(&form.block) {
                continue;
            }
            seen_blocks.push(form.block);
            let block = &self.dict.blocks[form.block as usize];
            for p in &block.patterns {
                // Sorted by specificity: nothing further in this block can win.
                if let Some((s, pr, ..)) = &best {
                    if (p.specificity, block.priority) <= (*s, *pr) {
                        break;
                    }
                }
                if p.anchor != UNKNOWN && !bloom_has(bloom, p.anchor) {
                    continue;
                }
                if let Some((bs, bt)) = self.match_pattern(toks, p, vp, pre_lb, post_rb) {
                    best = Some((p.specificity, block.priority, p, bs, bt));
                }
            }
        }
        if let Some((spec, _, p, s, t)) = best {
            let is_neg = |id: u32| matches!(self.dict.word(id), "not" | "n't" | "never" | "no");
            let neg = p.pre.iter().chain(p.post.iter()).any(|e| match &e.kind {
                ElemKind::Word { ids, .. } => ids.iter().any(|&id| is_neg(id)),
                ElemKind::Synset(sy) => self.dict.synsets[*sy as usize]
                    .items
                    .iter()
                    .any(|item| item.iter().any(|&id| is_neg(id))),
                _ => false,
            });
            return Some((p.code.clone(), spec, neg, s, t));
        }
        // Default: verb-specific code, else block code; higher-priority dictionaries first.
        let mut best_default: Option<(u8, EventCode)> = None;
        for &f in &vp.forms {
            let form = &self.dict.forms[f as usize];
            let block = &self.dict.blocks[form.block as usize];
            let c = form.code.clone().unwrap_or_else(|| block.code.clone());
            let better = match &best_default {
                None => true,
                Some((pr, bc)) => {
                    block.priority > *pr || bc.is_null() && !c.is_null() && block.priority == *pr
                }
            };
            if better {
                best_default = Some((block.priority, c));
            }
        }
        best_default.map(|(_, c)| (c, 0, false, None, None))
    }

    /// Match one pattern around the VP. Returns (source, target) mentions bound by `$`/`+`.
    #[allow(clippy::type_complexity)]
    fn match_pattern(
        &self,
        toks: &[Tok],
        p: &Pattern,
        vp: &Vp,
        lb: usize,
        rb: usize,
    ) -> Option<(Option<Vec<u32>>, Option<Vec<u32>>)> {
        let mut src = None;
        let mut tgt = None;
        // Post: forward from the verb.
        let mut pos = vp.end;
        for e in &p.post {
            let (lo, hi) = match e.gap {
                Gap::Adjacent => (pos, (pos + 1).min(rb)),
                Gap::Near => (pos, (pos + 4).min(rb)),
                Gap::Free => (pos, rb),
            };
            let mut found = None;
            for j in lo..hi {
                if let Some(len) = self.elem_at(toks, e, j, &mut src, &mut tgt) {
                    if dated(toks, e, j + len) {
                        continue;
                    }
                    found = Some(j + len);
                    break;
                }
            }
            pos = found?;
        }
        // Pre: backward from the phrase start.
        let mut pos = vp.phrase_start();
        let mut gap = p.verb_gap;
        for e in p.pre.iter().rev() {
            let (lo, hi) = match gap {
                Gap::Adjacent => (pos.saturating_sub(1).max(lb), pos),
                Gap::Near => (pos.saturating_sub(4).max(lb), pos),
                Gap::Free => (lb, pos),
            };
            let mut found = None;
            for j in (lo..hi).rev() {
                if let Some(len) = self.elem_at(toks, e, j, &mut src, &mut tgt) {
                    if j + len <= pos {
                        found = Some(j);
                        break;
                    }
                }
            }
            pos = found?;
            gap = e.gap;
        }
        Some((src, tgt))
    }

    /// Does element `e` match at token `j`? Returns the number of tokens consumed.
    fn elem_at(
        &self,
        toks: &[Tok],
        e: &super::verbs::Elem,
        j: usize,
        src: &mut Option<Vec<u32>>,
        tgt: &mut Option<Vec<u32>>,
    ) -> Option<usize> {
        let t = toks.get(j)?;
        match &e.kind {
            ElemKind::Word { ids, exact } => ids
                .iter()
                .any(|&id| word_matches(t, id, *exact))
                .then_some(1),
            ElemKind::Synset(s) => {
                let syn = &self.dict.synsets[*s as usize];
                for first in [t.id, t.alt] {
                    if first == UNKNOWN {
                        continue;
                    }
                    let Some(cands) = syn.by_first.get(&first) else {
                        continue;
                    };
                    for &ii in cands {
                        let item = &syn.items[ii as usize];
                        if j + item.len() <= toks.len()
                            && item
                                .iter()
                                .enumerate()
                                .all(|(k, &id)| word_matches(&toks[j + k], id, false))
                        {
                            return Some(item.len());
                        }
                    }
                }
                None
            }
            ElemKind::Source | ElemKind::Target | ElemKind::Compound => {
                let m = t.mention?;
                if j > 0 && toks[j - 1].mention == Some(m) {
                    return None;
                }
                let mut k = j;
                while k < toks.len() && toks[k].mention == Some(m) {
                    k += 1;
                }
                match e.kind {
                    ElemKind::Source => *src = Some(vec![m]),
                    ElemKind::Target => *tgt = Some(vec![m]),
                    _ => {}
                }
                Some(k - j)
            }
        }
    }
}

// ------------------------------------------------------------------ the parse

/// Pattern-matching windows per verb phrase: from the previous clause verb or a hard
/// boundary to the next one (the dictionaries' patterns are word sequences).
fn clause_bounds(toks: &[Tok], vps: &[Vp]) -> (Vec<usize>, Vec<usize>) {
    let n = toks.len();
    let hard = |tk: &Tok| tk.mention.is_none() && tk.is(BOUNDARY | COMPL | SUBORD | QUOTE);
    let mut left = Vec::with_capacity(vps.len());
    let mut right = Vec::with_capacity(vps.len());
    let mut prev_clause_vp: Option<usize> = None;
    for (vi, vp) in vps.iter().enumerate() {
        let ps = vp.aux_start.min(vp.phrase_start());
        let prev_end = prev_clause_vp.map_or(0, |p| vps[p].end.min(ps));
        let lb = (prev_end..ps)
            .rev()
            .find(|&j| hard(&toks[j]))
            .map_or(prev_end, |j| j + 1);
        let next_vp = vps[vi + 1..]
            .iter()
            .find(|v| !v.modifier)
            .map_or(n, |v| v.aux_start.min(v.phrase_start()));
        let rb = (vp.end..next_vp.max(vp.end))
            .find(|&j| hard(&toks[j]))
            .unwrap_or(next_vp.max(vp.end));
        if !vp.modifier {
            prev_clause_vp = Some(vi);
        }
        left.push(lb);
        right.push(rb);
    }
    (left, right)
}

/// The actor group marked on each word: the group whose mention covers the word's token.
fn word_groups(words: &[super::syntax::Word], toks: &[Tok], groups: &[Group]) -> Vec<Option<u32>> {
    let mut out = Vec::with_capacity(words.len());
    let mut t = 0;
    for w in words {
        while t < toks.len() && toks[t].span.end <= w.start {
            t += 1;
        }
        let mark = toks
            .get(t)
            .filter(|tk| tk.span.start <= w.start)
            .and_then(|tk| {
                tk.mention?;
                groups
                    .iter()
                    .position(|g| g.start <= t && t < g.end)
                    .map(|g| g as u32)
            });
        out.push(mark);
    }
    out
}

/// Tokens of a "CITY (Agency) —" dateline opening the sentence: not part of its clause.
fn dateline_len(text: &str, toks: &[text::Token]) -> usize {
    if !toks.first().is_some_and(|t| t.all_caps) {
        return 0;
    }
    let dash = toks.iter().take(12).position(|t| {
        matches!(t.text(text), "\u{2014}" | "\u{2013}" | "--" | "-")
            && t.kind == text::TokenKind::Punct
    });
    dash.map_or(0, |d| d + 1)
}

/// The mentions of the actor groups a frame names.
fn side_of(groups: &[Group], ids: &[u32]) -> Side {
    let mut mentions = Vec::new();
    for &g in ids {
        for &m in groups.get(g as usize).map_or(&[][..], |g| &g.mentions) {
            if !mentions.contains(&m) {
                mentions.push(m);
            }
        }
    }
    Side {
        mentions,
        tokens: None,
        named: false,
    }
}

impl EventCoder {
    /// Tags and parses the sentence of `toks` (the article is tokenised for the parser on
    /// first use, only when a sentence needs it).
    fn parse(
        &self,
        text: &str,
        article_tokens: &mut Option<Vec<text::Token>>,
        toks: &[Tok],
    ) -> Analysis {
        let all = article_tokens.get_or_insert_with(|| text::tokenize(text));
        let (start, end) = match (toks.first(), toks.last()) {
            (Some(f), Some(l)) => (f.span.start, l.span.end),
            _ => (0, 0),
        };
        let a = all.partition_point(|t| t.end <= start);
        let b = all.partition_point(|t| t.start < end).max(a);
        let a = a + dateline_len(text, &all[a..b]);
        self.syntax.analyse_sentence(text, &all[a..b])
    }

    /// Dictionary verbs the parse tags as verbs where the word-level finder saw none
    /// ("Israeli strikes hit Gaza": "hit" read as the object of "strikes").
    fn add_parse_verbs(&self, toks: &[Tok], words: &[syntax::Word], vps: &mut Vec<Vp>) {
        let covered = |vps: &[Vp], k: usize| {
            vps.iter()
                .any(|v| (v.phrase_start().min(v.start)..v.end).contains(&k))
        };
        let mut added = false;
        for w in words.iter().filter(|w| w.upos == "VERB") {
            let Some(k) = toks.iter().position(|t| t.span.start == w.start) else {
                continue;
            };
            if covered(vps, k) || toks[k].mention.is_some() {
                continue;
            }
            let Some((forms, len)) = self.form_at(toks, k) else {
                continue;
            };
            let mut vp = Vp {
                start: k,
                end: k + len,
                forms,
                tense: tense_of(toks, k, &self.dict),
                control: None,
                aux_start: k,
                passive: false,
                negated: false,
                intended: false,
                speech: toks[k].is(SPEECH),
                modifier: false,
                infinitive: false,
                future: false,
            };
            self.qualify(toks, &mut vp);
            vps.push(vp);
            added = true;
        }
        if added {
            vps.sort_by_key(|v| v.start);
        }
    }

    /// The source side of a frame: its actor groups; a pronoun subject takes the previous
    /// sentence's source; a named person the dictionaries do not know stays a named side.
    fn source_side(
        &self,
        sent: &frames::Sentence,
        toks: &[Tok],
        groups: &[Group],
        f: &frames::Frame,
        last_source: &Option<Vec<u32>>,
    ) -> Side {
        let mut side = side_of(groups, &f.source);
        if side.known() {
            return side;
        }
        if f.source_pronoun {
            if let Some(ls) = last_source {
                side.mentions = ls.clone();
                return side;
            }
        }
        let word = f.source_word.and_then(|w| sent.word_span(w));
        if let Some((ws, we)) = word {
            let t = toks
                .iter()
                .position(|t| t.span.start < we && ws < t.span.end);
            if let Some(t) = t {
                side.named = toks[t].named;
                side.tokens = Some((t, t + 1));
            }
        }
        side
    }
}

// ---------------------------------------------------------------------- helpers

fn target_code(e: &CodedEvent) -> &str {
    e.target.as_ref().map_or("", |t| t.actor.code.as_str())
}

/// 1024-bit set of the word ids (and singular ids) of a sentence.
type Bloom = [u64; 16];

fn bloom_of(toks: &[Tok]) -> Bloom {
    let mut b = [0u64; 16];
    for t in toks {
        for id in [t.id, t.alt] {
            if id != UNKNOWN {
                let k = (id & 1023) as usize;
                b[k >> 6] |= 1 << (k & 63);
            }
        }
    }
    b
}

fn bloom_has(b: &Bloom, id: u32) -> bool {
    let k = (id & 1023) as usize;
    b[k >> 6] & (1 << (k & 63)) != 0
}

fn tense_of(toks: &[Tok], head: usize, dict: &VerbDictionary) -> Tense {
    let t = &toks[head];
    let w = dict.word(t.id);
    if w.ends_with("ing") && w.len() > 4 {
        Tense::Ger
    } else if w.ends_with("ed") || t.is(IRREG_PAST) {
        Tense::Past
    } else if w.ends_with('s') && !w.ends_with("ss") {
        Tense::S
    } else {
        Tense::Base
    }
}

/// The actor of mention `mi`, following antecedents (coreference) when it has none.
pub(crate) fn actor_of(ents: &EntityAnalysis, mi: usize) -> Option<&Actor> {
    let mut cur = mi;
    for _ in 0..8 {
        let m = ents.mentions.get(cur)?;
        if let Some(a) = m.actor.as_ref().filter(|a| !a.code.is_empty()) {
            return Some(a);
        }
        cur = m.antecedent?;
    }
    None
}

/// An actor with only a sector ("GOV" for "officials"): it needs a country.
fn agent_only(a: &Actor) -> bool {
    a.country.is_empty() && a.code.len() <= 3 && !a.code.is_empty()
}

/// Actors per actor mention, PETRARCH style: multi-code actors ("FRO/BIL/SAM") split;
/// agents composed with a country — "Ithilen's president" → ITHGOV, "lawmakers and
/// officials in Fornost and Gondor" → FORLEG, GONLEG, FORGOV, GONGOV; agents that stay
/// without a country get PETRARCH's "---" prefix.
fn compose_actors<'a>(
    ents: &'a EntityAnalysis,
    toks: &[Tok],
    groups: &mut Vec<Group>,
) -> FastMap<u32, Vec<Cow<'a, Actor>>> {
    let mut out: FastMap<u32, Vec<Cow<'a, Actor>>> = FastMap::default();
    for g in groups.iter() {
        for &m in &g.mentions {
            let Some(a) = actor_of(ents, m as usize) else {
                continue;
            };
            let list: Vec<Cow<'a, Actor>> = if a.code.contains('/') {
                a.code
                    .split('/')
                    .filter(|c| !c.is_empty())
                    .map(|c| {
                        Cow::Owned(Actor {
                            code: c.to_string(),
                            name: a.name.clone(),
                            country: c.get(..3).unwrap_or("").to_string(),
                            sector: c.get(3..).unwrap_or("").to_string(),
                        })
                    })
                    .collect()
            } else {
                vec![Cow::Borrowed(a)]
            };
            out.insert(m, list);
        }
    }
    let compose = |agent: &Actor, country: &Actor| {
        Cow::Owned(Actor {
            code: format!("{}{}", country.code, agent.code),
            name: format!("{} {}", country.name, agent.name),
            country: country.country.clone(),
            sector: agent.code.clone(),
        })
    };
    let is_agent_group = |g: &Group, out: &FastMap<u32, Vec<Cow<'a, Actor>>>| {
        g.mentions
            .iter()
            .all(|m| out.get(m).is_some_and(|v| v.iter().all(|a| agent_only(a))))
    };
    let mut gi = 0;
    while gi < groups.len() {
        let next_is_country = groups.get(gi + 1).is_some_and(|h| !is_agent_group(h, &out));
        let g = &groups[gi];
        // "Ithilen's president", "Danish media": country ('s) agent.
        if let Some(h) = groups.get(gi + 1) {
            let between = &toks[g.end..h.start];
            let poss = between.is_empty()
                || between.len() == 1 && between[0].is(DET) && between[0].span.len() <= 3;
            if poss && !is_agent_group(g, &out) && is_agent_group(h, &out) {
                let countries: Vec<Cow<'a, Actor>> = g
                    .mentions
                    .iter()
                    .flat_map(|m| out.get(m).cloned().unwrap_or_default())
                    .collect();
                for m in h.mentions.clone() {
                    let agents = out.get(&m).cloned().unwrap_or_default();
                    let v: Vec<Cow<'a, Actor>> = agents
                        .iter()
                        .flat_map(|ag| countries.iter().map(|c| compose(ag, c)))
                        .collect();
                    out.insert(m, v);
                }
                let (start, hm, hend) = (g.start, h.mentions.clone(), h.end);
                groups[gi] = Group {
                    start,
                    end: hend,
                    mentions: hm,
                };
                groups.remove(gi + 1);
                continue;
            }
        }
        let g = &groups[gi];
        if is_agent_group(g, &out) && next_is_country {
            let h = &groups[gi + 1];
            let between = &toks[g.end..h.start];
            // "officials in/of/from X"
            let linked = between.len() <= 2
                && between
                    .first()
                    .is_some_and(|t| t.is(PREP) && t.is(LOCPREP | BY) || t.is(PREP))
                && !between.iter().any(|t| t.is(COMMA | CONJ));
            if linked {
                let countries: Vec<Cow<'a, Actor>> = h
                    .mentions
                    .iter()
                    .flat_map(|m| out.get(m).cloned().unwrap_or_default())
                    .collect();
                for m in g.mentions.clone() {
                    let agents = out.get(&m).cloned().unwrap_or_default();
                    let mut v = Vec::new();
                    for a in &agents {
                        for c in &countries {
                            v.push(compose(a, c));
                        }
                    }
                    out.insert(m, v);
                }
                let h_end = groups[gi + 1].end;
                groups[gi].end = h_end;
                groups.remove(gi + 1);
            }
        }
        gi += 1;
    }
    // Adjacent mentions inside a group name one actor: "Bree Prime Minister Romendacil"
    // (BRE + BREGOV) is BREGOV; "Danish media" is DNK + MED composed.
    for g in groups.iter_mut() {
        if g.mentions.len() < 2 {
            continue;
        }
        let mut keep: Vec<u32> = Vec::with_capacity(g.mentions.len());
        let mut k = 0;
        while k < g.mentions.len() {
            let a = g.mentions[k];
            if let Some(&b) = g.mentions.get(k + 1) {
                let (sa, sb) = (
                    ents.mentions[a as usize].span,
                    ents.mentions[b as usize].span,
                );
                let adjacent = !toks
                    .iter()
                    .any(|t| t.span.start >= sa.end && t.span.end <= sb.start);
                if adjacent {
                    let av = out.get(&a).cloned().unwrap_or_default();
                    let bv = out.get(&b).cloned().unwrap_or_default();
                    let refines = !av.is_empty()
                        && bv
                            .iter()
                            .all(|y| av.iter().any(|x| y.code.starts_with(x.code.as_str())));
                    let b_agent = !bv.is_empty() && bv.iter().all(|y| agent_only(y));
                    let a_country = !av.is_empty() && !av.iter().any(|x| agent_only(x));
                    if refines {
                        k += 1;
                        continue;
                    }
                    // "Bree Prime Minister Romendacil" (BREGOV + BRE): the first is finer.
                    let refined = !bv.is_empty()
                        && av
                            .iter()
                            .all(|x| bv.iter().any(|y| x.code.starts_with(y.code.as_str())));
                    if refined {
                        keep.push(a);
                        k += 2;
                        continue;
                    }
                    if b_agent && a_country {
                        let v = bv
                            .iter()
                            .flat_map(|ag| av.iter().map(|c| compose(ag, c)))
                            .collect();
                        out.insert(b, v);
                        k += 1;
                        continue;
                    }
                }
            }
            keep.push(a);
            k += 1;
        }
        g.mentions = keep;
    }
    // Agents that found no country.
    for v in out.values_mut() {
        for a in v.iter_mut() {
            if agent_only(a) {
                let code = format!("---{}", a.code);
                a.to_mut().code = code;
            }
        }
    }
    out
}

/// Coordinated actor mentions: "A and B", "A, B and C", "neither A nor B",
/// "A and the evil B" (a few lower-case words allowed before the next actor).
fn actor_groups(toks: &[Tok]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut i = 0;
    let n = toks.len();
    while i < n {
        let Some(m) = toks[i].mention else {
            i += 1;
            continue;
        };
        let mut end = i;
        while end < n && toks[end].mention == Some(m) {
            end += 1;
        }
        // Merge with the previous group if only connectors separate them.
        if let Some(g) = groups.last_mut() {
            let between = &toks[g.end..i];
            let has_conj = between.iter().any(|t| t.is(CONJ) || t.is(COMMA));
            let only_conn = between.iter().all(|t| {
                t.is(CONJ | COMMA | DET)
                    || (!t.cap
                        && t.mention.is_none()
                        && !t.is(PUNCT | PREP | BE | HAVE | MODAL | COMPL | SUBORD)
                        && t.id == UNKNOWN)
            });
            if between.is_empty() || has_conj && only_conn && between.len() <= 4 {
                g.end = end;
                g.mentions.push(m);
                i = end;
                continue;
            }
        }
        groups.push(Group {
            start: i,
            end,
            mentions: vec![m],
        });
        i = end;
    }
    groups
}

fn participant(
    text: &str,
    ents: &EntityAnalysis,
    toks: &[Tok],
    mention: Option<(u32, &Actor)>,
    side: &Side,
) -> Participant {
    match mention {
        Some((m, actor)) => {
            let actor = actor.clone();
            let surface = ents
                .mentions
                .get(m as usize)
                .map(|mm| mm.span.slice(text).to_string())
                .unwrap_or_default();
            Participant {
                actor,
                mention: Some(m as usize),
                text: surface,
            }
        }
        None => {
            let surface = side
                .tokens
                .filter(|(s, e)| s < e && *e <= toks.len())
                .map(|(s, e)| {
                    Span::new(toks[s].span.start, toks[e - 1].span.end)
                        .slice(text)
                        .to_string()
                })
                .unwrap_or_default();
            Participant {
                actor: Actor::default(),
                mention: None,
                text: surface,
            }
        }
    }
}

/// CAMEO threat code for a threatened action (CAMEO 13x).
/// A meeting or cooperation (04x, 06x) with a city or region of the source's own country
/// names where it happens, not with whom ("invited him to Moscow", said of Russia's
/// president): a foreign capital stands for its state, one's own is the venue. Other acts
/// aimed at a home region ("allowed aid into Darfur") keep it as their target.
fn home_place(
    ents: &EntityAnalysis,
    source: (u32, &Actor),
    target: (u32, &Actor),
    code: &str,
) -> bool {
    let is_place = ents
        .mentions
        .get(target.0 as usize)
        .is_some_and(|m| m.entity_type == EntityType::Location && m.geo.is_some());
    is_place
        && !source.1.country.is_empty()
        && source.1.country == target.1.country
        && matches!(super::cameo::root(code), Some(4 | 6))
}

/// A pattern's particle followed by a month or weekday is a date ("pressed X on Friday"),
/// not the particle of a phrasal verb ("pressed on" = advance).
fn dated(toks: &[Tok], e: &super::verbs::Elem, next: usize) -> bool {
    matches!(e.kind, ElemKind::Word { .. }) && toks.get(next).is_some_and(|t| t.is(TIME))
}

/// Codes that two co-subjects do to each other ("A and B met / agreed / signed a deal"):
/// intents (03), consultation (04) and cooperation (06), and signing an agreement (057).
/// Visiting, hosting and mediating (042, 043, 045, 046) have a third party, and praise or
/// support (05x) is each subject's own act ("A and B both welcomed the deal").
fn reciprocal_code(code: &str) -> bool {
    let directed = ["042", "043", "045", "046"];
    match super::cameo::root(code) {
        Some(3 | 4 | 6) => !directed.iter().any(|d| code.starts_with(d)),
        Some(5) => code.starts_with("057"),
        _ => false,
    }
}

pub fn threat_code(inner: &str) -> &'static str {
    match super::cameo::root(inner) {
        Some(18..=20) | Some(15) => "138",
        Some(17) => "137",
        Some(16) => match inner.get(..3) {
            Some("161") => "1313",
            Some("162") => "1311",
            Some("163") => "1312",
            Some("164") => "134",
            Some("165") => "135",
            Some("166") => "136",
            _ => "131",
        },
        Some(14) => "133",
        Some(13) => [
            "131", "1311", "1312", "1313", "132", "133", "134", "135", "136", "137", "138", "139",
        ]
        .into_iter()
        .find(|&c| c == inner)
        .unwrap_or("130"),
        _ => "130",
    }
}

/// "refused to X": CAMEO 12x for cooperative X, nothing for conflictual X.
pub fn reject_code(inner: &str) -> Option<&'static str> {
    Some(match super::cameo::root(inner)? {
        4 => "125",
        3 | 5 => "120",
        6 => "121",
        7 => "122",
        8 => match inner.get(..3) {
            Some("081") => "1241",
            Some("083") => "1242",
            Some("084") => "1243",
            Some("085") => "1244",
            Some("086") => "1245",
            Some("087") => "1246",
            _ => "124",
        },
        // "declined to comment"
        1 => "011",
        2 | 9 | 10 | 11 => "120",
        12 => "120",
        _ => return None,
    })
}

/// "promised/agreed to X": CAMEO 03x intent to do X.
pub fn intent_code(inner: &str) -> String {
    let s3 = inner.get(..3).unwrap_or(inner);
    match super::cameo::root(inner) {
        Some(3) => inner.to_string(),
        Some(4) => "036".into(),
        Some(5) => "032".into(),
        Some(6) => match s3 {
            "061" => "0311",
            "062" => "0312",
            "063" => "0313",
            "064" => "0314",
            _ => "031",
        }
        .into(),
        Some(7) => match s3 {
            "071" => "0331",
            "072" => "0332",
            "073" => "0333",
            "074" => "0334",
            _ => "033",
        }
        .into(),
        Some(8) => match s3 {
            "081" => "0351",
            "083" => "0344",
            "084" => "0353",
            "085" => "0354",
            "086" => "0355",
            "087" => "0356",
            _ => "035",
        }
        .into(),
        _ => inner.to_string(),
    }
}

#[cfg(test)]
mod tests;
