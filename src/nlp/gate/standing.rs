//! Clauses that tell how things stand rather than what happened (branch precision8):
//! the terms of an agreement ("Under the deal, X will supply Y"), a relation built over time
//! ("has deepened ties with"), and a speech verb coded as a material act ("said the arrests
//! were unacceptable" judges an act; saying is no arrest).
use super::{cue_set, NlpError};
use super::{phrase_at, resolved, target_code, Clause, CodedEvent, DropReason, Judged, Word};

/// The cue sets of these rules (`data/lexicon/gate_cues.txt`).
pub(super) struct StandingCues {
    terms: Vec<String>,
    future: Vec<String>,
    relation: Vec<String>,
    perfect: Vec<String>,
    gradual: Vec<String>,
    commentator: Vec<String>,
    span_unit: Vec<String>,
    performative: Vec<String>,
    experience_end: Vec<String>,
    long_unit: Vec<String>,
    lasting_perfect: Vec<String>,
    recent_since: Vec<String>,
    clause_opener: Vec<String>,
}

impl StandingCues {
    pub(super) fn load() -> Result<Self, NlpError> {
        Ok(Self {
            terms: cue_set("terms")?,
            future: cue_set("future")?,
            relation: cue_set("relation")?,
            perfect: cue_set("perfect")?,
            gradual: cue_set("gradual")?,
            commentator: cue_set("commentator")?,
            span_unit: cue_set("span_unit")?,
            performative: cue_set("performative")?,
            experience_end: cue_set("experience_end")?,
            long_unit: cue_set("long_unit")?,
            lasting_perfect: cue_set("lasting_perfect")?,
            recent_since: cue_set("recent_since")?,
            clause_opener: cue_set("clause_opener")?,
        })
    }

    /// Every rule of this module the event fails, with why.
    pub(super) fn failures(
        &self,
        attribution: &[String],
        ctx: &Clause<'_>,
        event: &CodedEvent,
    ) -> Vec<(DropReason, String)> {
        let mut out = Vec::new();
        if let Some(why) = self.standing(ctx) {
            out.push((DropReason::Background, why));
        }
        let rules = [
            (
                self.speech_as_force(attribution, ctx, event),
                DropReason::Statement,
                "a speech verb judges a material act; the act is not the speaker's",
            ),
            (
                self.commentator_quote(ctx),
                DropReason::UnattributedQuote,
                "a commentator's quoted view, not a party's act",
            ),
            (
                opening_participle(ctx, event),
                DropReason::PassiveNoAgent,
                "an opening participle (\"Asked about …,\"): the subject was asked",
            ),
            (
                own_nationals_freed(event),
                DropReason::TargetUnresolved,
                "the source's own nationals to be freed read as the party asked",
            ),
        ];
        for (failed, r, why) in rules {
            if failed {
                out.push((r, why.to_string()));
            }
        }
        out
    }

    /// Why the event is a standing state, not news, if it is.
    fn standing(&self, ctx: &Clause<'_>) -> Option<String> {
        if self.agreement_term(ctx) {
            return Some(
                "a term of an agreement (\"under the deal, X will\"), not a new act".into(),
            );
        }
        if self.standing_relation(ctx) {
            return Some("a relation built over time (\"has deepened ties\"), not news".into());
        }
        if self.weeks_after(ctx) {
            return Some("an earlier act the news is dated from (\"a week after\")".into());
        }
        if self.experience(ctx) {
            return Some(
                "a perfect of experience or of years (\"has hosted … before\"), not news".into(),
            );
        }
        None
    }

    /// "for years", "for most of the past two decades": a unit of years within six words,
    /// counted back from now ("past", "last") or not counted at all. A counted span is a
    /// measure of the act ("banned for 15 years", "for the first time in 16 years").
    fn years_on(&self, after_for: &[Word<'_>]) -> bool {
        let near = &after_for[..after_for.len().min(6)];
        near.iter().enumerate().any(|(i, u)| {
            let counted =
                i > 0 && !matches!(near[i - 1].lower.as_str(), "for" | "many" | "several");
            self.long_unit.contains(&u.lower)
                && (!counted
                    || near[..i]
                        .iter()
                        .any(|w| matches!(w.lower.as_str(), "past" | "last")))
        })
    }

    /// "Oman has hosted such contacts before", "Washington has imposed sanctions for two
    /// decades", "officials have long complained": a perfect whose clause (to the next
    /// comma) ends on "before" / "in the past", or runs "for" years or decades, or whose
    /// auxiliary is followed by "long", tells experience or a lasting state. Weeks and
    /// days stay news ("has shelled the city for days").
    fn experience(&self, ctx: &Clause<'_>) -> bool {
        if !self.aux_has(ctx, &self.perfect) {
            return false;
        }
        // "have long complained", "has long accused": a stance held for a long time
        if self.aux_has(ctx, &self.lasting_perfect) {
            return true;
        }
        let start = ctx.before_trigger().len();
        let rest = &ctx.words[start..];
        let end = rest
            .iter()
            .position(|w| w.comma_after)
            .map_or(rest.len(), |p| p + 1);
        let clause = &rest[..end];
        let ends = self.experience_end.iter().any(|e| {
            let n = e.split_whitespace().count();
            clause.len() > n && phrase_at(clause, clause.len() - n, e)
        });
        let lasting = clause
            .iter()
            .enumerate()
            .any(|(i, w)| w.lower == "for" && self.years_on(&clause[i + 1..]));
        ends || lasting || self.since_event(clause)
    }

    /// "has stepped up its diplomacy since the fall of Y", "have brokered a dozen exchanges
    /// since the war began", "has raised the issue at every summit since": a perfect that
    /// runs on from an earlier event (or from "since" alone, ever since) tells a record up to
    /// now, not the day's act; the gold marks such clauses background (precision25). A day
    /// of the news week ("since Monday", "since the weekend") stays news, and a year is
    /// `Clause::since_date`'s.
    fn since_event(&self, clause: &[Word<'_>]) -> bool {
        // "has deployed observers as the country holds its first vote since independence":
        // a "since" inside a later subordinate clause runs that clause on, not the trigger's.
        let end = clause
            .iter()
            .position(|w| self.clause_opener.contains(&w.lower))
            .unwrap_or(clause.len());
        let clause = &clause[..end];
        clause.iter().enumerate().any(|(i, w)| {
            let after = clause.get(i + 1);
            w.lower == "since"
                && !after.is_some_and(|a| a.lower.len() == 4 && a.lower.parse::<u16>().is_ok())
                && !self
                    .recent_since
                    .iter()
                    .any(|r| phrase_at(clause, i + 1, r))
        })
    }

    /// "'X prefers quiet diplomacy,' said an analyst": a quotation whose sentence names a
    /// commentator outside the quotes is a view on the parties, not their act.
    fn commentator_quote(&self, ctx: &Clause<'_>) -> bool {
        ctx.trigger_quoted()
            && ctx
                .words
                .iter()
                .any(|w| !w.quoted && self.commentator.contains(&w.lower))
    }

    /// "Russia expelled two diplomats, a week after Moldova expelled one": the trigger sits in
    /// an "after" clause measured in weeks, months or years, with no comma in between.
    fn weeks_after(&self, ctx: &Clause<'_>) -> bool {
        let before = ctx.before_trigger();
        let Some(at) = before.iter().rposition(|w| w.lower == "after") else {
            return false;
        };
        at >= 2
            && self.span_unit.contains(&before[at - 1].lower)
            && !before[at - 1].comma_after
            && !before[at..].iter().any(|w| w.comma_after)
    }

    /// "Under the agreement, Turkey will train officers": the sentence opens with "under" and
    /// an agreement noun before the first comma, the trigger follows that comma, and its
    /// auxiliaries are future.
    fn agreement_term(&self, ctx: &Clause<'_>) -> bool {
        let before = ctx.before_trigger();
        let Some(comma) = before.iter().position(|w| w.comma_after) else {
            return false;
        };
        let opener = &before[..=comma];
        opener.first().is_some_and(|w| w.lower == "under")
            && opener.len() <= 5
            && opener.iter().any(|w| self.terms.contains(&w.lower))
            && self.aux_has(ctx, &self.future)
    }

    /// "X has deepened ties with Y": a verb of gradual growth under a perfect whose clause names
    /// a relation noun.
    fn standing_relation(&self, ctx: &Clause<'_>) -> bool {
        let trigger = ctx.trigger_text().to_lowercase();
        let verb = trigger.split_whitespace().next().unwrap_or("");
        self.gradual.iter().any(|g| g == verb)
            && self.aux_has(ctx, &self.perfect)
            && ctx
                .words
                .iter()
                .skip(ctx.before_trigger().len())
                .take_while(|w| !w.comma_after)
                .take(4)
                .any(|w| self.relation.contains(&w.lower))
    }

    fn aux_has(&self, ctx: &Clause<'_>, cues: &[String]) -> bool {
        let aux = ctx.aux_chain();
        (0..aux.len()).any(|i| cues.iter().any(|c| phrase_at(aux, i, c)))
    }
}

/// "said the arrests were unacceptable": a speech verb coded with a material act's code
/// (protest, force posture, coercion, assault, fighting, mass violence: CAMEO 14, 15, 17–20)
/// judges an act; the act is not the speaker's. A performative verb ("declared martial law",
/// "announced a curfew") performs the act it names, so it is no such judgement.
impl StandingCues {
    fn speech_as_force(
        &self,
        attribution: &[String],
        ctx: &Clause<'_>,
        event: &CodedEvent,
    ) -> bool {
        let material = matches!(
            crate::nlp::cameo::root(&event.cameo),
            Some(14 | 15 | 17..=20)
        );
        let trigger = ctx.trigger_text().to_lowercase();
        let first = trigger.split_whitespace().next().unwrap_or("");
        material
            && attribution.iter().any(|a| a == first)
            && !self.performative.iter().any(|p| p == first)
    }
}

/// "Asked about the war, the president said …": a request verb opening the sentence as a
/// past participle makes the main clause's subject the one asked, not the asker.
fn opening_participle(ctx: &Clause<'_>, event: &CodedEvent) -> bool {
    let request = matches!(crate::nlp::cameo::root(&event.cameo), Some(2 | 10));
    let start = ctx.dateline_end().unwrap_or(ctx.span.start);
    let first = ctx.before_trigger().iter().all(|w| w.span.end <= start);
    let verb = ctx.trigger_text().split_whitespace().next().unwrap_or("");
    request && first && verb.ends_with("ed")
}

/// "Moscow demanded the release of two Russian journalists": a release call whose target is
/// of the source's own country has read the source's own nationals as the party asked.
fn own_nationals_freed(event: &CodedEvent) -> bool {
    let own = &event.source.actor.country;
    crate::nlp::cameo::RELEASE_CALLS
        .iter()
        .any(|c| event.cameo.starts_with(c))
        && !own.is_empty()
        && event
            .target
            .as_ref()
            .is_some_and(|t| &t.actor.country == own)
}

/// "staged exercises around Taiwan, deploying warships": an emitted event with no target whose
/// sentence emits the same source's act of the same CAMEO root with a target is the same act,
/// less specified; it goes as a duplicate. The roots of violence (18 assault, 19 fight, 20
/// mass violence) count as one: "fired missiles at a tanker, setting it on fire", "attacked
/// an army post, killing five soldiers and wounding nine" tell one attack (branch precision18).
pub(super) fn less_specified(judged: &mut [Judged]) {
    let targeted: Vec<(usize, String, Option<u8>)> = judged
        .iter()
        .filter(|j| j.emitted() && resolved(target_code(&j.event)))
        .map(|j| key(&j.event))
        .collect();
    for j in judged.iter_mut() {
        if j.emitted() && !resolved(target_code(&j.event)) && targeted.contains(&key(&j.event)) {
            j.failed.push(DropReason::Duplicate);
            j.why = "the same source's act of this root in this sentence has a target".into();
        }
    }
}

fn key(e: &CodedEvent) -> (usize, String, Option<u8>) {
    let root = crate::nlp::cameo::root(&e.cameo).map(|r| match r {
        18..=20 => 18,
        r => r,
    });
    (e.sentence, e.source.actor.code.clone(), root)
}
