//! A verb phrase coded with the most specific matching dictionary pattern.
use super::*;

impl EventCoder {
    /// Code of a VP: best pattern over all candidate forms, then modality transforms.
    #[allow(clippy::type_complexity)]
    pub(super) fn code_vp(&self, toks: &[Tok], vp: &Vp, scope: &Scope) -> Option<VpCode> {
        let (mut code, spec, neg_in_pattern, src_o, tgt_o) = self.best_code(toks, vp, scope)?;
        if self.called_off(toks, vp, &code) {
            return None;
        }
        let mut modality = Modality::Asserted;
        // A pattern that codes the negation codes its auxiliary too ("won't … clash"): the
        // phrase is the act, not an announcement of it.
        if vp.intended && !(vp.negated && neg_in_pattern) {
            modality = Modality::Intended;
        }
        if let Some((cs, ce, kind)) = vp.control {
            let inner = code.forward.clone();
            let mapped = match (kind, inner.as_deref()) {
                (_, None) if !matches!(kind, Control::Fail | Control::Refuse) => {
                    self.control_verb_code(toks, (cs, ce), scope)?
                }
                (Control::Commit, Some(c)) if self.agreed_inquiry(toks, cs, c) => {
                    self.control_verb_code(toks, (cs, ce), scope)?
                }
                _ => control_code(kind, inner.as_deref(), &mut modality)?,
            };
            code = EventCode {
                forward: Some(mapped.into()),
                reverse: None,
            };
        }
        if vp.negated && !neg_in_pattern {
            code = self.negated_code(toks, vp, scope.rb, code, &mut modality)?;
        }
        if vp.modifier && !vp.passive || vp.infinitive || code.is_null() {
            return None;
        }
        Some(VpCode {
            code,
            modality,
            specificity: spec,
            source_words: src_o,
            target_words: tgt_o,
            neg_coded: vp.negated && neg_in_pattern,
        })
    }

    /// "A and B agreed to set up a commission of inquiry": an agreement (`agreement` verbs)
    /// to investigate (CAMEO 09) is the parties' agreement, coded as the agreeing verb alone
    /// (03x) as an agreed act with no code is; the inquiry is only planned, and an intent to
    /// investigate has no code of its own, so the agreement was lost. A promise or pledge to
    /// investigate is made to a victim's side, not with a partner: it keeps its reading.
    fn agreed_inquiry(&self, toks: &[Tok], cs: usize, inner: &str) -> bool {
        crate::nlp::cameo::root(inner) == Some(9) && self.agreement_words.contains(&toks[cs].id)
    }

    /// A meeting (CAMEO 04) coded on a verb that calls it off ("suspended a planned visit",
    /// "postponed the talks"): the dictionary files such verbs with "end" and "conclude",
    /// whose visit was made; this one was not, so there is no event.
    fn called_off(&self, toks: &[Tok], vp: &Vp, code: &EventCode) -> bool {
        let meeting = code
            .forward
            .as_deref()
            .is_some_and(|c| crate::nlp::cameo::root(c) == Some(4));
        meeting
            && toks[vp.start..vp.end]
                .iter()
                .any(|t| self.cancel_words.contains(&t.id))
    }

    /// An uncodable complement of a control verb: the control verb's own code, if any.
    fn control_verb_code(
        &self,
        toks: &[Tok],
        (cs, ce): (usize, usize),
        scope: &Scope,
    ) -> Option<String> {
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
            possible: false,
        };
        let c = self.best_code(toks, &cvp, scope)?.0;
        c.forward.map(|f| f.to_string())
    }

    /// A negation the pattern does not code. "did not rule out military action" is a veiled
    /// threat (else a policy option); "will not lift the ban", "did not agree": refusing
    /// cooperation is CAMEO 12x; an attack that did not happen is no event.
    fn negated_code(
        &self,
        toks: &[Tok],
        vp: &Vp,
        rb: usize,
        code: EventCode,
        modality: &mut Modality,
    ) -> Option<EventCode> {
        let is_rule_out = vp.end - vp.start == 2
            && toks[vp.start].id == self.w_rule
            && toks[vp.start + 1].id == self.w_out;
        if is_rule_out {
            let force =
                (vp.end..rb.min(vp.end + 6)).any(|k| self.force_words.contains(&toks[k].id));
            *modality = Modality::Threatened;
            return Some(EventCode {
                forward: Some(if force { "138" } else { "014" }.into()),
                reverse: None,
            });
        }
        if vp.control.is_some() {
            return Some(code);
        }
        let forward = code.forward.as_deref().unwrap_or("");
        let cooperative = crate::nlp::cameo::root(forward).is_some_and(|r| (3..=8).contains(&r));
        let rejected = code
            .forward
            .as_deref()
            .and_then(reject_code)
            .filter(|_| cooperative)?;
        *modality = Modality::Negated;
        Some(EventCode {
            forward: Some(rejected.into()),
            reverse: None,
        })
    }

    #[allow(clippy::type_complexity)]
    pub(super) fn best_code(
        &self,
        toks: &[Tok],
        vp: &Vp,
        scope: &Scope,
    ) -> Option<(EventCode, u16, bool, Option<Vec<u32>>, Option<Vec<u32>>)> {
        let mut best: Option<(u16, u8, &Pattern, Option<Vec<u32>>, Option<Vec<u32>>)> = None;
        let bloom = &bloom_of(toks);
        let win = scope.window(toks, vp);
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
                if let Some((bs, bt)) = self.match_pattern(toks, p, vp, &win) {
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

    /// The pattern has an "as" element after the verb ("* (AS {HUMAN SHIELD})"): it reads
    /// past an "as" that is a preposition (`Scope::rb_as`).
    fn reads_as(&self, p: &Pattern) -> bool {
        let as_id = self.dict.word_id("as");
        p.post
            .iter()
            .any(|e| matches!(&e.kind, ElemKind::Word { ids, .. } if ids.contains(&as_id)))
    }

    /// The pattern has a "to" element after the verb ("* TO LEAVE", "* + TO WITHDRAW"): it
    /// reads the infinitive the window takes in (`Scope::rb_to`).
    fn reads_to(&self, p: &Pattern) -> bool {
        let to_id = self.dict.word_id("to");
        p.post
            .iter()
            .any(|e| matches!(&e.kind, ElemKind::Word { ids, .. } if ids.contains(&to_id)))
    }

    /// Match one pattern around the VP. Returns (source, target) mentions bound by `$`/`+`.
    #[allow(clippy::type_complexity)]
    pub(super) fn match_pattern(
        &self,
        toks: &[Tok],
        p: &Pattern,
        vp: &Vp,
        win: &Scope,
    ) -> Option<(Option<Vec<u32>>, Option<Vec<u32>>)> {
        let rb = if self.reads_as(p) {
            win.rb_as
        } else if self.reads_to(p) {
            win.rb
        } else {
            win.rb_to
        };
        let lb = win.lb;
        if !p.post.is_empty() && quote_inverted(toks, vp) {
            return None;
        }
        let mut src = None;
        let mut tgt = None;
        // Post: forward from the verb, up to the clause bound (the next verb phrase or a
        // hard boundary). The parse is not asked here: where it errs (an object noun tagged
        // as a verb, a quantifier hung on another verb) it would cut the verb's own object.
        let mut pos = vp.end;
        for (k, e) in p.post.iter().enumerate() {
            let last = k + 1 == p.post.len();
            let (lo, hi) = match skip_gap(e) {
                Gap::Adjacent => (pos, (pos + 1).min(rb)),
                Gap::Near => (pos, (pos + 4).min(rb)),
                Gap::Free => (pos, rb),
            };
            let mut found = None;
            for j in lo..hi {
                if title_word(toks, e, j, vp) {
                    continue;
                }
                if let Some(len) = self.elem_at(toks, e, j, &mut src, &mut tgt) {
                    if dated(toks, e, j, j + len)
                        || e.gap == Gap::Free && in_time_phrase(toks, pos, j)
                        || last && modifies_a_place(toks, e, j, j + len)
                        || last && self.heads_a_place_phrase(toks, e, pos, j)
                        || self.topic.past_topic(toks, vp, e, pos, j)
                    {
                        continue;
                    }
                    found = Some(j + len);
                    break;
                }
            }
            pos = found?;
        }
        // Pre: backward from the phrase start. The left context reaches ten words back, past
        // the clause bound, so only words of the verb's own clause count (`Scope::allows`).
        let mut pos = vp.phrase_start();
        let mut gap = p.verb_gap;
        for e in p.pre.iter().rev() {
            // A skipped phrase lies right before what follows it, and right after what
            // precedes it (the next element looked for).
            let near = e.kind == ElemKind::Skip && gap == Gap::Free;
            let g = if near { Gap::Near } else { gap };
            let (lo, hi) = match g {
                Gap::Adjacent => (pos.saturating_sub(1 + SYNSET_REACH).max(lb), pos),
                Gap::Near => (pos.saturating_sub(4 + SYNSET_REACH).max(lb), pos),
                Gap::Free => (lb, pos),
            };
            let mut found = None;
            for j in (lo..hi).rev().filter(|&j| win.allows(j)) {
                if title_word(toks, e, j, vp) {
                    continue;
                }
                if let Some(len) = self.elem_at(toks, e, j, &mut src, &mut tgt) {
                    if within_gap(e, g, j, j + len, pos) {
                        found = Some(j);
                        break;
                    }
                }
            }
            pos = found?;
            gap = skip_gap(e);
        }
        Some((src, tgt))
    }

    /// Does element `e` match at token `j`? Returns the number of tokens consumed.
    pub(super) fn elem_at(
        &self,
        toks: &[Tok],
        e: &crate::nlp::verbs::Elem,
        j: usize,
        src: &mut Option<Vec<u32>>,
        tgt: &mut Option<Vec<u32>>,
    ) -> Option<usize> {
        let t = toks.get(j)?;
        match &e.kind {
            ElemKind::Word { .. } if month_name(t, j) => None,
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
            ElemKind::Skip => skipped_phrase(toks, j),
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

/// How far back, beyond its gap, a multi-word synset item may start when read backward.
const SYNSET_REACH: usize = 6;

/// Does element `e`, found at `j..end`, lie within gap `g` before `pos`? Read backward, a
/// multi-word synset item ("did not" in `&NEG_EVER`) must end right before what follows it
/// (`_`) or a few words before it (`{…}`), wherever it starts; other elements start within
/// the gap, as the scan of the gap alone would find them.
fn within_gap(e: &crate::nlp::verbs::Elem, g: Gap, j: usize, end: usize, pos: usize) -> bool {
    let reach = match g {
        Gap::Adjacent => 1,
        Gap::Near => 4,
        Gap::Free => return end <= pos,
    };
    if matches!(e.kind, ElemKind::Synset(_)) {
        end <= pos && pos - end < reach
    } else {
        end <= pos && pos - j <= reach
    }
}

/// Closed-class words a skipped noun phrase neither starts with nor runs through.
const NOT_IN_PHRASE: u32 = DET
    | PREP
    | TO
    | BY
    | CONJ
    | COMMA
    | PUNCT
    | BOUNDARY
    | QUOTE
    | COMPL
    | SUBORD
    | PRON
    | NEG
    | MODAL
    | BE
    | HAVE
    | DO;

/// The gap a `^` is looked for in: the phrase right after the previous element (a few
/// words, for its determiner and adjectives), never anywhere later in the clause.
fn skip_gap(e: &crate::nlp::verbs::Elem) -> Gap {
    if e.kind == ElemKind::Skip && e.gap == Gap::Free {
        Gap::Near
    } else {
        e.gap
    }
}

/// `^` at token `j`: the noun phrase starting there, its content words up to and including
/// the first actor name they reach ("Osgiliath", "the parliament", "evil Gondor"), so the
/// next element looks past it. Not inside a name.
fn skipped_phrase(toks: &[Tok], j: usize) -> Option<usize> {
    let t = toks.get(j)?;
    if t.is(NOT_IN_PHRASE) || t.mention.is_some() && j > 0 && toks[j - 1].mention == t.mention {
        return None;
    }
    let mut k = j;
    while let Some(w) = toks.get(k).filter(|w| !w.is(NOT_IN_PHRASE)) {
        k += 1;
        if let Some(m) = w.mention {
            while toks.get(k).is_some_and(|x| x.mention == Some(m)) {
                k += 1;
            }
            break;
        }
    }
    Some(k - j)
}

/// Is token `j` inside a time phrase opened after `from` ("opposed a wider suspension during
/// the ministers' talks")? The nearest preposition before it is one of time only: its noun
/// tells when, and is no object a pattern of the verb may name. "to" stops the search (a
/// later verb's complement).
fn in_time_phrase(toks: &[Tok], from: usize, j: usize) -> bool {
    (from..j)
        .rev()
        .find(|&k| toks[k].is(PREP | TO))
        .is_some_and(|k| toks[k].is(TIMEPREP))
}

/// 1024-bit set of the word ids (and singular ids) of a sentence.
pub(super) type Bloom = [u64; 16];

pub(super) fn bloom_of(toks: &[Tok]) -> Bloom {
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

pub(super) fn bloom_has(b: &Bloom, id: u32) -> bool {
    let k = (id & 1023) as usize;
    b[k >> 6] & (1 << (k & 63)) != 0
}

pub(super) fn tense_of(toks: &[Tok], head: usize, dict: &VerbDictionary) -> Tense {
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

/// A capitalised month or weekday inside the sentence is a date ("held the reporter since
/// March"), not the noun a pattern names ("held a march").
fn month_name(t: &Tok, j: usize) -> bool {
    j > 0 && t.cap && t.is(TIME)
}

/// A speech verb right after the quotation it reports ("…," said X, an expert at a
/// research centre) has that quotation for its content and its speaker after it: the words
/// that follow name who spoke, not what was said, so no pattern reads its noun there (the
/// expert's "research" is no investigation the speaker announced).
fn quote_inverted(toks: &[Tok], vp: &Vp) -> bool {
    let before = |k: usize| k.checked_sub(1).and_then(|i| toks.get(i));
    let Some(prev) = before(vp.aux_start) else {
        return false;
    };
    let after_quote =
        prev.is(QUOTE) || prev.is(COMMA) && before(vp.aux_start - 1).is_some_and(|t| t.is(QUOTE));
    vp.speech && after_quote
}

/// A word or phrase of a pattern read inside a title-cased name ("the Plan to End Violence
/// Against Children", "the Campaign Against Hunger") is part of that name, not the words of
/// the verb's phrase: a support for such a plan is no "violence against" threat. A name is
/// a run of capitalised words, inside the sentence, holding a capitalised preposition (which
/// only a title capitalises). A run that takes in the verb itself is a headline written in
/// title case, whose words stay the phrase's.
fn title_word(toks: &[Tok], e: &crate::nlp::verbs::Elem, j: usize, vp: &Vp) -> bool {
    if !matches!(e.kind, ElemKind::Word { .. } | ElemKind::Synset(_)) {
        return false;
    }
    let capital = |k: usize| k > 0 && toks.get(k).is_some_and(|t| t.cap);
    if !capital(j) {
        return false;
    }
    let mut lo = j;
    while lo > 1 && capital(lo - 1) {
        lo -= 1;
    }
    let mut hi = j + 1;
    while capital(hi) {
        hi += 1;
    }
    let has_verb = lo < vp.end && vp.start < hi;
    !has_verb && (lo..hi).any(|k| toks[k].is(PREP))
}

/// A pattern's particle followed by a month or weekday is a date ("pressed X on Friday"),
/// not the particle of a phrasal verb ("pressed on" = advance). Only a preposition: a noun
/// the pattern names stays that noun before a bare weekday ("summoned the ambassador
/// Monday", the wire style of "on Monday").
pub(super) fn dated(toks: &[Tok], e: &crate::nlp::verbs::Elem, at: usize, next: usize) -> bool {
    matches!(e.kind, ElemKind::Word { .. })
        && toks.get(at).is_some_and(|t| t.is(PREP))
        && toks.get(next).is_some_and(|t| t.is(TIME))
}

/// What a verb phrase codes: the event code and its modality, the pattern's specificity, the
/// source and target words the pattern names, and whether the pattern itself holds the
/// phrase's negation ("won't … clash": the negation is part of the coded phrase, not a
/// modality of it).
pub(super) struct VpCode {
    pub(super) code: EventCode,
    pub(super) modality: Modality,
    pub(super) specificity: u16,
    pub(super) source_words: Option<Vec<u32>>,
    pub(super) target_words: Option<Vec<u32>>,
    pub(super) neg_coded: bool,
}

impl VpCode {
    /// A plain asserted code, forward only, with no word spans of its own.
    pub(super) fn asserted(code: &str) -> VpCode {
        VpCode {
            code: EventCode {
                forward: Some(code.into()),
                reverse: None,
            },
            modality: Modality::Asserted,
            specificity: 0,
            source_words: None,
            target_words: None,
            neg_coded: false,
        }
    }
}

/// The code of a control verb's complement ("refused to meet", "threatened to strike",
/// "pledged to send aid"), and the modality the control verb gives it; None = no event.
fn control_code(kind: Control, inner: Option<&str>, modality: &mut Modality) -> Option<String> {
    match (kind, inner) {
        (Control::Refuse, Some(c)) => {
            *modality = Modality::Negated;
            reject_code(c).map(str::to_string)
        }
        (Control::Refuse, None) => {
            *modality = Modality::Negated;
            Some("120".to_string())
        }
        // "failed to reach agreement": non-cooperation (12x); a failed attack is no event.
        (Control::Fail, Some(c)) => {
            *modality = Modality::Negated;
            match crate::nlp::cameo::root(c) {
                Some(3..=8) => reject_code(c).map(str::to_string),
                _ => None,
            }
        }
        (Control::Threaten, Some(c)) => {
            *modality = Modality::Threatened;
            Some(threat_code(c).to_string())
        }
        (Control::Commit, Some(c)) if crate::nlp::cameo::root(c).is_some_and(|r| r >= 13) => {
            *modality = Modality::Threatened;
            Some(threat_code(c).to_string())
        }
        (Control::Commit, Some(c)) => {
            *modality = Modality::Intended;
            Some(intent_code(c))
        }
        // "plans / seeks / wants to restore ties": the actor's intention (03x), as a promise
        // is; only the reporter's future ("will", "is about to") may keep the act's code.
        (Control::Intend, Some(c)) => {
            *modality = Modality::Intended;
            Some(intent_code(c))
        }
        (Control::Decide, Some(c)) if matches!(crate::nlp::cameo::root(c), Some(7 | 8)) => {
            Some(c.to_string())
        }
        (Control::Decide, Some(c)) => {
            *modality = Modality::Intended;
            Some(intent_code(c))
        }
        (Control::Aspect, Some(c)) => Some(c.to_string()),
        (_, None) => None,
    }
}

/// The pattern's last word, matched at `j..end`, only modifies the place noun after it
/// ("attacked government positions", "the Supreme Court building"): it names where the act
/// falls, not the party a word such as "* GOVERNMENT" (a verbal attack, 111) reads it as.
fn modifies_a_place(toks: &[Tok], e: &crate::nlp::verbs::Elem, j: usize, end: usize) -> bool {
    let noun = matches!(e.kind, ElemKind::Word { .. } | ElemKind::Synset(_));
    noun && !toks[j].is(PREP) && toks.get(end).is_some_and(|t| t.is(PLACEHEAD))
}

impl EventCoder {
    /// The pattern's last word is a particle that also opens a place phrase
    /// (`place_particle`: "* OFF", "cut off", "square off"), found past the verb's object
    /// with a noun phrase after it ("struck a boat off Somalia", "fired on a vessel off the
    /// coast"): there it places the act, so the phrasal verb's sense (a negotiation, a
    /// cut-off) is not what the sentence says. A particle right after the verb, or after its
    /// object at the clause's end ("fought the raiders off"), keeps its sense.
    fn heads_a_place_phrase(
        &self,
        toks: &[Tok],
        e: &crate::nlp::verbs::Elem,
        pos: usize,
        j: usize,
    ) -> bool {
        let word = matches!(e.kind, ElemKind::Word { .. });
        let phrase = toks
            .get(j + 1)
            .is_some_and(|t| t.is(DET) || t.is(NUM) || t.cap || t.mention.is_some());
        word && e.gap == Gap::Free
            && j > pos
            && self.place_particles.contains(&toks[j].id)
            && phrase
    }
}
