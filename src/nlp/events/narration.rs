//! "the statement", "that account", "the remarks": a noun for something said names what
//! another side said just before, not the article's first act of a kind. "The rebels said
//! they would treat the pipeline as a target. Rabat dismissed the statement as ranting": the
//! rejection answers the rebels. Only criticism (11) and rejection (12) of such a noun (a
//! `said` noun of `data/lexicon/reaction_nouns.txt`) with no target of its own, when no
//! other rule of the reaction pass found the act it names. The act is the latest verbal act
//! (a statement, appeal, demand, accusation, rejection, threat or protest: CAMEO 01, 02,
//! 10-14, whatever its modality, since what was said is named, not what was done) told in
//! the reaction's sentence before it or in the [`REACH`] sentences before, by a placed side
//! other than the reacting one; every such act of that latest sentence must come from one
//! side (co-authors of one trigger answer together), or the noun stays unresolved.
use super::*;

/// How many sentences back the statement may lie: a rejection of "the statement" follows
/// what was said; further back another speaker may be meant.
const REACH: usize = 2;

/// A verbal act: what a side says rather than does (statements, appeals, demands,
/// accusations, rejections, threats, protests).
fn verbal(code: &str) -> bool {
    matches!(crate::nlp::cameo::root(code), Some(1 | 2 | 10..=14))
}

/// Criticism or rejection (11, 12): what answers a statement.
fn answers_statement(code: &str) -> bool {
    matches!(crate::nlp::cameo::root(code), Some(11 | 12))
}

/// The verbal act "the NOUN" of reaction `e` names, in `earlier` (the events before `e`):
/// the latest sentence within [`REACH`] with a verbal act by a placed side other than the
/// reacting one, when every such act there is one side's. `told`: told before `e` (the reaction
/// pass's window); `placed`: a participant with a country or an organisation's code.
pub(super) fn said_act<'a>(
    earlier: &'a [CodedEvent],
    e: &CodedEvent,
    told: impl Fn(&CodedEvent) -> bool,
    placed: impl Fn(&Participant) -> bool,
) -> Option<&'a CodedEvent> {
    if !answers_statement(&e.cameo) {
        return None;
    }
    let side = e.source.actor.side();
    let said: Vec<&CodedEvent> = earlier
        .iter()
        .filter(|a| a.sentence + REACH >= e.sentence && told(a))
        .filter(|a| verbal(&a.cameo) && placed(&a.source) && a.source.actor.side() != side)
        .collect();
    let last = *said.last()?;
    let author = last.source.actor.side();
    said.iter()
        .filter(|a| a.sentence == last.sentence)
        .all(|a| a.trigger == last.trigger || a.source.actor.side() == author)
        .then_some(last)
}

/// "rejected the European statement": a group adjective before the noun (a `group-adjective`
/// of `data/lexicon/org_words.tsv`) says several sides said it, so the act named is the latest
/// verbal act told before `e` (`told`) that two or more sides made together, every one of
/// them other than the reacting side (a statement the reacting side co-signed is its own).
/// `authors` gives each act's co-authors (the events of its trigger). Such a joint statement
/// is rarely the last thing said before the rejection, so the whole window is searched.
pub(super) fn joint_said_act<'a>(
    earlier: &'a [CodedEvent],
    e: &CodedEvent,
    told: impl Fn(&CodedEvent) -> bool,
    authors: impl Fn(&'a CodedEvent) -> Vec<&'a CodedEvent>,
) -> Option<&'a CodedEvent> {
    if !answers_statement(&e.cameo) {
        return None;
    }
    let side = e.source.actor.side();
    earlier
        .iter()
        .rev()
        .filter(|a| told(a) && verbal(&a.cameo))
        .find(|a| {
            let by = authors(a);
            let mut sides: Vec<_> = by.iter().map(|b| b.source.actor.side()).collect();
            sides.sort_unstable();
            sides.dedup();
            sides.len() >= 2 && !sides.contains(&side)
        })
}

/// Is every capitalised word of `words` a group adjective ("European", "Western"), and is
/// there one?
pub(super) fn group_adjectives(words: &[&str]) -> bool {
    static GROUP: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let group = GROUP.get_or_init(|| crate::nlp::lexicon::List::OrgWords.set("group-adjective"));
    !words.is_empty()
        && words
            .iter()
            .all(|w| group.contains(w.to_lowercase().as_str()))
}
