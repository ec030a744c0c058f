//! "Denmark blamed Russia's military intelligence for a cyber-attack that shut down its
//! hospitals … NATO condemned the attack": the attack was never coded (a noun phrase and its
//! relative clause carry it), yet the story names its author: the one an accusation blamed
//! for it. Criticism (11) of "the NOUN" with no act of its own kind told answers the target
//! of the latest accusation (11) before it whose `for` / `of` phrase holds the same noun ("for
//! a cyber-attack", "of the attack"), when that accused party is placed and not the
//! criticising side. The gate still judges the event as any other.
use super::*;

/// How many words after an accusation's trigger its `for` / `of` phrase may begin: "blamed
/// Russia's military intelligence agency, the GRU, for a cyber-attack".
const REACH: usize = 12;

/// How many words the phrase may put between its preposition and the noun ("for a
/// large cyber-attack").
const PHRASE: usize = 3;

/// The party blamed for the act "the NOUN" of criticism `e` names, from `earlier` (the
/// events before `e`); `told`: an accusation told within the reaction pass's window;
/// `placed`: a participant with a country or an organisation's code.
pub(super) fn blamed_party(
    text: &str,
    earlier: &[CodedEvent],
    e: &CodedEvent,
    noun: &str,
    told: impl Fn(&CodedEvent) -> bool,
    placed: impl Fn(&Participant) -> bool,
) -> Option<Participant> {
    if crate::nlp::cameo::root(&e.cameo) != Some(11) {
        return None;
    }
    let side = e.source.actor.side();
    earlier
        .iter()
        .rev()
        .filter(|a| crate::nlp::cameo::root(&a.cameo) == Some(11) && told(a))
        .filter_map(|a| a.target.as_ref().map(|t| (a, t)))
        .find(|(a, t)| placed(t) && t.actor.side() != side && blames_for(text, a, noun))
        .map(|(_, t)| t.clone())
}

/// Does the accusation `a` name the act "NOUN" in a `for` / `of` phrase after its trigger,
/// within its sentence: "for a cyber-attack", "of the attack" (the noun itself or a compound
/// ending in it)?
fn blames_for(text: &str, a: &CodedEvent, noun: &str) -> bool {
    let rest = text.get(a.trigger.end..).unwrap_or_default();
    let clause = rest.split(". ").next().unwrap_or_default();
    // the reaction pass's words (runs of letters, digits and hyphens: "cyber-attack" is one),
    // split here so that this pass, which `reactions` calls, does not import it back
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .take(REACH + PHRASE)
        .collect();
    let suffix = format!("-{noun}");
    words.iter().enumerate().take(REACH).any(|(i, w)| {
        matches!(*w, "for" | "of")
            && words
                .iter()
                .skip(i + 1)
                .take(PHRASE)
                .any(|n| n.eq_ignore_ascii_case(noun) || n.to_lowercase().ends_with(&suffix))
    })
}
