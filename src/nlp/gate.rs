//! The precision gate between event coding and `events.diplomatic`.
//!
//! The coder codes every verb phrase it can; the gate decides which coded events an alerting
//! consumer may see, and says why for each one. A false conflict event is worse than a missing
//! one, so every rule drops; none adds. In order, an event is dropped when:
//!
//! 1. it sits in a dateline, byline or photo caption (`dateline`, `byline`, `caption`) —
//!    those are not reporting;
//! 2. its sentence is a question (`question`), the author's own first/second-person words
//!    (`editorial`), or a quotation no actor can be named as saying (`unattributed_quote`);
//! 3. its clause dates it before the article's year, or by "last year" / "years ago"
//!    (`background`): a past act told as background is not news on the article's date;
//!    `gate/standing.rs` adds the clauses that tell how things stand (terms of a deal, ties
//!    grown over time), a speech verb coded as force, a commentator's quote, an opening
//!    "Asked about …," and a release call aimed at the source's own nationals, a perfect of
//!    experience or of years ("has hosted … before", "for two decades");
//! 4. it is not asserted (`negated`, `conditional`, `hypothetical`, `demanded`, `intended`,
//!    `threatened`): a refusal ("refused to", "would not") is a REJECT that happened and is
//!    kept as asserted; any other negated act did not happen; a threat is kept only as a
//!    THREATEN code, an intention only as an intent code (CAMEO 03) save the reporter's
//!    future of a material act, which keeps its code (`announced_act`); `gate/unasserted.rs`
//!    adds a denial's content, a correction notice, a habit, a counterfactual, a bare
//!    conjunct of a modal, others' forecast and a material act in the simple present;
//! 5. it is a statement (CAMEO 01x: not an event in PLOVER) or a CAMEO code with no PLOVER
//!    type (a code outside CAMEO's roots, from an operator's own verb dictionary, passes);
//! 6. its source does not resolve to an actor with a country or organisation
//!    (`source_unresolved`; a company's code is neither), or its target does not and the
//!    CAMEO code is not one-sided (`target_unresolved`; the one-sided codes are
//!    `data/lexicon/one_sided_cameo.tsv`),
//!    or a force posture or retreat has troops of no country as its object (the source's
//!    own forces read as the addressee, also `target_unresolved`), or an investigation
//!    code's trigger opens no investigation, or a meeting, call or intent pairs a state with
//!    its own government or forces (`gate/one_sided.rs`), or an opposition, legislature,
//!    party or union praises or criticises a foreign party the story, not its clause, gave it
//!    as target, after an act between its own state and that party (`gate/domestic_voice.rs`:
//!    its verdict is on its own government's dealings);
//! 7. it repeats an event of the same sentence, source, target and code (`duplicate`).
//!
//! The first failing rule is the reason (the metric label); all failing rules are kept for
//! `annotate --explain` and for measuring each rule's effect.
use super::cameo::CameoTable;
use super::events::intent_code;
use super::lexicon;
use super::{ArticleText, CodedEvent, EntityAnalysis, Modality, NlpError, Span};

use clause::{phrase_at, Clause, Word};
use quotes::Quotes;

/// An article's quotation marks, and the words of the sentence judged last: an article's
/// events come in sentence order, and ~40 % follow an event of the same sentence, whose
/// words (split, lowercased) they reuse instead of splitting it again.
struct SentenceWords<'q> {
    quotes: &'q Quotes,
    last: Option<(Span, Vec<Word<'q>>)>,
}

const CUES: &str = include_str!("../../data/lexicon/gate_cues.txt");
const ONE_SIDED: &str = include_str!("../../data/lexicon/one_sided_cameo.tsv");
/// CAMEO "decline comment": a refusal the code itself says.
const DECLINED_COMMENT: &str = "011";

/// Why an event did not reach `events.diplomatic`. The label is the metric's `reason`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DropReason {
    LowConfidence,
    Dateline,
    Byline,
    Caption,
    Question,
    Editorial,
    UnattributedQuote,
    /// A past act dated in its own clause before the article ("fought a war in 2008").
    Background,
    Negated,
    Conditional,
    Hypothetical,
    Demanded,
    Intended,
    Threatened,
    Statement,
    NoPloverType,
    SourceUnresolved,
    /// A passive with no `by` agent: its target is known, its source is not said.
    PassiveNoAgent,
    TargetUnresolved,
    Duplicate,
}

impl DropReason {
    pub const ALL: [DropReason; 20] = [
        DropReason::LowConfidence,
        DropReason::Dateline,
        DropReason::Byline,
        DropReason::Caption,
        DropReason::Question,
        DropReason::Editorial,
        DropReason::UnattributedQuote,
        DropReason::Background,
        DropReason::Negated,
        DropReason::Conditional,
        DropReason::Hypothetical,
        DropReason::Demanded,
        DropReason::Intended,
        DropReason::Threatened,
        DropReason::Statement,
        DropReason::NoPloverType,
        DropReason::SourceUnresolved,
        DropReason::PassiveNoAgent,
        DropReason::TargetUnresolved,
        DropReason::Duplicate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DropReason::LowConfidence => "low_confidence",
            DropReason::Dateline => "dateline",
            DropReason::Byline => "byline",
            DropReason::Caption => "caption",
            DropReason::Question => "question",
            DropReason::Editorial => "editorial",
            DropReason::UnattributedQuote => "unattributed_quote",
            DropReason::Background => "background",
            DropReason::Negated => "negated",
            DropReason::Conditional => "conditional",
            DropReason::Hypothetical => "hypothetical",
            DropReason::Demanded => "demanded",
            DropReason::Intended => "intended",
            DropReason::Threatened => "threatened",
            DropReason::Statement => "statement",
            DropReason::NoPloverType => "no_plover_type",
            DropReason::SourceUnresolved => "source_unresolved",
            DropReason::PassiveNoAgent => "passive_no_agent",
            DropReason::TargetUnresolved => "target_unresolved",
            DropReason::Duplicate => "duplicate",
        }
    }
}

/// The gate's decision on one coded event.
#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    /// The event, with the modality the gate read (a refusal becomes asserted, a
    /// conditional clause conditional…).
    pub event: CodedEvent,
    /// Every rule the event fails, in rule order; empty = emitted.
    pub failed: Vec<DropReason>,
    /// Why it was kept, or what the first failing rule saw.
    pub why: String,
    /// The source has no actor but is named in its sentence (`events::named_unknown_source`).
    pub named_source: bool,
    /// A bare comment that only attributes an act its sentence codes (`attributed`).
    pub attribution: bool,
}

impl Judged {
    pub fn emitted(&self) -> bool {
        self.failed.is_empty()
    }
    pub fn reason(&self) -> Option<DropReason> {
        self.failed.first().copied()
    }
}

struct Cues {
    negator: Vec<String>,
    /// Words that open a new coordinated predicate: the chain of auxiliaries starts after them.
    joiner: Vec<String>,
    volition: Vec<String>,
    possibility: Vec<String>,
    obligation: Vec<String>,
    conditional: Vec<String>,
    open_end: Vec<String>,
    concessive: Vec<String>,
    consequence: Vec<String>,
    author: Vec<String>,
    attribution: Vec<String>,
    caption: Vec<String>,
}

/// Loaded once; shared read-only.
pub struct Gate {
    cues: Cues,
    one_sided: one_sided::OneSided,
    standing: standing::StandingCues,
    unasserted: unasserted::UnassertedCues,
    /// Modals whose bare conjunct shares them ("should … and ask"): possibility and
    /// obligation, without "may" (also a month).
    conjunct_modals: Vec<String>,
    /// Future auxiliaries a bare conjunct shares ("would expel Y and suspend ties").
    future_modals: Vec<String>,
    attributed: attributed::AttributionCues,
    formula: formula::FormulaCues,
    venue: venue::VenueCues,
}

/// The words of the `name:` line of `gate_cues.txt` (the gate and its rule modules read
/// their cue sets through this one function).
fn cue_set(name: &'static str) -> Result<Vec<String>, NlpError> {
    lexicon::cue_line(CUES, name).ok_or(NlpError::BuiltinData {
        name: "data/lexicon/gate_cues.txt",
        message: format!("no `{name}:` line"),
    })
}

impl Gate {
    pub fn builtin() -> Result<Self, NlpError> {
        let conjunct_modals = cue_set("possibility")?
            .into_iter()
            .chain(cue_set("obligation")?)
            .filter(|m| m != "may")
            .collect();
        Ok(Self {
            cues: Cues {
                negator: cue_set("negator")?,
                joiner: cue_set("joiner")?,
                volition: cue_set("volition")?,
                possibility: cue_set("possibility")?,
                obligation: cue_set("obligation")?,
                conditional: cue_set("conditional")?,
                open_end: cue_set("open_end")?,
                concessive: cue_set("concessive")?,
                consequence: cue_set("consequence")?,
                author: cue_set("author")?,
                attribution: cue_set("attribution")?,
                caption: cue_set("caption")?,
            },
            one_sided: one_sided::OneSided::load()?,
            standing: standing::StandingCues::load()?,
            unasserted: unasserted::UnassertedCues::load()?,
            conjunct_modals,
            future_modals: cue_set("future")?,
            attributed: attributed::AttributionCues::load()?,
            formula: formula::FormulaCues::load()?,
            venue: venue::VenueCues::load()?,
        })
    }

    /// Judges every coded event of one article, in order.
    pub fn judge(
        &self,
        article: &ArticleText,
        entities: &EntityAnalysis,
        events: Vec<CodedEvent>,
        cameo: &CameoTable,
        min_confidence: f32,
    ) -> Vec<Judged> {
        let mut seen: Vec<(usize, String, String, String)> = Vec::new();
        let quotes = Quotes::new(article.text);
        let mut sentence = SentenceWords {
            quotes: &quotes,
            last: None,
        };
        let mut judged: Vec<Judged> = events
            .into_iter()
            .map(|event| {
                let mut j = self.judge_one(
                    article,
                    &mut sentence,
                    entities,
                    event,
                    cameo,
                    min_confidence,
                );
                let key = (
                    j.event.sentence,
                    j.event.source.actor.code.clone(),
                    target_code(&j.event).to_string(),
                    j.event.cameo.clone(),
                );
                if j.emitted() && seen.contains(&key) {
                    j.failed.push(DropReason::Duplicate);
                    j.why =
                        "same source, target and code already emitted from this sentence".into();
                } else if j.emitted() {
                    seen.push(key);
                }
                j
            })
            .collect();
        standing::less_specified(&mut judged);
        domestic_voice::mark(&mut judged);
        self.attributed.mark(article.text, entities, &mut judged);
        judged
    }

    fn judge_one<'q>(
        &self,
        article: &ArticleText<'q>,
        sentence: &mut SentenceWords<'q>,
        entities: &EntityAnalysis,
        mut event: CodedEvent,
        cameo: &CameoTable,
        min_confidence: f32,
    ) -> Judged {
        let span = entities
            .sentences
            .get(event.sentence)
            .map_or(Span::new(0, article.text.len()), |s| s.span);
        let quotes = sentence.quotes;
        let words = match sentence.last.take() {
            Some((last, words)) if last == span => words,
            _ => clause::words(article.text, quotes, span),
        };
        let ctx = Clause::with_words(article.text, quotes, span, event.trigger, words);
        let mut failed: Vec<(DropReason, String)> = Vec::new();
        let mut fail = |r: DropReason, why: String| failed.push((r, why));
        if event.confidence < min_confidence {
            fail(
                DropReason::LowConfidence,
                format!("confidence {:.2}", event.confidence),
            );
        }
        if let Some((r, why)) = self.text_kind(article.text, &ctx, &event, entities) {
            fail(r, why);
        }
        if let Some(why) = background(article, &ctx, &event) {
            fail(DropReason::Background, why);
        }
        for (r, why) in self.standing.failures(&self.cues.attribution, &ctx, &event) {
            fail(r, why);
        }
        if let Some((r, why)) = self.unasserted.failure(&ctx, &event, &self.conjunct_modals) {
            fail(r, why);
        }
        if self.formula.respect_preface(&ctx, &event) {
            let why = "a formula of respect opening a request or complaint: a statement";
            fail(DropReason::Statement, why.into());
        }
        if self.venue.venue_target(article.text, entities, &event) {
            let why = "the target is the place the deal was reached (\"the Accra agreement\"), not a party";
            fail(DropReason::TargetUnresolved, why.into());
        }
        // The dateline's city is where the story was filed, not where the event happened.
        let in_dateline = |m: usize| {
            let end = ctx.dateline_end().unwrap_or(0);
            entities.mentions.get(m).is_some_and(|m| m.span.start < end)
        };
        if event.location.is_some_and(in_dateline) {
            event.location = None;
        }
        let (modality, modal_why) = self.modality(&ctx, &mut event);
        event.modality = modality;
        if let Some(r) = modality_drop(&event) {
            fail(r, modal_why.clone());
        }
        let actor_rules = [
            code_failure(&event, cameo),
            source_failure(&event),
            self.one_sided.target_failure(&event, &ctx, entities),
        ];
        for (r, why) in actor_rules.into_iter().flatten() {
            fail(r, why);
        }
        let why = match failed.first() {
            Some((_, why)) => why.clone(),
            None => format!("{modal_why}; source and target resolved or one-sided code"),
        };
        sentence.last = Some((span, ctx.words));
        let named_source = super::events::named_unknown_source(article.text, entities, &event);
        Judged {
            event,
            failed: failed.into_iter().map(|f| f.0).collect(),
            why,
            named_source,
            attribution: false,
        }
    }

    /// Rule 3: the modality the clause around the trigger gives the event.
    fn modality(&self, ctx: &Clause<'_>, event: &mut CodedEvent) -> (Modality, String) {
        let root = super::cameo::root(&event.cameo).unwrap_or(0);
        let aux = ctx.aux_chain();
        // the first cue of `set` standing in `words` (a part of the chain)
        let find = |words: &[_], set: &[String]| {
            set.iter()
                .find(|c| (0..words.len()).any(|i| phrase_at(words, i, c)))
                .cloned()
        };
        let has = |set: &[String]| find(aux, set);
        // "are not criminals and demanded": a negator before "and" is the earlier predicate's
        // (a modal is not: "should go further and impose" obliges both)
        let own = match aux
            .iter()
            .rposition(|w| self.cues.joiner.contains(&w.lower))
        {
            Some(j) => &aux[j + 1..],
            None => aux,
        };
        let negator = || find(own, &self.cues.negator);
        let asserted = if event.speaker.is_some() {
            Modality::Reported
        } else {
            Modality::Asserted
        };
        if event.modality == Modality::Negated {
            // CAMEO 011 ("decline comment") is a refusal by its code, as 12x are: "declined
            // to comment" happened, a statement (the statement rule drops it from the events).
            let refusal = (root == 12 || event.cameo == DECLINED_COMMENT)
                && (has(&self.cues.volition).is_some()
                    || ctx.trigger_text().to_lowercase().starts_with("refus")
                    || ctx.trigger_text().to_lowercase().starts_with("declin"));
            return if refusal {
                (asserted, "a refusal: asserted REJECT".into())
            } else {
                (Modality::Negated, "negated: the act did not happen".into())
            };
        }
        if event.modality == Modality::Conditional {
            return (
                Modality::Conditional,
                "conditional (an if / unless clause in the parse)".into(),
            );
        }
        // "did not threaten to resume attacks": a threat the clause negates was not made;
        // "would not rule out force" is the one threat made by negating.
        let rule_out = ctx.trigger_text().to_lowercase().starts_with("rul");
        if let Some(n) = negator().filter(|_| root == 13 && !rule_out) {
            return (Modality::Negated, format!("negated threat (\"{n}\")"));
        }
        if root == 13 || event.modality == Modality::Threatened {
            return (event.modality, "a threat: the threat is the act".into());
        }
        // "will not release them unless Y pays": the refusal holds now (frames/awaited.rs)
        if let Some(c) = self
            .conditional(ctx)
            .filter(|c| root != 12 || c != "unless")
        {
            return (Modality::Conditional, format!("conditional (\"{c}\")"));
        }
        if let Some(n) = negator().filter(|_| root != 12) {
            return (Modality::Negated, format!("negated (\"{n}\")"));
        }
        if let Some(m) =
            has(&self.cues.possibility).filter(|m| m != "may" || ctx.aux_is_lower("may"))
        {
            return (Modality::Hypothetical, format!("a possibility (\"{m}\")"));
        }
        if let Some(m) = has(&self.cues.obligation).filter(|_| !matches!(root, 2 | 10)) {
            return (Modality::Demanded, format!("demanded (\"{m}\"), not done"));
        }
        // "said it would expel the envoy and suspend relations": the coder reads each verb's
        // own auxiliaries, so the bare conjunct looked done; it shares the first verb's future
        if matches!(event.modality, Modality::Asserted | Modality::Reported) {
            if let Some(m) = self.unasserted.modal_conjunct(ctx, &self.future_modals) {
                event.modality = Modality::Intended;
                if !(4..=8).contains(&root) {
                    return (
                        Modality::Intended,
                        format!("a conjunct of \"{m}\": announced"),
                    );
                }
            }
        }
        if event.modality == Modality::Intended && (4..=8).contains(&root) {
            return announced_act(event);
        }
        let label = match event.modality {
            Modality::Intended => "intended",
            Modality::Reported => "reported by a named speaker",
            _ => "asserted",
        };
        (event.modality, label.into())
    }

    /// The conditional cue governing the trigger: it opens the trigger's clause ("if Y
    /// vetoes"), or the trigger is the "would" consequence of a conditional sentence.
    fn conditional(&self, ctx: &Clause<'_>) -> Option<String> {
        let before = ctx.before_trigger();
        for (i, w) in before.iter().enumerate().rev() {
            if w.comma_after && i + 1 < before.len() {
                break;
            }
            if let Some(c) = self
                .cues
                .conditional
                .iter()
                .find(|c| phrase_at(before, i, c) && !self.open_end(before, i, c))
            {
                return Some(c.clone());
            }
        }
        let aux = ctx.aux_chain();
        let consequence = aux.iter().any(|w| self.cues.consequence.contains(&w.lower));
        let cond_word = ctx.words.iter().enumerate().find_map(|(i, _)| {
            self.cues
                .conditional
                .iter()
                .find(|c| phrase_at(&ctx.words, i, c) && !self.open_end(&ctx.words, i, c))
        });
        cond_word.filter(|_| consequence).cloned()
    }

    /// The cue `c` at word `i` is followed by an open end ("as long as necessary"): a
    /// duration, not a condition; or it follows a concessive word ("even if"): the act
    /// holds whatever happens.
    fn open_end(&self, words: &[Word<'_>], i: usize, c: &str) -> bool {
        let next = words.get(i + c.split(' ').count());
        let prev = i.checked_sub(1).and_then(|p| words.get(p));
        next.is_some_and(|w| self.cues.open_end.contains(&w.lower))
            || prev.is_some_and(|w| self.cues.concessive.contains(&w.lower))
    }
}

/// Rule 3: the frame dated the trigger's clause (`frames::Dated`), or a perfect runs on
/// from a past date (`Clause::since_date`), before the article's year or relative to it
/// ("last year", "decades ago"). A year is only compared when the article has a date; the
/// article's own year may be this week's news.
fn background(article: &ArticleText, ctx: &Clause<'_>, event: &CodedEvent) -> Option<String> {
    use super::frames::Dated;
    use chrono::Datelike;
    match super::frames::dated_in_path(&event.path).or_else(|| ctx.since_date())? {
        Dated::Before => Some("dated before the article (\"last year\", \"ago\")".into()),
        Dated::Year(y) => {
            let published = article.published?.year();
            (y < published).then(|| format!("dated {y}, before the article's {published}"))
        }
        Dated::Month(m) => {
            // The frame gives a month only to a past act: another month than the
            // article's is earlier this year or last year.
            let published = article.published?.month();
            (m != published).then(|| format!("dated month {m}, before the article's {published}"))
        }
    }
}

/// The code of a cooperative act the text announces ("will", "is about to", "is set to"; an
/// actor's own promise or plan was made 03x by the coder). The reporter's future of a material
/// act (06x–08x: "is about to restore ties", "will send aid") is the act, announced: it keeps
/// its code, and the modality says it has not happened. A party announcing its own act is
/// stating its intention (CAMEO 03x), and so is an announced meeting or diplomatic step
/// (04x, 05x): the project's news gold codes "will meet" as the agreement to meet (036).
fn announced_act(event: &mut CodedEvent) -> (Modality, String) {
    if host_of_announced_visit(event) {
        return (
            Modality::Intended,
            "the host's side of an announced visit: no act of the host's".into(),
        );
    }
    let root = super::cameo::root(&event.cameo).unwrap_or(0);
    if (6..=8).contains(&root) && !own_announcement(event) {
        return (
            Modality::Intended,
            "an announced material act: its own code, modality intended".into(),
        );
    }
    event.cameo = intent_code(&event.cameo);
    (
        Modality::Intended,
        "an announced act: coded as intent (03x)".into(),
    )
}

/// The host's side (043, coded the other way) of a visit not yet made ("X will visit Y",
/// "is due to visit"): the visitor announces its trip, an intent (036); the host announced
/// nothing, and the news gold never codes an intent of the host's.
fn host_of_announced_visit(event: &CodedEvent) -> bool {
    event.modality == Modality::Intended
        && event.cameo.starts_with("043")
        && event.path.contains(super::events::OTHER_SIDE)
}

/// The speaker resolves to the source's own country (or is the source): the party announces
/// its own act ("Its defence minister said X would send …").
fn own_announcement(event: &CodedEvent) -> bool {
    let Some(speaker) = event.speaker.as_ref() else {
        return false;
    };
    let (sp, src) = (&speaker.actor, &event.source.actor);
    resolved(&sp.code)
        && ((!sp.country.is_empty() && sp.country == src.country) || sp.code == src.code)
}

/// Events that reach `events.diplomatic` with a non-asserted modality are those whose code
/// names what the text says: a threat (13x), an intention (03x), a reported act, an announced
/// cooperative act (modality intended). An announced act under an operator's own code
/// (`operator_code`) cannot be recoded as an intention or a threat, so it keeps its code and
/// its modality; an announced act of conflict or coercion is not emitted.
fn modality_drop(event: &CodedEvent) -> Option<DropReason> {
    let root = super::cameo::root(&event.cameo).unwrap_or(0);
    match event.modality {
        Modality::Asserted | Modality::Reported => None,
        Modality::Negated => Some(DropReason::Negated),
        Modality::Conditional => Some(DropReason::Conditional),
        Modality::Hypothetical => Some(DropReason::Hypothetical),
        Modality::Demanded => Some(DropReason::Demanded),
        Modality::Intended => {
            let kept = (3..=8).contains(&root) && !host_of_announced_visit(event)
                || operator_code(&event.cameo);
            (!kept).then_some(DropReason::Intended)
        }
        Modality::Threatened => (root != 13).then_some(DropReason::Threatened),
    }
}

/// A code outside CAMEO's 01–20 roots that an operator's own verb dictionary (`--verbs`)
/// assigns ("901", "345", "174L"): the table cannot give it a PLOVER type, and the gate
/// has no ground to judge it incomplete, so rule 4 leaves it alone. The no-code markers
/// (`---`, `+++`) are not codes.
fn operator_code(code: &str) -> bool {
    super::cameo::root(code).is_none()
        && code.len() >= 2
        && code.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// An actor code that names a country or an organisation (`---GOV` and `GOVMIL`, a
/// sector the text gave no country, do not).
fn resolved(code: &str) -> bool {
    !code.is_empty() && !super::mentions::unplaced_code(code)
}

fn target_code(e: &CodedEvent) -> &str {
    e.target.as_ref().map_or("", |t| t.actor.code.as_str())
}

mod attributed;
mod clause;
mod domestic_measure;
mod domestic_voice;
mod formula;
mod one_sided;
mod quotes;
mod standing;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_background;
#[cfg(test)]
mod tests_falses2;
#[cfg(test)]
mod tests_falses5;
#[cfg(test)]
mod tests_fresh24;
#[cfg(test)]
mod tests_own_state;
#[cfg(test)]
mod tests_precision27;
#[cfg(test)]
mod tests_unasserted;
mod text_kind;
mod unasserted;
mod venue;

/// A statement (01x) or a code the CAMEO table cannot type is no PLOVER event; an operator
/// dictionary's own codes are its business.
fn code_failure(event: &CodedEvent, cameo: &CameoTable) -> Option<(DropReason, String)> {
    match super::cameo::root(&event.cameo) {
        Some(1) => Some((
            DropReason::Statement,
            "CAMEO 01x is a statement, not a PLOVER event".into(),
        )),
        _ if cameo.plover(&event.cameo).is_none() && !operator_code(&event.cameo) => Some((
            DropReason::NoPloverType,
            format!("CAMEO {} has no PLOVER type", event.cameo),
        )),
        _ => None,
    }
}

/// A company ("MNCKOR", "CHNBUS"): its investments and contracts are business news, not acts
/// of its country (an organisation's own sector, "IGO…BUS…", is no company).
fn business(code: &str) -> bool {
    code.starts_with("MNC") || !code.starts_with("IGO") && code.get(3..6) == Some("BUS")
}

/// A source with no actor code, or a company; a passive with no agent says so.
fn source_failure(event: &CodedEvent) -> Option<(DropReason, String)> {
    let code = &event.source.actor.code;
    if business(code) {
        let why = format!("source {code} is a company, not a party to diplomacy");
        return Some((DropReason::SourceUnresolved, why));
    }
    if resolved(code) {
        return None;
    }
    if super::frames::passive_without_agent(&event.path) {
        return Some((
            DropReason::PassiveNoAgent,
            "a passive with no agent: who acted is not said".into(),
        ));
    }
    let why = format!("source {:?} has no actor code", event.source.text);
    Some((DropReason::SourceUnresolved, why))
}
