//! A verb phrase's frame coded: the dictionary code and its qualifiers (condition, report,
//! claimed or accused violence, threat, intent), then one event per actor pair.
use super::context::SentenceCx;
use super::vp_frames::VpFrame;
use super::*;
use pairs::actor_pairs;

mod coordinated;
mod pair_commitment;
mod pairs;
mod pattern_conjuncts;
mod upheld;

/// The verb-phrase events of a sentence, before the sentence's filters.
pub(super) struct VerbEvents {
    /// (verb phrase, event), in coding order.
    pub(super) pending: Vec<(usize, CodedEvent)>,
    /// Per verb phrase: it coded at least one event.
    pub(super) emitted: Vec<bool>,
    /// Per verb phrase that coded: its source is a named participant the dictionaries lack.
    pub(super) named_src: Vec<bool>,
}

/// One verb phrase's event as it is coded.
struct Coding {
    /// The phrase, with the parse's negation and voice.
    vp: Vp,
    code: EventCode,
    modality: Modality,
    specificity: u16,
    /// The pattern coded a negation: it starts the trigger.
    neg_coded: bool,
    src: Side,
    tgt: Side,
    /// The reporting speaker's mentions (the speech verb's source, or "according to X").
    speaker: Option<Vec<u32>>,
    path: String,
    /// The co-subjects act on an event of their own ("A and B delayed their meeting").
    joint: bool,
    /// The co-subjects' object is marked as shared ("joint drills", `Frame::shared_object`).
    shared: bool,
    /// The shared act names a partner ("a joint body with C", `Frame::joint_partner`).
    joint_partner: bool,
    /// The frame's target is only the topic of the act (`Frame::topic_target`).
    topic: bool,
    /// A verb of giving (`Frame::giving`): co-subjects give to a third party.
    giving: bool,
}

/// An actor of a side: its mention and one of the mention's actors (`None`: no actor).
type Party<'m> = Option<(u32, &'m Actor)>;

/// A party with the side it was found on.
type Role<'m> = (Party<'m>, &'m Side);

/// What every event of one verb phrase shares.
struct Shared {
    trigger: Span,
    speaker: Option<Participant>,
    location: Option<usize>,
    confidence: f32,
}

impl EventCoder {
    /// Codes every verb phrase that the parse gives a frame and asserts (or reports).
    pub(super) fn code_frames(&self, cx: &SentenceCx, vfs: &[VpFrame]) -> VerbEvents {
        let mut ev = VerbEvents {
            pending: Vec::new(),
            emitted: vec![false; vfs.len()],
            named_src: vec![false; vfs.len()],
        };
        for (vi, vf) in vfs.iter().enumerate() {
            let Some(c) = self.coding(cx, vf) else {
                continue;
            };
            let events = self.phrase_events(cx, &c);
            if !events.is_empty() {
                ev.emitted[vi] = true;
                ev.named_src[vi] = c.src.named;
            }
            ev.pending.extend(events.into_iter().map(|e| (vi, e)));
        }
        drop_repeated_said_threats(vfs, &mut ev.pending);
        ev
    }

    /// The qualified code of a phrase whose frame is asserted or reported, with its sides;
    /// `None` when no pattern matches or no actor takes part.
    fn coding(&self, cx: &SentenceCx, vf: &VpFrame) -> Option<Coding> {
        let frame = vf.frame.as_ref()?;
        if matches!(
            frame.status,
            frames::Status::Embedded { .. } | frames::Status::Description
        ) {
            return None;
        }
        let mut vp = vf.vp.clone();
        vp.negated |= frame.negated;
        vp.passive = frame.passive;
        // a causative's infinitive is its object's act ("prompting Y to accuse Z")
        // and so is a summons' purpose, the summoner's ("summoned Y's envoy to demand …")
        vp.infinitive &= !(frame.caused || frame.summons_purpose.is_some());
        let VpCode {
            code,
            mut modality,
            specificity,
            source_words: src_o,
            target_words: tgt_o,
            neg_coded,
        } = self.dictionary_code(cx, vf, &vp)?;
        // A statement coded a threat for its conditional measure is the threat itself, so it
        // is read as one below: "X will block the package unless Y …, X's minister said" may hang the
        // "unless" on the speech verb, and the warning was made all the same.
        let mut code = said_threat(vf, frame, code);
        // A threat's "if" clause is what it demands ("issued an ultimatum, warning of action
        // if Y does not withdraw"), as the threatened frame reads it for "threaten": the
        // threat was made, whatever the clause's parse hangs on.
        let threat = code.forward.as_deref().and_then(crate::nlp::cameo::root) == Some(13);
        if frame.status == frames::Status::Conditional && modality != Modality::Negated && !threat {
            modality = Modality::Conditional;
        }
        // the parse may hang the condition elsewhere; the gate reads it in the text
        let conditioned = frame.status == frames::Status::Conditional
            || vf.pred.is_some_and(|p| cx.sent.condition_after(p));
        if let Some(threat) = conditional_threat(&vp, &code).filter(|_| conditioned) {
            if modality != Modality::Negated {
                modality = Modality::Threatened;
                code = single(threat);
            }
        }
        // The host of others' talks is not visited by them: no reverse code.
        let code = match frame.hosted_parties {
            true => EventCode {
                reverse: None,
                ..code
            },
            false => code,
        };
        let mut c = Coding {
            vp,
            code,
            modality,
            specificity,
            neg_coded,
            src: vf.source.clone(),
            tgt: vf.target.clone(),
            speaker: None,
            path: vf.path.clone(),
            joint: frame.joint_object,
            shared: frame.shared_object,
            joint_partner: frame.joint_partner,
            topic: frame.topic_target,
            giving: frame.giving,
        };
        // A dictionary pattern's target ("condemn * attack on $") yields to the judged
        // act's agent ("condemned Russia's attack on Ukraine": Russia).
        let tgt_o = tgt_o.filter(|t| {
            !frame.judged_agent
                && frame.labelled_act.is_none()
                && frame.summons_purpose.is_none()
                && !super::actors::absolute_subjects(cx, t)
        });
        let tgt_o = pattern_conjuncts::with_conjuncts(cx, &c.tgt, tgt_o, &mut c.path);
        pattern_roles(&mut c, src_o, tgt_o);
        aided_party(cx, frame, &mut c);
        attacked_place(cx, frame, &mut c);
        coordinated::coordinated_party(cx, frame, &mut c);
        pair_commitment::pair_commitment(cx, frame, &mut c);
        if !has_actor(cx, &c) {
            return None;
        }
        if super::forecast::forecast_of_thing(cx, vf, &c.vp, &c.code, &c.src)
            || super::desired::wish_about_party(cx, vf, &c.code, &c.tgt)
        {
            return None;
        }
        if super::desired::wish_about_act(cx, vf, &c.code, &c.tgt) {
            c.code = single("013");
        }
        qualify_reported(cx, vf, &mut c);
        passive_appeal_by_speaker(vf, frame, &mut c);
        // a mandative clause's act is only asked for: with no demander to recode it to,
        // it is no act of its subject either ("…, he said, and repeated its demand that Y
        // withdraw")
        if !demand_in_speech(vf, frame, &mut c) && frame.mandative {
            return None;
        }
        expressing_call(frame, &mut c);
        call_paid(cx, frame, &mut c);
        accusing_statement(cx, frame, &mut c);
        upheld::upheld_statement(cx, frame, &mut c);
        Some(c)
    }

    /// The dictionaries' code of `vp` within its window and clause, or else the response a
    /// speaker announces ("will respond"), which no dictionary pattern names.
    fn dictionary_code(&self, cx: &SentenceCx, vf: &VpFrame, vp: &Vp) -> Option<VpCode> {
        let (lb, rb) = vf.bounds;
        let end = super::agent_cut::agent_cut(cx.toks, vp);
        let scope = Scope {
            lb,
            rb: rb.min(end),
            rb_as: vf.rb_as.min(end),
            rb_to: vf.rb_to.min(end),
            clause: vf.clause.as_deref(),
        };
        let coded = self
            .code_vp(cx.toks, vp, &scope)
            .or_else(|| {
                // the frame's warned party: the one the response's condition asks to act
                let conditioned = vf.frame.as_ref().is_some_and(|f| f.threat_agent.is_some());
                super::responses::announced_response(cx, vp, vf.pred?, conditioned)
            })
            .or_else(|| self.passive_object_code(cx, vf, vp))
            .or_else(|| super::handed_to::handover_code(cx, vf, vp));
        let coded = super::escalation::escalation_code(cx, vf, vp, coded);
        let coded = coded.or_else(|| super::summoned::summoned_code(vf.frame.as_ref()?, vp));
        let coded = match vf.frame.as_ref() {
            Some(frame) => super::summoned::purpose_code(frame, coded),
            None => coded,
        };
        match vf.frame.as_ref() {
            Some(frame) => super::labelled::labelled_code(cx, frame, vp, coded),
            None => coded,
        }
    }

    /// One event per actor pair of the phrase.
    fn phrase_events(&self, cx: &SentenceCx, c: &Coding) -> Vec<CodedEvent> {
        // A negation the pattern coded starts the trigger, so the gate does not read it
        // again as the event's modality.
        let first = if c.neg_coded {
            c.vp.aux_start.min(c.vp.phrase_start())
        } else {
            c.vp.phrase_start()
        };
        let trigger = Span::new(cx.toks[first].span.start, cx.toks[c.vp.end - 1].span.end);
        let sh = Shared {
            trigger,
            speaker: speaker_participant(cx, c.speaker.as_ref()),
            location: self.location(cx.ents, cx.toks, cx.locations, &c.src, &c.tgt),
            confidence: confidence(cx, c),
        };
        actor_pairs(cx, c)
            .into_iter()
            .map(|(s, t, code)| {
                // a pair of co-subjects: the target is on the source's side
                let together = failed_together(c) && std::ptr::eq(t.1, &c.src);
                let mut e = event(cx, c, &sh, s, t, code);
                if std::ptr::eq(s.1, &c.tgt) {
                    e.path.push_str(crate::nlp::events::OTHER_SIDE);
                }
                if together {
                    e.modality = match c.speaker {
                        Some(_) => Modality::Reported,
                        None => Modality::Asserted,
                    };
                    e.path.push_str(FAILED_TOGETHER);
                }
                e
            })
            .collect()
    }
}

/// How `annotate --explain` names a failure of co-subjects to agree with each other.
const FAILED_TOGETHER: &str = "; failed together: the parties did not agree";

/// "A and B failed to reach agreement": the control verb gives a failed cooperation its
/// non-cooperation code (12x). When co-subjects failed to cooperate with each other, their
/// not agreeing is what happened: each is coded against the other, as asserted (a failure
/// with another target stays the negated act).
fn failed_together(c: &Coding) -> bool {
    matches!(c.vp.control, Some((_, _, Control::Fail)))
        && crate::nlp::cameo::root(c.code.forward.as_deref().unwrap_or("")) == Some(12)
}

/// Aid (CAMEO 07) or a pledge of it (033) with no target goes to the party its purpose
/// clause helps ("provided $N to support Y") or its object is for ("$N in funding for Y");
/// another offer (03) only to the party its clause of helping names.
/// Only aid: other codes of a sending ("sent troops to help Y" is force in the dictionary)
/// keep their target unknown.
fn aided_party(cx: &SentenceCx, frame: &frames::Frame, c: &mut Coding) {
    let code = c.code.forward.as_deref().unwrap_or("");
    let aid = crate::nlp::cameo::root(code) == Some(7) || code.starts_with("033");
    // A donor is not its own recipient: "announced 10 million New Zealand dollars in support
    // for Y" names the donor's country in the currency, not in the party aided.
    let to_itself = || c.tgt.known() && super::own_side::same_side(cx.actors, &c.src, &c.tgt);
    // Nor is an agent of no country: "N kronor in military aid to Y" reads "military" as
    // forces; the aid is for Y.
    // Nor is the country of the currency when no donor is placed: "donors pledged 210
    // million US dollars to help Y".
    let unplaced =
        !c.tgt.known() || to_itself() || countryless(cx, &c.tgt) || currency_country(cx, &c.tgt);
    // An offer or promise with no party of its own serves whom its purpose clause helps:
    // "offered to send experts to help Y" is an offer to Y (branch offers3).
    let offer = crate::nlp::cameo::root(code) == Some(3) && !c.tgt.known() && frame.helped;
    if (aid && unplaced || offer) && !frame.beneficiary.is_empty() {
        c.tgt = side_of(cx.groups, &frame.beneficiary);
        c.path.push_str("; target: whom the aid is for");
    } else if aid && c.tgt.known() && currency_country(cx, &c.tgt) {
        // With no party the aid is for in the sentence, the currency's country is still no
        // recipient ("Ottawa pledged 9 million Canadian dollars"): the act is left
        // without one, for the story's recipient (`aid_recipient.rs`, branch recall83).
        c.tgt = Side::default();
        c.path.push_str(CURRENCY_ONLY);
    }
}

/// How `annotate --explain` names an aid act whose only party after the verb was the
/// country of its currency (read as "target: none" by `aid_recipient.rs`).
const CURRENCY_ONLY: &str = "; target: none, only the currency's country";

/// Every mention of the side is followed by a currency ("US dollars", "Australian
/// dollars"): the side names the money, not a party.
fn currency_country(cx: &SentenceCx, side: &Side) -> bool {
    static CURRENCY: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let currency =
        CURRENCY.get_or_init(|| crate::nlp::lexicon::List::MentionWords.words("currency-noun"));
    !side.mentions.is_empty()
        && side.mentions.iter().all(|&m| {
            cx.ents.mentions.get(m as usize).is_some_and(|mention| {
                super::reactions::words_after(cx.text, mention.span)
                    .next()
                    .is_some_and(|w| currency.contains(&w))
            })
        })
}

/// Violence (CAMEO 18-20) on agents of no country ("struck camps of exile groups in Y")
/// falls on the place the parse names below the act: the state where they were hit. (Not a
/// show of force, 15: "deployed troops to Y" is as often Y's ally's help as a threat to Y.)
fn attacked_place(cx: &SentenceCx, frame: &frames::Frame, c: &mut Coding) {
    let code = c.code.forward.as_deref().unwrap_or("");
    let violent = crate::nlp::cameo::root(code).is_some_and(|r| (18..=20).contains(&r));
    if violent && c.tgt.known() && !frame.placed_below.is_empty() && countryless(cx, &c.tgt) {
        c.tgt = side_of(cx.groups, &frame.placed_below);
        c.path.push_str("; target: where the agents were hit");
    } else if violent && !c.tgt.known() && !frame.struck_place.is_empty() {
        // No target at all ("struck what it called hideouts in Y's province"): the act fell
        // on the state where it struck, unless that is the source's own country (a state's
        // forces fighting at home) or the source has none.
        let place = side_of(cx.groups, &frame.struck_place);
        if foreign_place(cx, &c.src, &place) {
            c.tgt = place;
            c.path.push_str("; target: the state where the act struck");
        }
    }
}

/// The countries of `place` are known and none of them is one of `src`'s (which must be
/// known too).
fn foreign_place(cx: &SentenceCx, src: &Side, place: &Side) -> bool {
    let own = super::actors::countries_of(cx.actors, &src.mentions);
    let there = super::actors::countries_of(cx.actors, &place.mentions);
    !own.is_empty() && !there.is_empty() && there.iter().all(|c| !own.contains(c))
}

/// Every mention of the side names only agents of no country ("---" codes).
fn countryless(cx: &SentenceCx, side: &Side) -> bool {
    side.mentions.iter().all(|m| {
        cx.actors
            .get(m)
            .is_some_and(|a| !a.is_empty() && a.iter().all(|a| a.code.starts_with("---")))
    })
}

/// The sides a dictionary pattern names replace the parse's.
fn pattern_roles(c: &mut Coding, src: Option<Vec<u32>>, tgt: Option<Vec<u32>>) {
    if src.is_some() || tgt.is_some() {
        c.path.push_str("; roles: the dictionary pattern's");
    }
    let side = |mentions| Side {
        mentions,
        tokens: None,
        named: false,
    };
    if let Some(g) = src {
        // "X drew a protest (FROM $)": the parse took the `from` author for the target; the
        // act is addressed to the subject, as in PETRARCH when a pattern names only the source
        let from_target = tgt.is_none() && c.tgt.mentions.iter().any(|m| g.contains(m));
        let old = std::mem::replace(&mut c.src, side(g));
        if from_target {
            c.tgt = old;
            c.path.push_str(super::reactions::SUBJECT_ADDRESSED);
        }
    }
    if let Some(g) = tgt {
        c.tgt = side(g);
    }
}

/// An event needs an actor unless the whole sentence has none (then it is coded
/// generically), and then a subject.
fn has_actor(cx: &SentenceCx, c: &Coding) -> bool {
    let (src, tgt) = (&c.src, &c.tgt);
    if cx.has_actors && !src.known() && !tgt.known() && !src.named && !tgt.named {
        return false;
    }
    if !src.known() && !cx.has_actors && src.tokens.is_none() && !tgt.known() {
        // No subject at all: an imperative or a fragment.
        if c.vp.phrase_start() == 0 {
            return false;
        }
    }
    true
}

/// The speaker and what a report, a future or an announcement makes of the code.
fn qualify_reported(cx: &SentenceCx, vf: &VpFrame, c: &mut Coding) {
    let speaker_side = vf.speaker.as_ref().filter(|s| s.known());
    c.speaker = speaker_side
        .map(|s| s.mentions.clone())
        .or_else(|| cx.according.clone());
    if c.speaker.is_some() && c.modality == Modality::Asserted {
        c.modality = Modality::Reported;
    }
    // "X said it will release / would allow …": an actor announcing its own future action
    // expresses intent (03x) or threatens (13x).
    let own_announcement = c.vp.future
        && !c.vp.negated
        && c.vp.control.is_none()
        && speaker_side.is_some_and(|s| s.mentions == c.src.mentions);
    reported_violence(cx, vf, speaker_side, c);
    // "will attack / would strike": announced violence is a threat (13x) whoever reports it;
    // so is an announced threat code ("would respond in kind": the announcement is the act).
    if c.vp.future && !c.vp.negated && c.vp.control.is_none() && !own_announcement {
        if let Some(code) = c.code.forward.clone() {
            match crate::nlp::cameo::root(&code) {
                Some(18..=20) => {
                    c.modality = Modality::Threatened;
                    c.code = single(threat_code(&code));
                }
                Some(13) => c.modality = Modality::Threatened,
                _ => {}
            }
        }
    }
    if own_announcement {
        announced(c);
    }
}

/// "X's ministry said the case was closed, and Y was urged to respect its courts": an appeal
/// or demand in the passive with no agent, in a clause X reports, is X's own (a reported
/// appeal whose author the speaker leaves unsaid is the speaker's); never an appeal to the
/// speaker itself (branch fresh5).
fn passive_appeal_by_speaker(vf: &VpFrame, frame: &frames::Frame, c: &mut Coding) {
    let Some(sp) = vf.speaker.as_ref().filter(|s| s.known()) else {
        return;
    };
    let root = c.code.forward.as_deref().and_then(crate::nlp::cameo::root);
    let appeal = matches!(root, Some(2 | 10));
    if !frame.passive || c.src.known() || !appeal || c.vp.negated || sp.mentions == c.tgt.mentions {
        return;
    }
    c.src = sp.clone();
    c.path
        .push_str("; a passive appeal with no agent in reported speech: the speaker's");
}

/// "X said Y should / must / needs to <act>" (the frame's `demanded_by`): X demands of Y
/// (CAMEO 100, REQUEST), Y has not acted. Only an active, unnegated clause whose subject
/// and speaker both resolve to actors; "X said it must act" stays X's own obligation.
/// Whether the act was recoded as the demand.
fn demand_in_speech(vf: &VpFrame, frame: &frames::Frame, c: &mut Coding) -> bool {
    let Some(sp) = vf.speaker.as_ref().filter(|s| s.known()) else {
        return false;
    };
    let mine = sp.mentions == c.src.mentions;
    if frame.demanded_by.is_none() || frame.passive || c.vp.negated || !c.src.known() || mine {
        return false;
    }
    c.tgt = std::mem::replace(&mut c.src, sp.clone());
    c.code = single("100");
    c.modality = Modality::Asserted;
    c.speaker = None;
    c.path
        .push_str("; demanded in reported speech: the speaker demands of the subject");
    true
}

/// "X called Y to express solidarity" (the frame's `expressing_call`): a telephone call
/// with Y (041, both ways), not an appeal to Y; only with Y resolved to an actor.
fn expressing_call(frame: &frames::Frame, c: &mut Coding) {
    if frame.expressing_call && c.tgt.known() && !c.vp.negated {
        c.code = EventCode {
            forward: Some("041".into()),
            reverse: Some("041".into()),
        };
        c.path
            .push_str("; a call made to express something: a telephone call");
    }
}

/// "X held talks with Y and later called on the president" (the frame's `call_paid`): an
/// appeal code with nothing asked, to a person (the target names one), is a visit paid (042;
/// hosted, 043, the other way). A call on a state or a body with nothing asked stays as coded.
fn call_paid(cx: &SentenceCx, frame: &frames::Frame, c: &mut Coding) {
    let appeal = c.code.forward.as_deref().and_then(crate::nlp::cameo::root) == Some(2);
    let persons = c.tgt.known()
        && c.tgt.mentions.iter().any(|&m| {
            cx.ents
                .mentions
                .get(m as usize)
                .is_some_and(|m| m.entity_type == EntityType::Person)
        });
    if frame.call_paid && appeal && persons && !c.vp.negated {
        c.code = EventCode {
            forward: Some("042".into()),
            reverse: Some("043".into()),
        };
        c.path
            .push_str("; a call paid on a person, nothing asked: a visit");
    }
}

/// "X said Y had violated the truce / had fished illegally" (the frame's `accused`): a
/// statement whose content is another actor's wrongdoing is X accusing Y (112). Not when
/// Y is X itself or X's own side (a report of its own acts), nor for a statement coded as
/// more than a statement.
fn accusing_statement(cx: &SentenceCx, frame: &frames::Frame, c: &mut Coding) {
    let Some(accused) = content_party(cx, &frame.accused, c) else {
        return;
    };
    c.code = single("112");
    c.tgt = accused;
    c.path
        .push_str("; the statement's content is the target's wrongdoing: an accusation");
}

/// The side named by `groups` (a party a statement's content is about: `Frame::accused`,
/// `Frame::upheld`), when `c` is a plain statement (01), not negated, by a known speaker,
/// and the side is another one: not the speaker itself nor the speaker's own side.
fn content_party(cx: &SentenceCx, groups: &[u32], c: &Coding) -> Option<Side> {
    let statement = c.code.forward.as_deref().and_then(crate::nlp::cameo::root) == Some(1);
    if groups.is_empty() || !statement || c.vp.negated || !c.src.known() {
        return None;
    }
    let party = side_of(cx.groups, groups);
    let other = party.known()
        && party.mentions != c.src.mentions
        && !super::own_side::same_side(cx.actors, &c.src, &party);
    other.then_some(party)
}

/// Reported violence: "X said it attacked Y" is X's own account of its attack, kept as the
/// attack (PETRARCH's claim of responsibility, 015, is a statement with no PLOVER type, and
/// the attacker's word is the news's source for the act); "X said Y attacked" is X accusing
/// Y (112), unless Y is X's own side. Coercion of people ("X said Y's guards had forced
/// migrants back", "said Y was deporting refugees") told by another party is that
/// party's charge too, as the gold's conventions code it (an act embedded in someone else's
/// accusation is not asserted); told by its author or its side it stays the act as told.
fn reported_violence(cx: &SentenceCx, vf: &VpFrame, speaker_side: Option<&Side>, c: &mut Coding) {
    if c.modality != Modality::Reported || c.vp.future {
        return;
    }
    let speech_before = match vf.frame.as_ref().map(|f| f.status) {
        Some(frames::Status::Reported { speech }) => vf.pred.is_some_and(|p| speech < p),
        _ => false,
    };
    let (Some(sp), Some(code)) = (speaker_side, c.code.forward.as_deref()) else {
        return;
    };
    let root = crate::nlp::cameo::root(code);
    let violence = matches!(root, Some(18..=20));
    // Forcing, deporting and repressing people (170, 174, 175) are wrongs the teller charges;
    // an arrest, a seizure or a ban (171–173) told by the state whose people or goods it hit
    // is a fact it reports ("said Y had detained dozens of its nationals"), kept as the act.
    let coercion = matches!(code.get(..3), Some("170" | "174" | "175"));
    if !speech_before || !(violence || coercion) {
        return;
    }
    if coercion && !charged_coercion(cx, sp, c) {
        return;
    }
    if sp.mentions == c.src.mentions {
        c.path.push_str(OWN_ACT_NOTE);
    } else if super::own_side::same_side(cx.actors, sp, &c.src) {
        // The speaker's own forces: its claim of the act, coded as the speaker's.
        c.path.push_str(OWN_SIDE_NOTE);
        c.src = sp.clone();
    } else if c.src.known() {
        c.code = single("112");
        c.path
            .push_str("; reported violence: the speaker accuses its source");
        c.tgt = std::mem::replace(&mut c.src, sp.clone());
    }
}

/// Is reported coercion the speaker's charge against another party? Only where the speaker
/// and the act's author are both placed (an unplaced "government spokesman" may speak for
/// the author), the author is the clause's own subject word (not the first actor before the
/// verb) and not of the speaker's country or side, and the act names whom it coerces.
fn charged_coercion(cx: &SentenceCx, sp: &Side, c: &Coding) -> bool {
    let placed = |side: &Side| super::own_side::placed_side(cx.actors, side);
    placed(sp)
        && placed(&c.src)
        && c.tgt.known()
        && !c.path.contains(super::vp_frames::NO_SUBJECT_WORD)
        && !shares_country(cx, sp, &c.src)
        && !super::own_side::same_side(cx.actors, sp, &c.src)
}

/// Do two sides name a common country ("Sweden's prime minister" and "Stockholm")?
fn shares_country(cx: &SentenceCx, a: &Side, b: &Side) -> bool {
    let theirs = super::actors::countries_of(cx.actors, &b.mentions);
    super::actors::countries_of(cx.actors, &a.mentions)
        .iter()
        .any(|c| theirs.contains(c))
}

/// "X will close its border with Y if the raids go on", "X would expel Y's diplomats unless
/// …": a hostile act (sanctions, coercion, force: 16–20) announced in the future under its
/// own condition is a threat of it (13x) now, not an act that may happen. The condition's
/// verb ("if Y attacks") is no future, and a negated act ("will not close … if") is no threat.
/// A lawsuit (115) so announced ("X will take Y to the court if …") is a threat of it too.
/// So is a possible one under its condition ("X could suspend the accord with Y if …",
/// branch threats3): the condition makes the possibility a lever, not a forecast.
fn conditional_threat(vp: &Vp, code: &EventCode) -> Option<&'static str> {
    let fwd = code.forward.as_deref()?;
    let hostile = matches!(crate::nlp::cameo::root(fwd), Some(16..=20)) || fwd.starts_with("115");
    let announced = vp.future || vp.possible;
    (announced && !vp.negated && vp.control.is_none() && hostile).then(|| threat_code(fwd))
}

/// "X said the closure could be extended if Y does not stop" (`Frame::said_threat`): the
/// statement is X's threat to Y (130), when the frame kept Y (the measure is X's own). The
/// conditional measure itself stays unasserted.
fn said_threat(vf: &VpFrame, frame: &frames::Frame, code: EventCode) -> EventCode {
    let statement = code.forward.as_deref().and_then(crate::nlp::cameo::root) == Some(1);
    if frame.said_threat && statement && vf.target.known() {
        single(SAID_THREAT)
    } else {
        code
    }
}

/// A statement coded a threat for its conditional measure repeats a threat the measure's
/// own phrase already coded for the same pair ("said it would impose sanctions on Y if …":
/// the imposing is coded 1312 by itself): the statement's goes.
fn drop_repeated_said_threats(vfs: &[VpFrame], pending: &mut Vec<(usize, CodedEvent)>) {
    let said = |vi: usize| vfs[vi].frame.as_ref().is_some_and(|f| f.said_threat);
    let pair = |e: &CodedEvent| {
        let t = e.target.as_ref().map(|t| t.actor.side().to_string());
        (e.source.actor.side().to_string(), t)
    };
    let threats: Vec<(usize, _)> = pending
        .iter()
        .filter(|(_, e)| crate::nlp::cameo::root(&e.cameo) == Some(13))
        .map(|(vi, e)| (*vi, pair(e)))
        .collect();
    let repeated = |vi: usize, e: &CodedEvent| {
        said(vi)
            && e.cameo == SAID_THREAT
            && threats.iter().any(|(vj, p)| *vj != vi && *p == pair(e))
    };
    pending.retain(|(vi, e)| !repeated(*vi, e));
}

/// Path notes of a reported armed act the speaker claims as its own or its side's; a later
/// claim (`claimed.rs`) recognises the act by them.
pub(super) const OWN_ACT_NOTE: &str = "; reported violence: the speaker's own act";
pub(super) const OWN_SIDE_NOTE: &str = "; reported violence: the speaker's own side";

/// The code of a statement whose content is a conditional measure: a threat.
pub(super) const SAID_THREAT: &str = "130";

/// An actor's announcement of its own act: intent to cooperate (04x–08x → 03x) or a threat
/// (17x–20x → 13x; an announced 13x is the threat itself).
fn announced(c: &mut Coding) {
    let Some(code) = c.code.forward.clone() else {
        return;
    };
    match crate::nlp::cameo::root(&code) {
        Some(4..=8) => {
            c.modality = Modality::Intended;
            c.code = single(intent_code(&code));
        }
        Some(17..=20) => {
            c.modality = Modality::Threatened;
            c.code = single(threat_code(&code));
        }
        Some(13) => c.modality = Modality::Threatened,
        _ => {}
    }
}

fn single(code: impl Into<Box<str>>) -> EventCode {
    EventCode {
        forward: Some(code.into()),
        reverse: None,
    }
}

fn confidence(cx: &SentenceCx, c: &Coding) -> f32 {
    let mut conf = 0.45 + 0.04 * f32::from(c.specificity.min(8));
    if c.src.known() {
        conf += 0.15;
    }
    if c.tgt.known() {
        conf += 0.1;
    }
    if !cx.has_actors {
        conf -= 0.15;
    }
    if c.modality == Modality::Reported {
        conf -= 0.05;
    }
    conf.clamp(0.05, 1.0)
}

/// The participant of the first actor of the speaker's first mention.
fn speaker_participant(cx: &SentenceCx, speaker: Option<&Vec<u32>>) -> Option<Participant> {
    let m = speaker.and_then(|sp| sp.first().copied())?;
    let a = cx.actors.get(&m).and_then(|a| a.first())?;
    Some(participant(
        cx.text,
        cx.ents,
        cx.toks,
        Some((m, a)),
        &Side::default(),
    ))
}

fn event(
    cx: &SentenceCx,
    c: &Coding,
    sh: &Shared,
    (s, s_side): Role,
    (t, t_side): Role,
    code: &str,
) -> CodedEvent {
    CodedEvent {
        sentence: cx.si,
        source: participant(cx.text, cx.ents, cx.toks, s, s_side),
        target: t.map(|t| participant(cx.text, cx.ents, cx.toks, Some(t), t_side)),
        cameo: code_for_target(code, t.map(|(_, a)| a.code.as_str())),
        trigger: sh.trigger,
        modality: c.modality,
        speaker: sh.speaker.clone(),
        location: sh.location,
        confidence: sh.confidence,
        path: c.path.clone(),
    }
}
