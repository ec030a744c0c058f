//! Per sentence: mark the verb phrases, parse, find each phrase's sides and place, code it.
use super::*;

impl EventCoder {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn code_sentence(
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
        let (first, last) = (toks[0].span.start, toks[toks.len() - 1].span.end);
        if self.sport.is_sport(&text[first..last]) {
            return;
        }
        let analysis = self.parse(text, article_tokens, toks);
        self.add_parse_verbs(toks, &analysis.words, &mut vps);
        let (left_bounds, right_bounds) = clause_bounds(toks, &vps);
        split_at_new_subjects(&analysis.words, toks, &mut groups);
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
        let mut paths: Vec<String> = Vec::with_capacity(vps.len());
        for (vi, vp) in vps.iter().enumerate() {
            let control = vp.control.and_then(|(cs, ce, _)| {
                sent.predicate_in(toks[cs].span.start, toks[ce - 1].span.end)
            });
            let frame = preds[vi].map(|p| sent.frame(p, control));
            let mut path = frame.as_ref().map_or_else(String::new, |f| f.path.clone());
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
                path.push_str("; source: first actor before the verb (no subject word)");
            }
            let mut speaker = None;
            if let Some(frames::Status::Reported { speech }) = frame.as_ref().map(|f| f.status) {
                let sf = sent.frame(speech, None);
                let sp = self.source_side(&sent, toks, &groups, &sf, last_source);
                // "X says it has killed…": the pronoun is the speaker.
                if frame.as_ref().is_some_and(|f| f.source_pronoun) && sp.known() {
                    src = sp.clone();
                    path.push_str("; source: pronoun = the speaker");
                }
                speaker = Some(sp);
                speaker_of[vi] = preds.iter().position(|&p| p == Some(speech));
            }
            sources.push(src);
            targets.push(tgt);
            speaker_src.push(speaker);
            frames_by_vp.push(frame);
            paths.push(path);
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
            let (mut code, mut modality, specificity, src_override, tgt_override, neg_coded) =
                coded;
            if frame.status == frames::Status::Conditional && modality != Modality::Negated {
                modality = Modality::Conditional;
            }
            let mut src = sources[vi].clone();
            let mut tgt = targets[vi].clone();
            let mut path = paths[vi].clone();
            // A dictionary pattern's target ("condemn * attack on $") yields to the judged
            // act's agent ("condemned Russia's attack on Ukraine": Russia).
            let tgt_override = tgt_override.filter(|_| !frame.judged_agent);
            if src_override.is_some() || tgt_override.is_some() {
                path.push_str("; roles: the dictionary pattern's");
            }
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
                    if speech_before && matches!(crate::nlp::cameo::root(&c), Some(18..=20)) {
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
                path.push_str("; reported violence: the speaker accuses its source");
                tgt = t;
                src = speaker_side.cloned().unwrap_or_default();
            }
            // "will attack / would strike": announced violence is a threat (13x) whoever
            // reports it.
            if vp.future && !vp.negated && vp.control.is_none() && !own_announcement {
                if let Some(c) = code.forward.clone() {
                    if matches!(crate::nlp::cameo::root(&c), Some(18..=20)) {
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
                    match crate::nlp::cameo::root(&c) {
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
            // A negation the pattern coded starts the trigger, so the gate does not read it
            // again as the event's modality.
            let first = if neg_coded {
                vp.aux_start.min(vp.phrase_start())
            } else {
                vp.phrase_start()
            };
            let trig_start = toks[first].span.start;
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
                cameo: code_for_target(c, t.map(|(_, a)| a.code.as_str())),
                trigger,
                modality,
                speaker: speaker_p.clone(),
                location,
                confidence: conf,
                path: path.clone(),
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
            let fwd = code.forward.as_deref();
            let had_target = tgts.iter().any(Option::is_some);
            tgts.retain(|t| t.is_none_or(|(m, _)| !venue(text, ents, toks, m, fwd.unwrap_or(""))));
            let only_venues = had_target && tgts.is_empty();
            if tgts.is_empty() {
                tgts.push(None);
            }
            let mut made = 0;
            // "A and B agreed / met": co-subjects of a cooperative verb without an object act
            // on each other; of any other verb ("A and B pressed…" with a misparsed object)
            // they do not. Only a pair: three or more meeting is no dyad, and every pair of
            // them would be noise.
            let signed = fwd.is_some_and(|c| c.starts_with("057"));
            let reciprocal = (!tgt.known() || only_venues || signed && no_state_target(&tgts))
                && srcs.len() == 2
                && reciprocal_code(fwd.unwrap_or(""));
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
        let cx = nouns::NounContext {
            sent: &sent,
            words: &analysis.words,
            groups: &groups,
        };
        self.code_nouns(
            &cx,
            text,
            ents,
            si,
            toks,
            &actors,
            locations,
            last_source,
            first,
            out,
        );
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

    pub(super) fn location(
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
}

/// No target names a state or an organisation: the object's mentions are unresolved or
/// only a sector ("A and B signed a memorandum on military training" finds "military",
/// `---MIL`). Then co-subjects who sign (057) signed with each other: the object is the
/// document, not a party.
fn no_state_target(tgts: &[Option<(u32, &Actor)>]) -> bool {
    tgts.iter()
        .all(|t| t.is_none_or(|(_, a)| a.code.is_empty() || a.code.starts_with("---")))
}
