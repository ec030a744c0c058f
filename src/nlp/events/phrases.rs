//! Dictionary verb phrases found on the words: forms, verbal context, control verbs and qualifiers.
use super::*;

impl EventCoder {
    pub(super) fn verb_phrases(&self, toks: &[Tok]) -> Vec<Vp> {
        let mut vps: Vec<Vp> = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match self.phrase_at(toks, i, vps.last().map(|v| v.end)) {
                Some(vp) => {
                    i = vp.end;
                    vps.push(vp);
                }
                None => i += 1,
            }
        }
        drop_nominal_bases(toks, &mut vps);
        settle_reduced_relatives(toks, &mut vps);
        vps
    }

    /// The verb phrase that starts at word `i`, if any: the longest dictionary form there
    /// (or a control or speech verb), in a verbal context, qualified, and joined with the
    /// verb a control verb governs.
    fn phrase_at(&self, toks: &[Tok], i: usize, prev_vp_end: Option<usize>) -> Option<Vp> {
        let t = &toks[i];
        if t.mention.is_some() || t.id == UNKNOWN || self.aux_before_verb(toks, i) {
            return None;
        }
        // "have" is coded only as "have no plans / no interest …" (a refusal): elsewhere it
        // is an auxiliary or a possession, no clause verb that bounds its neighbours' patterns.
        if t.is(HAVE) && !self.have_no(toks, i) {
            return None;
        }
        let (forms, best_len) = self.longest_forms(toks, i, true).unwrap_or_default();
        let control = self.control.get(&t.id).copied();
        if forms.is_empty() && control.is_none() && !t.is(SPEECH) {
            return None;
        }
        let head = forms
            .first()
            .map_or(i, |&f| i + self.dict.forms[f as usize].head);
        let tense = tense_of(toks, head, &self.dict);
        if !self.looks_verbal(toks, i, head, tense, prev_vp_end) {
            return None;
        }
        let mut vp = Vp {
            start: i,
            end: i + best_len.max(1),
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
            possible: false,
        };
        self.qualify(toks, &mut vp);
        let governed = control.and_then(|kind| self.governed_vp(toks, &vp, kind));
        Some(governed.unwrap_or(vp))
    }

    /// An auxiliary before a verb ("have delayed", "was attacked") is not a verb phrase of
    /// its own, even when a dictionary lists it.
    fn aux_before_verb(&self, toks: &[Tok], i: usize) -> bool {
        if !toks[i].is(BE | HAVE | DO | MODAL) || self.have_no(toks, i) {
            return false;
        }
        let mut k = i + 1;
        while k < toks.len() && (toks[k].is(ADV | NEG) || self.floating(toks, k)) {
            k += 1;
        }
        k < toks.len() && !self.dict.forms_starting_with(toks[k].id).is_empty()
    }

    /// "had no plans", "has no interest": a form of "have" before "no" is the verb, and the
    /// word after "no" its object noun.
    fn have_no(&self, toks: &[Tok], i: usize) -> bool {
        toks[i].is(HAVE) && toks.get(i + 1).is_some_and(|t| t.id == self.w_no)
    }

    /// Is word `k` inside an auxiliary's verb phrase though no adverb by itself: a
    /// quantifier floated after an auxiliary ("were each received", "have both signed",
    /// "had all agreed"), or a preposition that is an adverb after "have" ("has since
    /// accused")? It belongs to the verb phrase, not to a noun or a prepositional phrase.
    fn floating(&self, toks: &[Tok], k: usize) -> bool {
        if k == 0 || toks[k - 1].mention.is_some() {
            return false;
        }
        let (id, prev) = (toks[k].id, &toks[k - 1]);
        self.w_floating.contains(&id) && prev.is(BE | HAVE | DO | MODAL)
            || self.w_perfect_adverb.contains(&id) && prev.is(HAVE)
    }

    /// A quantifier floated right after a subject mention and right before the verb ("Japan
    /// and Korea each promised", "the two ministers both signed"): it modifies the subject,
    /// so the verb after it is read as after the subject, not as a noun after a determiner.
    fn floated_after_subject(&self, toks: &[Tok], k: usize) -> bool {
        k > 0 && toks[k - 1].mention.is_some() && self.w_floating.contains(&toks[k].id)
    }

    /// Control verb + "to" + verb → one phrase: the governed verb, carrying the control
    /// verb's span and kind ("agreed to withdraw", "refused to be drawn").
    fn governed_vp(&self, toks: &[Tok], vp: &Vp, kind: Control) -> Option<Vp> {
        let n = toks.len();
        let mut j = vp.end;
        while j < n && toks[j].is(ADV) {
            j += 1;
        }
        // A refusal codes nothing by itself, so it reaches past a date to its complement
        // ("refused on Tuesday to let …"); other control verbs keep their own code there.
        if kind == Control::Refuse {
            j = after_date(toks, j);
        }
        if j >= n || !toks[j].is(TO) {
            return None;
        }
        let mut k = j + 1;
        while k < n && (toks[k].is(ADV) || toks[k].is(BE) && k + 1 < n) {
            k += 1;
        }
        if k >= n || toks[k].mention.is_some() {
            return None;
        }
        let (forms, len) = self.form_at(toks, k)?;
        let tense = tense_of(toks, k, &self.dict);
        Some(Vp {
            start: k,
            end: k + len,
            forms,
            tense,
            control: Some((vp.start, vp.end, kind)),
            aux_start: vp.aux_start,
            passive: toks[k - 1].is(BE) && tense == Tense::Past,
            negated: vp.negated,
            intended: vp.intended,
            speech: false,
            modifier: false,
            infinitive: vp.infinitive,
            future: vp.future,
            possible: vp.possible,
        })
    }

    pub(super) fn form_at(&self, toks: &[Tok], i: usize) -> Option<(Vec<u32>, usize)> {
        self.longest_forms(toks, i, false)
    }

    /// The longest dictionary forms starting at word `i` and their length in words. With
    /// `outside_mentions`, the words after the first may not belong to a mention.
    fn longest_forms(
        &self,
        toks: &[Tok],
        i: usize,
        outside_mentions: bool,
    ) -> Option<(Vec<u32>, usize)> {
        let mut best_len = 0;
        let mut forms = Vec::new();
        for &f in self.dict.forms_starting_with(toks[i].id) {
            let form = &self.dict.forms[f as usize];
            let len = form.words.len();
            if i + len > toks.len() || len < best_len {
                continue;
            }
            let ok = form.words.iter().enumerate().all(|(k, &w)| {
                toks[i + k].id == w
                    && (!outside_mentions || k == 0 || toks[i + k].mention.is_none())
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
        (!forms.is_empty()).then_some((forms, best_len))
    }

    /// Noun/verb disambiguation without a tagger: the left context decides.
    pub(super) fn looks_verbal(
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
        // "no" right before a word makes it a noun: "had no plans", "no talks are planned".
        if i > 0 && toks[i - 1].id == self.w_no {
            return false;
        }
        // Capitalised mid-sentence: a name ("Hope", "Strike Force").
        if t.cap && i > 0 && !toks[i - 1].is(QUOTE | BOUNDARY) {
            return false;
        }
        let mut p = i;
        while p > 0
            && (toks[p - 1].is(ADV) && !toks[p - 1].is(NEG)
                || self.floating(toks, p - 1)
                || self.floated_after_subject(toks, p - 1))
        {
            p -= 1;
        }
        let Some(pv) = (if p > 0 { Some(&toks[p - 1]) } else { None }) else {
            // Sentence-initial: past forms only ("Talks resumed" has its verb later).
            return tense == Tense::Past;
        };
        if let Some(m) = pv.mention {
            return after_mention(toks, p, m, head, tense, prev_vp_end);
        }
        if pv.is(DET) {
            return false;
        }
        if pv.is(PREP) && !pv.is(TO) {
            return tense == Tense::Ger && self.blamed_gerund(toks, p);
        }
        // Right after another verb: its object ("threatened sanctions").
        if prev_vp_end == Some(p) {
            return false;
        }
        match tense {
            Tense::Ger => pv.is(BE) || pv.is(COMMA),
            Tense::Past => true,
            Tense::Base | Tense::S => self.present_verbal(toks, p, head, tense, prev_vp_end),
        }
    }

    /// A gerund at `p` after "of" / "for" and a blaming predicate ("was guilty of
    /// violating", "is responsible for shelling"): the act the predicate asserts.
    fn blamed_gerund(&self, toks: &[Tok], p: usize) -> bool {
        p >= 2
            && self.w_of_for.contains(&toks[p - 1].id)
            && self.w_culpable.contains(&toks[p - 2].id)
    }

    /// A base or -s form whose left word `p - 1` is no mention: a verb after a pronoun,
    /// modal, conjoined verb or name; a noun after a determiner, a number or a noun.
    fn present_verbal(
        &self,
        toks: &[Tok],
        p: usize,
        head: usize,
        tense: Tense,
        prev_vp_end: Option<usize>,
    ) -> bool {
        let pv = &toks[p - 1];
        if pv.is(PRON | MODAL | DO | TO | NEG | COMPL) {
            return true;
        }
        if pv.is(CONJ) {
            // "will meet and discuss": coordinated with the verb right before.
            return prev_vp_end.is_some_and(|e| e + 1 >= p - 1 && e <= p);
        }
        // "The government, thus, rejects" / "Critics, including the EU, accuse".
        if pv.is(COMMA) && p >= 2 && (toks[p - 2].is(ADV) || toks[p - 2].mention.is_some()) {
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
        // "two artillery shells", "the peace talks": a determiner or a number two words
        // back makes it the head of a noun phrase; so does a verb right before its
        // modifier: "fired artillery shells".
        if p >= 2 && (toks[p - 2].is(DET | NUM) || prev_vp_end == Some(p - 1)) {
            return false;
        }
        // A common noun or adjective before it: "officials say" / "peace talks".
        if self.noun_like.contains(&toks[head].id) {
            return false;
        }
        let pw = self.dict.word(pv.id);
        let plural_prev = pw.ends_with('s') && !pw.ends_with("ss") || pv.id == UNKNOWN;
        match tense {
            Tense::Base => plural_prev,
            _ => !plural_prev,
        }
    }

    /// Auxiliary chain before the verb: negation, intent, passive voice; reduced relatives.
    pub(super) fn qualify(&self, toks: &[Tok], vp: &mut Vp) {
        let saw_be = self.auxiliary_chain(toks, vp);
        if saw_be && vp.tense == Tense::Past {
            vp.passive = true;
        }
        reduced_relative(toks, vp);
    }

    /// Walks the auxiliaries left of the verb, setting negation, intent, future, control
    /// ("is committed to") and the infinitive on `vp` and its `aux_start`; returns whether a
    /// form of "be" sits right before the verb (adverbs and negations aside).
    fn auxiliary_chain(&self, toks: &[Tok], vp: &mut Vp) -> bool {
        let mut j = vp.start;
        let mut saw_be = false;
        while j > 0 {
            let p = &toks[j - 1];
            if p.mention.is_some() {
                break;
            }
            if p.is(QUOTE) && j == vp.start && j >= 2 && toks[j - 2].is(MODAL | NEG | ADV) {
                // 'would "hunt down the attackers"': a quotation opening at the verb leaves
                // the auxiliaries before it the verb's own (a closing quote before "said"
                // follows no auxiliary)
            } else if p.is(NEG) {
                vp.negated = true;
            } else if p.is(MODAL) {
                vp.intended = true;
                let word = self.dict.word(p.id);
                vp.future |= matches!(word, "will" | "would" | "shall" | "'ll" | "wo");
                vp.possible |= p.is(POSSIBLE);
            } else if p.is(BE) {
                let inside = |k: usize| toks[k].is(ADV | NEG) || self.floating(toks, k);
                if (j..vp.start).all(inside) {
                    saw_be = true;
                }
            } else if p.is(HAVE) || p.is(DO) || p.is(ADV) || self.floating(toks, j - 1) {
            } else if p.is(TO) {
                if let Some(skip) = self.to_after_intent_word(toks, j, vp) {
                    j -= skip;
                    continue;
                }
                vp.infinitive = true;
                break;
            } else {
                break;
            }
            j -= 1;
        }
        vp.aux_start = j;
        saw_be
    }

    /// "is about to", "set to", "expected to" (intent) and "committed to" (control) before
    /// the "to" at word `j - 1`: the words to skip, after marking `vp`.
    fn to_after_intent_word(&self, toks: &[Tok], j: usize, vp: &mut Vp) -> Option<usize> {
        if j < 2 {
            return None;
        }
        let q = toks[j - 2].id;
        let intent = [
            self.w_about,
            self.w_set,
            self.w_going,
            self.w_due,
            self.w_poised,
            self.w_expected,
            self.w_likely,
        ];
        if intent.contains(&q) {
            vp.intended = true;
            return Some(2);
        }
        if self.w_commit_adj.contains(&q) {
            vp.control = Some((j - 2, j - 1, Control::Commit));
            return Some(2);
        }
        None
    }
}

/// "remarks published on Monday", "missiles fired by": a participle after a noun modifies
/// it (and is passive before "by").
fn reduced_relative(toks: &[Tok], vp: &mut Vp) {
    if vp.tense != Tense::Past || vp.aux_start != vp.start || vp.start == 0 {
        return;
    }
    let prev = &toks[vp.start - 1];
    let next = toks.get(vp.end);
    let prev_noun = match prev.mention {
        // "paid respects to a soldier killed in…": an actor inside a prepositional phrase
        // is not the subject of a clause.
        Some(m) => {
            let mut ms = vp.start - 1;
            while ms > 0 && toks[ms - 1].mention == Some(m) {
                ms -= 1;
            }
            while ms > 0 && toks[ms - 1].is(DET) {
                ms -= 1;
            }
            ms > 0 && toks[ms - 1].is(PREP | TO)
        }
        None => !prev.is(PUNCT | PRON | CONJ | COMPL | SUBORD | ADV | NEG) && !prev.cap,
    };
    if prev_noun && next.is_some_and(|nx| nx.is(PREP) || nx.is(COMMA)) {
        vp.modifier = true;
        if next.is_some_and(|nx| nx.is(BY)) {
            vp.passive = true;
        }
    }
}

/// Base / -s forms followed (same clause) by a past-tense verb are nouns: "a drone strike
/// killed", "Israeli strikes hit".
fn drop_nominal_bases(toks: &[Tok], vps: &mut Vec<Vp>) {
    let nominal = |a: usize| {
        let v = &vps[a];
        if !matches!(v.tense, Tense::Base | Tense::S)
            || v.aux_start != v.start
            || v.control.is_some()
        {
            return false;
        }
        vps.get(a + 1).is_some_and(|b| {
            b.tense == Tense::Past
                && b.aux_start == b.start
                && (v.end..b.start).all(|k| !toks[k].is(PUNCT | CONJ | COMPL | SUBORD | DET))
                && b.start - v.end <= 3
        })
    };
    let keep: Vec<bool> = (0..vps.len()).map(|a| !nominal(a)).collect();
    let mut k = 0;
    vps.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// A reduced relative ("remarks published on Monday, urged") needs a main verb after it;
/// without one the participle is the main verb ("the group released 19 hostages on Sunday").
/// A verb after a new clause ("…, but the company said", "…; police said") is that clause's
/// verb, not the main verb the participle waits for; nor is a closing participle after a
/// comma ("a coast guard vessel fired on a boat, wounding one of its crew": branch seas2),
/// nor a closing attribution ("…, the government said": branch seas3).
fn settle_reduced_relatives(toks: &[Tok], vps: &mut [Vp]) {
    for a in 0..vps.len() {
        let main_verb = |b: usize, v: &Vp| {
            b != a
                && !v.modifier
                && !closing_participle(toks, v)
                && !closing_attribution(toks, vps, b)
                && (v.start < vps[a].start || !clause_break(toks, vps[a].end, v.start))
        };
        let others = vps.iter().enumerate().any(|(b, v)| main_verb(b, v));
        if vps[a].modifier && !others {
            let by_next = toks.get(vps[a].end).is_some_and(|t| t.is(BY));
            if !by_next {
                vps[a].modifier = false;
            }
        }
    }
}

/// A bare -ing form right after a comma ("…, wounding one"): a participle clause, no finite
/// verb.
fn closing_participle(toks: &[Tok], v: &Vp) -> bool {
    v.tense == Tense::Ger && v.aux_start == v.start && v.start > 0 && toks[v.start - 1].is(COMMA)
}

/// How many words a closing attribution's subject may span ("Trinidad and Tobago 's
/// foreign ministry").
const ATTRIBUTION_SUBJECT: usize = 7;

/// Is phrase `b` a speech verb closing its clause after a subject of its own that a comma
/// opens ("…, wounding one of its crew, the government said.", "…, police said, and …")?
/// It tells who reported the sentence, and waits for no main verb of the words before the
/// comma: a participle before it is the reported clause's own verb.
fn closing_attribution(toks: &[Tok], vps: &[Vp], b: usize) -> bool {
    let v = &vps[b];
    let closes = toks.get(v.end).is_none_or(|t| t.is(PUNCT));
    if !v.speech || v.aux_start != v.start || v.start == 0 || !closes {
        return false;
    }
    let from = v.start.saturating_sub(ATTRIBUTION_SUBJECT + 1);
    let Some(comma) = (from..v.start).rev().find(|&k| toks[k].is(COMMA)) else {
        return false;
    };
    let prev_end = b.checked_sub(1).map_or(0, |p| vps[p].end);
    comma + 1 < v.start && prev_end <= comma
}

/// Does a coordinated clause start between words `from` and `to`: a conjunction after a
/// comma, or a semicolon / colon / dash?
fn clause_break(toks: &[Tok], from: usize, to: usize) -> bool {
    (from..to.min(toks.len()))
        .any(|k| toks[k].is(BOUNDARY) || toks[k].is(CONJ) && k > from && toks[k - 1].is(COMMA))
}

/// A verb form right after mention `m` (which ends at word `p - 1`): a verb, unless a base
/// or -s form sits inside a noun phrase ("an anti-Gondor parade", "of the Russia talks").
/// The word after a date that sits between a control verb and its "to" ("refused on
/// Tuesday to let …", "agreed last week to resume …"), or `j` when none starts there.
fn after_date(toks: &[Tok], j: usize) -> usize {
    let n = toks.len();
    let mut k = j;
    while k < n && toks[k].is(PREP | DET | NUM) && !toks[k].is(TO) && toks[k].mention.is_none() {
        k += 1;
    }
    let date_start = k;
    while k < n && toks[k].is(TIME | NUM) {
        k += 1;
    }
    match k > date_start {
        true => k,
        false => j,
    }
}

fn after_mention(
    toks: &[Tok],
    p: usize,
    m: u32,
    head: usize,
    tense: Tense,
    prev_vp_end: Option<usize>,
) -> bool {
    if matches!(tense, Tense::Base | Tense::S) {
        let mut ms = p - 1;
        while ms > 0 && toks[ms - 1].mention == Some(m) {
            ms -= 1;
        }
        if prev_vp_end == Some(ms) {
            return false;
        }
        if ms > 0 && noun_phrase_before(toks, ms, head) {
            return false;
        }
    }
    tense != Tense::Ger
}

/// Whether the word before a mention starting at `ms` makes the mention and the form after
/// it one noun phrase.
fn noun_phrase_before(toks: &[Tok], ms: usize, head: usize) -> bool {
    let b = &toks[ms - 1];
    // "the Ghazni attacks in …", "the US strikes.": a noun before a preposition or
    // punctuation.
    let next = toks.get(head + 1);
    let noun_next = next.is_none_or(|nx| nx.is(PREP | PUNCT) && !nx.is(TO));
    // A possessed agent noun ("Chile's government", "its army") or a name's "of" phrase
    // ("the government of Chile") is a whole subject: the form after it is its verb unless
    // a preposition or punctuation follows ("Russia's army strikes on …").
    if owned_agent(toks, ms) {
        return noun_next;
    }
    // A determiner only marks a noun phrase inside a clause ("condemned the Gondor
    // parade"), not a clause-initial subject ("The EU agrees").
    let det_inside =
        b.is(DET) && ms >= 2 && !toks[ms - 2].is(CONJ | COMMA | BOUNDARY | QUOTE | SUBORD | COMPL);
    let np_internal =
        det_inside || b.is(PREP) && !b.is(TO) || b.is(PUNCT) && !b.is(COMMA | BOUNDARY | QUOTE);
    np_internal || b.is(DET) && noun_next
}

/// The mention at `ms` is the head of its own phrase after an owner: a lower-case agent
/// noun after a possessive ("Chile's government"), or a name after "of" that follows
/// another mention ("the government of Chile").
fn owned_agent(toks: &[Tok], ms: usize) -> bool {
    if ms < 2 {
        return false;
    }
    let (b, owner) = (&toks[ms - 1], &toks[ms - 2]);
    let common = !toks[ms].cap;
    let possessed = b.is(DET) && owner.mention.is_some() && common;
    let of_phrase =
        b.is(PREP) && !b.is(TO) && owner.mention.is_some() && owner.mention != toks[ms].mention;
    possessed || of_phrase
}
