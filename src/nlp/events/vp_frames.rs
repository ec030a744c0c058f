//! One frame per verb phrase: its source and target sides, the speaker that reports it and
//! the explain path, from the parse (the first actor before the verb when the parse gives
//! the predicate no subject word).
use super::clause::ClauseTree;
use super::context::SentenceCx;
use super::*;

/// The path note of a source taken as the first actor before the verb because the parse
/// gave the predicate no subject word.
pub(super) const NO_SUBJECT_WORD: &str = "; source: first actor before the verb (no subject word)";

/// A verb phrase with what the parse says about it.
pub(super) struct VpFrame {
    pub(super) vp: Vp,
    /// The phrase's predicate word in the parse (a verbal word of its span).
    pub(super) pred: Option<usize>,
    /// `None`: the parse gives the phrase no verbal predicate; it is not coded.
    pub(super) frame: Option<frames::Frame>,
    pub(super) source: Side,
    pub(super) target: Side,
    /// The side of the speech verb that reports the phrase.
    pub(super) speaker: Option<Side>,
    /// The verb phrase of that speech verb.
    pub(super) speaker_of: Option<usize>,
    /// How the parse found the roles (`annotate --explain`).
    pub(super) path: String,
    /// The phrase's pattern-matching window: (left, right) clause bounds.
    pub(super) bounds: (usize, usize),
    /// The right bound for the patterns with an "as" element (`Scope::rb_as`).
    pub(super) rb_as: usize,
    /// The right bound for the patterns with no "to" element (`Scope::rb_to`).
    pub(super) rb_to: usize,
    /// Per token: in the predicate's own clause (`ClauseTree::tokens`): where its patterns match.
    pub(super) clause: Option<Vec<bool>>,
}

impl EventCoder {
    /// The frames of the sentence's verb phrases; `preds[i]`: the predicate word of `vps[i]`.
    pub(super) fn vp_frames(
        &self,
        cx: &SentenceCx,
        vps: Vec<Vp>,
        preds: &[Option<usize>],
    ) -> Vec<VpFrame> {
        let attributive = super::window::attributive_phrases(cx.words, cx.toks, &vps);
        let stative = super::window::stative_attributes(cx.words, cx.toks, &vps, &attributive);
        let (left, right) = clause_bounds(cx.toks, &vps, &attributive, &[]);
        let prepositional = super::window::prepositional_subordinators(cx.words, cx.toks);
        let (_, right_as) = clause_bounds(cx.toks, &vps, &attributive, &prepositional);
        let right_to = super::parsed::bounds_before_infinitive(&vps, &attributive, &right);
        let tree = ClauseTree::new(cx.words, preds);
        let mut vfs: Vec<VpFrame> = vps
            .into_iter()
            .enumerate()
            .map(|(vi, vp)| {
                let mut vf = VpFrame {
                    vp,
                    pred: preds[vi],
                    frame: None,
                    source: Side::default(),
                    target: Side::default(),
                    speaker: None,
                    speaker_of: None,
                    path: String::new(),
                    bounds: (left[vi], right[vi]),
                    rb_as: right_as[vi],
                    rb_to: right_to[vi],
                    clause: preds[vi].map(|p| tree.tokens(cx.toks, p)),
                };
                // "an armed group", "the disputed border": a state, no one's act.
                if let Some(p) = vf.pred.filter(|_| !stative[vi]) {
                    self.fill_frame(cx, &mut vf, p, preds);
                }
                vf
            })
            .collect();
        summoner_sources(&mut vfs);
        vfs
    }

    /// The frame of predicate `p` and the sides it names.
    fn fill_frame(&self, cx: &SentenceCx, vf: &mut VpFrame, p: usize, preds: &[Option<usize>]) {
        let toks = cx.toks;
        let control = vf.vp.control.and_then(|(cs, ce, _)| {
            cx.sent
                .predicate_in(toks[cs].span.start, toks[ce - 1].span.end)
        });
        let f = cx.sent.frame(p, control);
        vf.path = f.path.clone();
        super::offered::mark_offered(cx, &f, &mut vf.path);
        vf.target = side_of(cx.groups, &f.target);
        if f.source_word.is_none() && !f.passive {
            let ps = vf.vp.aux_start.min(vf.vp.phrase_start());
            vf.source = self.subject(toks, cx.groups, vf.bounds.0, ps);
            vf.path.push_str(NO_SUBJECT_WORD);
        } else {
            vf.source = self.source_side(cx.sent, toks, cx.groups, &f, cx.last_source);
        }
        if let frames::Status::Reported { speech } = f.status {
            self.reported_by(cx, vf, &f, (p, speech), preds);
        } else if let Some(speech) = conditioned_speech(cx, &f, p) {
            self.reported_by(cx, vf, &f, (p, speech), preds);
        }
        if f.threat_agent
            .as_ref()
            .is_some_and(|a| !own_response(cx, &vf.source, a))
        {
            // "the US warned that China would invade Y if …": a third party's act, a
            // forecast of the speaker's, not the speaker's threat to Y.
            vf.target = Side::default();
            vf.path
                .push_str("; target dropped: the warned response is a third party's");
        }
        vf.frame = Some(f);
    }

    /// The speaker of a reported phrase (predicate `p`): the source of the speech verb
    /// `speech`.
    fn reported_by(
        &self,
        cx: &SentenceCx,
        vf: &mut VpFrame,
        f: &frames::Frame,
        (p, speech): (usize, usize),
        preds: &[Option<usize>],
    ) {
        let sf = cx.sent.frame(speech, None);
        let sp = self.source_side(cx.sent, cx.toks, cx.groups, &sf, cx.last_source);
        // "X says it has killed…": the pronoun is the speaker, if their numbers agree.
        let fits = match (f.source_word, sf.source_word) {
            (Some(p), Some(s)) => cx.sent.pronoun_fits_speaker(p, s),
            _ => true,
        };
        if f.source_pronoun && self.nearer_subject(cx, f, p, speech) {
            // only the pronoun's own antecedent, never the speaker or the last source
            vf.source = side_of(cx.groups, &f.source);
            vf.path
                .push_str("; source: pronoun under another subject's clause, not the speaker");
        } else if f.source_pronoun && sp.known() && fits {
            vf.source = sp.clone();
            vf.path.push_str("; source: pronoun = the speaker");
        }
        vf.speaker = Some(sp);
        vf.speaker_of = preds.iter().position(|&p| p == Some(speech));
    }

    /// "Croatia said Serbia must account … before it can join": between the pronoun's
    /// predicate `p` and the speech verb a clause has an actor subject the pronoun can stand
    /// for, nearer than the speaker (`frames::Sentence::clause_between`).
    fn nearer_subject(&self, cx: &SentenceCx, f: &frames::Frame, p: usize, speech: usize) -> bool {
        let Some(mid) = cx.sent.clause_between(p, speech) else {
            return false;
        };
        let mf = cx.sent.frame(mid, None);
        let fits = match (f.source_word, mf.source_word) {
            (Some(pw), Some(s)) => cx.sent.pronoun_fits_speaker(pw, s),
            _ => false,
        };
        !mf.source_pronoun && fits && side_of(cx.groups, &mf.source).known()
    }

    /// Fallback when the parse gives a predicate no subject word at all (a mis-attached
    /// subject): the first actor group of the clause before the verb, as a word window.
    pub(super) fn subject(&self, toks: &[Tok], groups: &[Group], lb: usize, ps: usize) -> Side {
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
}

/// Is the subject of a warned response (`agent`, actor groups) on the warning source's
/// side: a country of the source, or no country of its own ("its forces", a pronoun)?
fn own_response(cx: &SentenceCx, source: &Side, agent: &[u32]) -> bool {
    let own = super::actors::countries_of(cx.actors, &source.mentions);
    let theirs = super::actors::countries_of(cx.actors, &side_of(cx.groups, agent).mentions);
    theirs.is_empty() || theirs.iter().all(|c| own.contains(c))
}

/// A summons' purpose whose parse gives no subject word ("… and had called in Y's envoy to
/// seek …" with "called" hung under a noun) takes the summons phrase's source, as the
/// purpose's own subject would be the summoner's: not the first actor before the infinitive,
/// which is the envoy's.
fn summoner_sources(vfs: &mut [VpFrame]) {
    for i in 0..vfs.len() {
        let summons = vfs[i]
            .frame
            .as_ref()
            .filter(|f| f.source_word.is_none() && !f.passive)
            .and_then(|f| f.summons_purpose)
            .map(|(h, _)| h);
        let Some(from) = summons.and_then(|h| vfs.iter().position(|v| v.pred == Some(h))) else {
            continue;
        };
        vfs[i].source = vfs[from].source.clone();
        vfs[i].path.push_str("; source: the summons phrase's");
    }
}

/// "X said it would take the case to Z if …": a pronoun subject of a conditioned complement
/// of a speech verb stands for the speaker, as it does without the condition (the frame's
/// status is then `Conditional`, not `Reported`, so the speaker is found here). The speech
/// verb at the complement's head, if any (branch detained2).
fn conditioned_speech(cx: &SentenceCx, f: &frames::Frame, p: usize) -> Option<usize> {
    let lex = crate::nlp::frames::FrameLexicon::builtin().ok()?;
    let w = cx.words.get(p)?;
    let h = (w.head as usize).checked_sub(1)?;
    let speaks = cx
        .words
        .get(h)
        .is_some_and(|s| lex.is_speech(&s.lemma.to_lowercase()));
    let conditional = matches!(f.status, frames::Status::Conditional);
    (conditional && f.source_pronoun && w.deprel == "ccomp" && speaks).then_some(h)
}
