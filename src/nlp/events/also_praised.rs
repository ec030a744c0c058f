//! Praise made again by another party with "also": "A congratulated Y on its election. B and
//! C also sent congratulations", "D also praised it". The second act names no addressee of
//! its own (or only "it"); "also" says it repeats the praise just told, by another side, so
//! it is addressed to whom that praise was: the targets of the latest earlier praise or
//! support (CAMEO 050-053) of the article, asserted a few sentences before by a side other
//! than the repeating one. When that praise is the repeating side's own, or its addressee is
//! unknown ("A welcomed the ceasefire. B also issued statements of support": the ceasefire's
//! parties were not found), no addressee is guessed here. The cue words are `repeater` rows
//! of `data/lexicon/ellipsis.tsv`; the gate judges the event as any other.
use super::reactions::{counts, placed, told_before};
use super::*;
use crate::nlp::lexicon::kind_rows;
use std::sync::OnceLock;

const WORDS: &str = include_str!("../../../data/lexicon/ellipsis.tsv");

/// How many words before the trigger the cue may stand ("also warmly welcomed", "has also
/// praised").
const REACH: usize = 2;

/// How many sentences before the repetition the praise it repeats may lie: "also" takes up
/// the act just told, not one paragraphs back.
const NEAR: usize = 3;

/// The cue words ("also").
fn repeaters() -> &'static [&'static str] {
    static W: OnceLock<Vec<&'static str>> = OnceLock::new();
    W.get_or_init(|| {
        kind_rows(WORDS)
            .filter(|(kind, _)| *kind == "repeater")
            .map(|(_, w)| w)
            .collect()
    })
}

/// Praise or support by words (050-053): not recognition, apologies, forgiveness or
/// signatures (054-057), which have their own parties.
fn praise(code: &str) -> bool {
    code.starts_with("05") && code.get(2..3).is_some_and(|d| d <= "3")
}

/// A praise actually made: asserted, and an act the gate could pass (`reactions::counts`).
/// A praise only reported as planned or awaited ("would wait before recognising the
/// result") is none that another side repeats.
fn made(a: &CodedEvent) -> bool {
    a.modality == Modality::Asserted && counts(a)
}

/// A cue word among the [`REACH`] words right before the trigger, within its clause.
fn cued(text: &str, e: &CodedEvent) -> bool {
    let before = text.get(..e.trigger.start).unwrap_or_default();
    let clause = before
        .rsplit([',', ';', '.', ':', '"'])
        .next()
        .unwrap_or_default();
    clause
        .split_whitespace()
        .rev()
        .take(REACH)
        .any(|w| repeaters().contains(&w.to_lowercase().as_str()))
}

/// Fills the addressee of each praise repeated with "also" from the praise it repeats
/// ([`repeated_targets`]); one event per addressee of that praise.
pub(super) fn fill_repeated_praise(text: &str, out: &mut Vec<CodedEvent>) {
    let mut i = 0;
    while i < out.len() {
        let targets = repeated_targets(text, out, i);
        let note = "; target: whom the praise it repeats (\"also\") addressed";
        i += 1 + super::reactions::fan_out(out, i, targets, note);
    }
}

/// The addressees of the praise `out[i]` repeats, when it is a praise with no placed
/// addressee, cued by "also", and the latest praise made before it ([`made`], within
/// [`NEAR`] sentences) is another side's and was addressed to placed parties other than the
/// repeating side: every such addressee of that act (its co-targets), once each.
fn repeated_targets(text: &str, out: &[CodedEvent], i: usize) -> Vec<Participant> {
    let e = &out[i];
    let open = e.target.as_ref().is_none_or(|t| !placed(t));
    if !open || !praise(&e.cameo) || !placed(&e.source) || !cued(text, e) {
        return Vec::new();
    }
    let side = e.source.actor.side();
    let Some(latest) = out[..i]
        .iter()
        .rev()
        .find(|a| praise(&a.cameo) && told_before(a, e) && made(a))
    else {
        return Vec::new();
    };
    if latest.source.actor.side() == side || latest.sentence + NEAR < e.sentence {
        return Vec::new();
    }
    let mut targets: Vec<Participant> = Vec::new();
    let same_act = out[..i]
        .iter()
        .filter(|b| b.trigger == latest.trigger && b.cameo == latest.cameo);
    for t in same_act.filter_map(|b| b.target.as_ref()) {
        let seen = targets.iter().any(|p| p.actor.code == t.actor.code);
        if placed(t) && t.actor.side() != side && !seen {
            targets.push(t.clone());
        }
    }
    targets
}
