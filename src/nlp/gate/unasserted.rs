//! Clauses a fresh text asserts no act in (branch precision9): the content of a denial
//! ("denied that its jets had violated"), a correction notice ("An earlier version said X
//! expelled Y"), a habit ("Whenever X approves a sale, Y protests"), a counterfactual
//! ("a resolution that would have pressured Y"), a bare conjunct of a modal verb
//! ("should swallow its pride and ask Y") and a habit in the simple present ("Algeria
//! supplies a third of Spain's gas").
use super::{cue_set, NlpError};
use super::{phrase_at, Clause, CodedEvent, DropReason, Word};

/// The cue sets of these rules (`data/lexicon/gate_cues.txt`).
pub(super) struct UnassertedCues {
    denial: Vec<String>,
    finite_opener: Vec<String>,
    correction_label: Vec<String>,
    correction_phrase: Vec<String>,
    habitual: Vec<String>,
    standing: Vec<String>,
    generic_determiner: Vec<String>,
    counterfactual: Vec<String>,
    forecast: Vec<String>,
    be_form: Vec<String>,
    perfect_aux: Vec<String>,
    base_in_ed: Vec<String>,
    /// Irregular past forms ("sent", "struck"; the coder's closed words) that are no base form.
    irregular_past: Vec<&'static str>,
}

impl UnassertedCues {
    pub(super) fn load() -> Result<Self, NlpError> {
        Ok(Self {
            denial: cue_set("denial")?,
            finite_opener: cue_set("finite_opener")?,
            correction_label: cue_set("correction_label")?,
            correction_phrase: cue_set("correction_phrase")?,
            habitual: cue_set("habitual")?,
            standing: cue_set("standing")?,
            generic_determiner: cue_set("generic_determiner")?,
            counterfactual: cue_set("counterfactual")?,
            forecast: cue_set("forecast")?,
            be_form: cue_set("be_form")?,
            perfect_aux: cue_set("perfect_aux")?,
            base_in_ed: cue_set("base_in_ed")?,
            irregular_past: {
                let base = cue_set("past_like_base")?;
                crate::nlp::lexicon::List::ClosedWords
                    .words("irregular-past")
                    .into_iter()
                    .filter(|w| !base.iter().any(|b| b == w))
                    .collect()
            },
        })
    }

    /// The first rule of this module the event fails, with why; `modals` are those a bare
    /// conjunct shares.
    pub(super) fn failure(
        &self,
        ctx: &Clause<'_>,
        event: &CodedEvent,
        modals: &[String],
    ) -> Option<(DropReason, String)> {
        if self.correction(ctx) {
            let why = "a correction notice: what an earlier text wrongly said";
            return Some((DropReason::Editorial, why.into()));
        }
        // an act the speaker joined to the denied clause is no part of the denial
        let own_act = crate::nlp::frames::speakers_act_in_path(&event.path);
        if let Some(d) = self.denied(ctx).filter(|_| !own_act) {
            return Some((DropReason::Negated, format!("denied (\"{d}\")")));
        }
        if let Some(w) = when_present(ctx, event) {
            let why =
                format!("a \"{w}\" clause in the present: a habit, a state or a time to come");
            return Some((DropReason::Hypothetical, why));
        }
        if let Some(h) = self.habit(ctx) {
            return Some((DropReason::Hypothetical, format!("a habit (\"{h}\")")));
        }
        if habitual_present(ctx, event, &self.standing) {
            let why = "the simple present of a sentence: how things stand, not an act";
            return Some((DropReason::Background, why.into()));
        }
        if self.generic_quote(ctx, event) {
            let why = "a quoted general truth (indefinite subject, simple present), not an act";
            return Some((DropReason::Background, why.into()));
        }
        if let Some(f) = self.forecast(ctx) {
            return Some((DropReason::Hypothetical, format!("a forecast (\"{f}\")")));
        }
        if let Some(c) = self.counterfactual(ctx) {
            return Some((
                DropReason::Hypothetical,
                format!("counterfactual (\"{c}\")"),
            ));
        }
        if let Some(m) = self.modal_conjunct(ctx, modals) {
            return Some((DropReason::Hypothetical, format!("a conjunct of \"{m}\"")));
        }
        None
    }

    /// "Correction: …" / "Clarification: …" opening the sentence, or "an earlier version
    /// (of this article) said" anywhere in it.
    fn correction(&self, ctx: &Clause<'_>) -> bool {
        let w = &ctx.words;
        let label = self.correction_label.iter().any(|c| {
            let n = c.split_whitespace().count();
            phrase_at(w, 0, c) && w.get(n - 1).is_some_and(|x| x.comma_after)
        });
        label || (0..w.len()).any(|i| self.correction_phrase.iter().any(|c| phrase_at(w, i, c)))
    }

    /// A denial word before the trigger, outside quotes, whose complement is a finite clause
    /// ("denied that", "denied it had") or the trigger itself as a gerund ("denied pressing
    /// Y", "denies having sent troops", branch blind6): "denied the accusation" denies no act
    /// of its own.
    fn denied(&self, ctx: &Clause<'_>) -> Option<String> {
        let before = ctx.before_trigger();
        for i in (0..before.len()).rev() {
            let Some(d) = self.denial.iter().find(|d| phrase_at(before, i, d)) else {
                continue;
            };
            let after = i + d.split_whitespace().count();
            let clause = before[after..].iter().take(3);
            let finite = clause
                .clone()
                .any(|w| self.finite_opener.contains(&w.lower));
            if !before[i].quoted && (finite || denied_gerund(ctx, &before[after..])) {
                return Some(d.clone());
            }
        }
        None
    }

    /// "X should swallow its pride and ask Y": the trigger right after "and"/"or", with a
    /// modal (possibility, obligation) earlier in the same stretch and no auxiliary of its
    /// own, unless the trigger is a finite past (`finite_past`).
    pub(super) fn modal_conjunct(&self, ctx: &Clause<'_>, modals: &[String]) -> Option<String> {
        let before = ctx.before_trigger();
        let last: &Word<'_> = before.last()?;
        if !matches!(last.lower.as_str(), "and" | "or") || last.comma_after {
            return None;
        }
        let mut i = before.len() - 1;
        while i > 0 && !before[i - 1].comma_after {
            i -= 1;
            if let Some(m) = modals.iter().find(|m| phrase_at(before, i, m)) {
                // 'said the border "must be respected" and accused Y': a modal inside a
                // quotation that closed before the "and" ends with the quoted words
                if before[i].quoted && !last.quoted {
                    return None;
                }
                return (!self.finite_past(ctx, &before[i..])).then(|| m.clone());
            }
        }
        None
    }

    /// "said Cyprus could not absorb more arrivals and asked Brussels …": a trigger in a
    /// regular past form ("-ed", not a base form such as "proceed") or an irregular one
    /// ("sent", not "cut") with no perfect or passive auxiliary after the modal is finite: a
    /// conjunct of the main clause, not a bare infinitive sharing the modal ("could have
    /// asked … and urged" still shares it).
    fn finite_past(&self, ctx: &Clause<'_>, after_modal: &[Word<'_>]) -> bool {
        let first = ctx.trigger_text().split_whitespace().next().unwrap_or("");
        let first = first.to_lowercase();
        let past = first.ends_with("ed") && !self.base_in_ed.contains(&first)
            || self.irregular_past.contains(&first.as_str());
        let aux = after_modal
            .iter()
            .any(|w| self.perfect_aux.contains(&w.lower) || self.be_form.contains(&w.lower));
        past && !aux
    }

    /// "Whenever" / "every time" anywhere outside quotes: each clause tells a habit.
    fn habit(&self, ctx: &Clause<'_>) -> Option<String> {
        let w = &ctx.words;
        (0..w.len()).find_map(|i| {
            self.habitual
                .iter()
                .find(|h| !w[i].quoted && phrase_at(w, i, h))
                .cloned()
        })
    }

    /// "Saudi Arabia and Russia were expected to keep output unchanged": a form of "be" and
    /// a forecast phrase ending within the trigger's first two words ("expected to" may be
    /// part of the trigger).
    fn forecast(&self, ctx: &Clause<'_>) -> Option<String> {
        let upto = ctx.before_trigger().len() + 2;
        let words = &ctx.words[..upto.min(ctx.words.len())];
        let from = words.len().saturating_sub(6);
        (from..words.len()).find_map(|i| {
            let be = i > 0 && self.be_form.contains(&words[i - 1].lower);
            self.forecast
                .iter()
                .find(|f| be && phrase_at(words, i, f))
                .cloned()
        })
    }

    /// "would have pressured", "would have signed": an act that did not happen (the
    /// counterfactual perfect), whoever says it.
    fn counterfactual(&self, ctx: &Clause<'_>) -> Option<String> {
        let aux = ctx.aux_chain();
        (0..aux.len()).find_map(|i| {
            self.counterfactual
                .iter()
                .find(|c| phrase_at(aux, i, c))
                .cloned()
        })
    }
}

/// "Algeria supplies a third of Spain's gas": a trigger in the simple present (the frame's
/// mark), in a main clause outside quotes, of a sentence with a full stop. A headline
/// ("A and B sign pact") has none, nor does an article's first sentence, where a headline
/// or a lead may tell the news in the present ("Japan lifts sanctions on India."); a quoted
/// present ("we condemn") performs the act; a reported present is the speaker's claim.
/// A verb of a standing relation (`standing`: "supports", "recognises") tells how things
/// stand even where its code is a verbal one.
fn habitual_present(ctx: &Clause<'_>, event: &CodedEvent, standing: &[String]) -> bool {
    let stop = ctx
        .sentence
        .trim_end_matches(['"', '”', '’', '\'', ')', ' ', '\n'])
        .ends_with(['.', '!']);
    // A verbal act's present ("Saudi officials still accuse Tehran of …", "X still rejects
    // the plan") reports a claim or position that still stands: analysts code it.
    let first = ctx.trigger_text().split_whitespace().next().unwrap_or("");
    let standing = standing.contains(&first.to_lowercase());
    let verbal = !standing
        && matches!(
            crate::nlp::cameo::root(&event.cameo),
            Some(1 | 2 | 5 | 10..=13)
        );
    stop && event.sentence > 0
        && !verbal
        && !ctx.trigger_quoted()
        && event.path.contains("clause: main")
        && crate::nlp::frames::simple_present_in_path(&event.path)
}

impl UnassertedCues {
    /// "A ruling of a court binds every arm of a government," she said: a quoted trigger in
    /// the simple present whose sentence opens with an indefinite or universal determiner
    /// (`generic_determiner`). A quote that names its parties ("We condemn the raid") keeps
    /// its act, as does an unquoted lead ("A Kenyan court frees …").
    fn generic_quote(&self, ctx: &Clause<'_>, event: &CodedEvent) -> bool {
        let opener = ctx.before_trigger().first();
        ctx.trigger_quoted()
            && crate::nlp::frames::simple_present_in_path(&event.path)
            && opener.is_some_and(|w| w.quoted && self.generic_determiner.contains(&w.lower))
    }
}

/// "When Paris scolds a junta, …", "when the envoy arrives next week": the trigger in the
/// simple present inside a clause that "when" opens (no comma between) tells what happens
/// whenever, or what is still to come; neither happened. A "where" clause in the present
/// ("in eastern Congo, where Burundian troops support the army") tells how things stand
/// at a place (branch precision18).
fn when_present(ctx: &Clause<'_>, event: &CodedEvent) -> Option<&'static str> {
    let opener = ctx
        .before_trigger()
        .iter()
        .rev()
        .take_while(|w| !w.comma_after)
        .filter(|w| !w.quoted)
        .find_map(|w| ["when", "where"].into_iter().find(|o| w.lower == *o));
    opener.filter(|_| crate::nlp::frames::simple_present_in_path(&event.path))
}

/// Is the trigger a gerund straight after the denial word ("denied pressing"), perhaps
/// after "having" or "ever" ("denies ever having sent")? Its act is the one denied.
fn denied_gerund(ctx: &Clause<'_>, between: &[Word<'_>]) -> bool {
    const LINKS: [&str; 2] = ["having", "ever"];
    let linked = between.iter().all(|w| LINKS.contains(&w.lower.as_str()));
    let perfect = between.last().is_some_and(|w| w.lower == "having");
    let trigger = ctx.words.get(ctx.before_trigger().len());
    linked && trigger.is_some_and(|w| !w.quoted && (perfect || w.lower.ends_with("ing")))
}
