//! Joining a set of parties is no meeting with them: "A joined B, C and D as an observer",
//! "A joined B in condemning the coup". A verb of joining (`joining` rows of
//! `data/lexicon/ellipsis.tsv`) coded as consultation (04) with a placed partner is dropped
//! when its object is a list of two or more parties (a membership or participant set the
//! joiner enters, such as states that already belong to a group), when a role follows the
//! object ("as an observer", "as a member": a membership), or when a joined act follows it
//! ("in condemning": that act is coded on its own). "A joined B for talks" stays a meeting.
use super::reactions::placed;
use super::similar_statement::{joining_verb, undetermined, words_after};
use super::*;

/// Consultation (04): what a verb of joining is coded by the verb dictionary.
const CONSULT: u8 = 4;

/// A joining verb's consultation with a placed partner.
fn joins_partner(text: &str, e: &CodedEvent) -> bool {
    crate::nlp::cameo::root(&e.cameo) == Some(CONSULT)
        && e.target.as_ref().is_some_and(placed)
        && joining_verb(text, e)
}

/// The joiner's distinct placed partners at this trigger: the listed parties it joined.
fn partners(out: &[CodedEvent], e: &CodedEvent) -> usize {
    let mut seen: Vec<&str> = Vec::new();
    for a in out
        .iter()
        .filter(|a| a.trigger == e.trigger && a.source.actor.code == e.source.actor.code)
    {
        if let Some(t) = a.target.as_ref().filter(|t| placed(t)) {
            if !seen.contains(&t.actor.code.as_str()) {
                seen.push(t.actor.code.as_str());
            }
        }
    }
    seen.len()
}

/// After the object, within the sentence: "as" with a determiner (a role: "as an
/// observer") or "in" with a gerund (a joined act: "in condemning").
fn role_or_act_follows(text: &str, e: &CodedEvent) -> bool {
    let words = words_after(text, e, &['.', ';', ':', '"']);
    let Some(k) = words.iter().position(|w| w == "as" || w == "in") else {
        return false;
    };
    let rest = &words[k + 1..];
    if words[k] == "as" {
        return rest.len() > undetermined(rest).len();
    }
    rest.first()
        .is_some_and(|w| w.len() > 5 && w.ends_with("ing"))
}

/// Drops the meetings a verb of joining codes with a party set it joins ([module docs]).
pub(super) fn drop_joined_parties(text: &str, out: &mut Vec<CodedEvent>) {
    let joined: Vec<Span> = out
        .iter()
        .filter(|e| joins_partner(text, e) && !e.path.contains("other side"))
        .filter(|e| partners(out, e) >= 2 || role_or_act_follows(text, e))
        .map(|e| e.trigger)
        .collect();
    out.retain(|e| !(joins_partner(text, e) && joined.contains(&e.trigger)));
}
