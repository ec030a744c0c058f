//! Joining a set of parties is no meeting with them: "A joined B, C and D as an observer",
//! "A joined B in condemning the coup". A verb of joining (`joining` rows of
//! `data/lexicon/ellipsis.tsv`) coded as consultation (04) with a placed partner is dropped
//! when its object is a list of two or more parties (a membership or participant set the
//! joiner enters, such as states that already belong to a group), when the parse gives the
//! verb or its object a role ("as an observer", "as a member": a membership), or when it
//! gives the verb a joined act ("in condemning": that act is coded on its own). "A joined B
//! for talks" stays a meeting.
use super::reactions::placed;
use super::similar_statement::{ellipsis_rows, joining_verb, objects};
use super::trigger_tree::Parses;
use super::*;
use std::sync::OnceLock;

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

/// The joining verb's tree holds a role or a joined act: a dependent of the verb or of its
/// object marked by a role word (`role_case` "as": "joined B as an observer", "B as a
/// member"), or a gerund clause of the verb marked by an act word (`act_mark` "in": "joined
/// B in condemning"). Read from the parse, so an "as" or "in" of another phrase (a relative
/// clause of the object, a place) is none of the joiner's.
fn role_or_act_follows(trees: &Parses, e: &CodedEvent) -> bool {
    let Some(tree) = trees.trigger(e) else {
        return false;
    };
    let (roles, acts) = markers();
    let heads = std::iter::once(tree.at).chain(objects(&tree));
    let role = heads.into_iter().any(|h| {
        ["obl", "nmod"]
            .iter()
            .flat_map(|rel| tree.dependents(h, rel))
            .any(|d| tree.marked(d, "case", roles))
    });
    let act = ["advcl", "obl", "xcomp"]
        .iter()
        .flat_map(|rel| tree.dependents(tree.at, rel))
        .any(|d| {
            tree.xpos(d) == "VBG" && (tree.marked(d, "mark", acts) || tree.marked(d, "case", acts))
        });
    role || act
}

/// The words marking a role (`role_case`) and a joined act (`act_mark`).
fn markers() -> &'static (Vec<&'static str>, Vec<&'static str>) {
    static M: OnceLock<(Vec<&'static str>, Vec<&'static str>)> = OnceLock::new();
    M.get_or_init(|| (ellipsis_rows("role_case"), ellipsis_rows("act_mark")))
}

/// Drops the meetings a verb of joining codes with a party set it joins ([module docs]).
pub(super) fn drop_joined_parties(text: &str, trees: &Parses, out: &mut Vec<CodedEvent>) {
    let joined: Vec<Span> = out
        .iter()
        .filter(|e| joins_partner(text, e) && !e.path.contains("other side"))
        .filter(|e| partners(out, e) >= 2 || role_or_act_follows(trees, e))
        .map(|e| e.trigger)
        .collect();
    out.retain(|e| !(joins_partner(text, e) && joined.contains(&e.trigger)));
}
