//! A stance repeated by a statement "like" the one just told: "A praised Y's election.
//! B and C issued similar statements", "D sent the same message". The statement names no
//! addressee and no content of its own: its likeness word (a modifier of the verb's object
//! in the parse, `trigger_tree`) says it takes the stance of the
//! latest act told before it, so each of its parties (one candidate per co-subject, as the
//! verb phrase coded them) takes that act's code and addressee. The act repeated is in the
//! latest earlier sentence (within [`NEAR`]) that holds an act of another side with a placed
//! addressee; only the stances a statement can carry are copied from it: praise or support
//! (050-053) and disapproval (11x, not a summons). When that sentence told something else
//! (a recall, a meeting, a rejection), nothing is guessed: the statement may repeat that. A
//! statement whose own noun names its stance ("similar statements of support", 051) takes
//! only acts of that stance. A joined act is repeated the same way: "B joined the
//! condemnation", "C echoed the criticism (of Y)" names no meeting but the act joined, so
//! it takes that act's code and addressee (only an addressee it names, if it names one),
//! and is dropped when no such act was told. Cue words: `likeness`, `utterance`, `joining`
//! and `joined_act` rows of `data/lexicon/ellipsis.tsv`; the gate judges each copy as any
//! other event.
use super::codes::{ACCUSE, PRAISE, SUMMONS};
use super::reactions::{counts, placed};
use super::trigger_tree::{Parses, Tree};
use super::*;
use crate::nlp::lexicon::kind_rows;
use std::sync::OnceLock;

const WORDS: &str = include_str!("../../../data/lexicon/ellipsis.tsv");

/// How many sentences before the statement the act it repeats may lie: a likeness takes up
/// what was just told.
const NEAR: usize = 2;

/// The likeness words, the statement nouns, the verbs of joining and the acts they join.
struct Cues {
    likeness: Vec<&'static str>,
    utterances: Vec<&'static str>,
    joining: Vec<&'static str>,
    joined_acts: Vec<&'static str>,
}

fn cues() -> &'static Cues {
    static W: OnceLock<Cues> = OnceLock::new();
    W.get_or_init(|| Cues {
        likeness: ellipsis_rows("likeness"),
        utterances: ellipsis_rows("utterance"),
        joining: ellipsis_rows("joining"),
        joined_acts: ellipsis_rows("joined_act"),
    })
}

/// The words of one kind of `data/lexicon/ellipsis.tsv`.
pub(super) fn ellipsis_rows(kind: &str) -> Vec<&'static str> {
    kind_rows(WORDS)
        .filter(|(k, _)| *k == kind)
        .map(|(_, w)| w)
        .collect()
}

/// The trigger is a verb of joining (`joining`): "join", "echo".
pub(super) fn joining_verb(text: &str, e: &CodedEvent) -> bool {
    let verb = text.get(e.trigger.start..e.trigger.end).unwrap_or_default();
    cues().joining.contains(&verb.to_lowercase().as_str())
}

/// The trigger's objects in the parse (its `obj` dependents).
pub(super) fn objects(tree: &Tree) -> Vec<usize> {
    tree.dependents(tree.at, "obj").collect()
}

/// The trigger's object is a statement like another: a statement noun (`utterance`) with
/// a likeness word (`likeness`) as its modifier ("issued similar statements", "sent the
/// same message") or as the verb's secondary predicate of it ("issued a statement similar
/// in tone to …").
fn likened_statement(trees: &Parses, e: &CodedEvent) -> bool {
    let Some(tree) = trees.trigger(e) else {
        return false;
    };
    let c = cues();
    let like = |w: usize| c.likeness.contains(&tree.lower(w).as_str());
    let predicated = tree.dependents(tree.at, "xcomp").any(like);
    objects(&tree).into_iter().any(|o| {
        c.utterances.contains(&tree.lower(o).as_str())
            && (predicated || tree.dependents(o, "amod").any(like))
    })
}

/// A verb of joining (`joining`) whose object in the parse is an act noun (`joined_act`),
/// whatever modifies it: "joined the condemnation", "echoed the same call".
pub(super) fn joined_act(text: &str, trees: &Parses, e: &CodedEvent) -> bool {
    if !joining_verb(text, e) {
        return false;
    }
    let Some(tree) = trees.trigger(e) else {
        return false;
    };
    objects(&tree)
        .into_iter()
        .any(|o| cues().joined_acts.contains(&tree.lower(o).as_str()))
}

/// A stance a statement can carry: praise or support by words (050-053) or disapproval
/// (11x), not a summons (110), which is a step taken, not said.
fn stance(code: &str) -> bool {
    match crate::nlp::cameo::root(code) {
        Some(PRAISE) => code.get(2..3).is_some_and(|d| d <= "3"),
        Some(ACCUSE) => code != SUMMONS,
        _ => false,
    }
}

/// An act the statement may repeat: told in an earlier sentence within [`NEAR`], counted
/// (`reactions::counts`), by a placed source of another side, to a placed addressee.
fn repeatable(a: &CodedEvent, e: &CodedEvent, side: &str) -> bool {
    a.sentence < e.sentence
        && a.sentence + NEAR >= e.sentence
        && counts(a)
        && placed(&a.source)
        && a.source.actor.side() != side
        && a.target.as_ref().is_some_and(placed)
}

/// The (code, addressee) pairs the statement `out[i]` repeats, once each: the stance acts of
/// the latest sentence with a repeatable act, less those addressed to the repeating side.
fn repeated(
    text: &str,
    trees: &Parses,
    out: &[CodedEvent],
    i: usize,
) -> Vec<(String, Participant)> {
    let e = &out[i];
    let open = e.target.as_ref().is_none_or(|t| !placed(t));
    let joined = joined_act(text, trees, e);
    if !(open || joined) || !placed(&e.source) || e.modality != Modality::Asserted {
        return Vec::new();
    }
    if !joined && !likened_statement(trees, e) {
        return Vec::new();
    }
    // a joined act that names its addressee ("the condemnation of Y") repeats only acts to Y
    let named = e
        .target
        .as_ref()
        .filter(|t| placed(t))
        .map(|t| t.actor.code.clone());
    let side = e.source.actor.side();
    let Some(latest) = out
        .iter()
        .filter(|a| repeatable(a, e, side))
        .map(|a| a.sentence)
        .max()
    else {
        return Vec::new();
    };
    // "statements of support" (051) repeat only support
    let own_root = crate::nlp::cameo::root(&e.cameo).filter(|_| stance(&e.cameo));
    let mut acts: Vec<(String, Participant)> = Vec::new();
    for a in out.iter().filter(|a| a.sentence == latest) {
        let Some(t) = a.target.as_ref().filter(|_| repeatable(a, e, side)) else {
            continue;
        };
        let fits = own_root.is_none_or(|r| crate::nlp::cameo::root(&a.cameo) == Some(r));
        let aimed = named.as_ref().is_none_or(|n| *n == t.actor.code);
        let seen = acts
            .iter()
            .any(|(c, p)| *c == a.cameo && p.actor.code == t.actor.code);
        if stance(&a.cameo) && fits && aimed && t.actor.side() != side && !seen {
            acts.push((a.cameo.clone(), t.clone()));
        }
    }
    acts
}

/// Gives each statement "like" an earlier one the code and addressee of the stance it
/// repeats ([`repeated`]); one event per repeated act. A joined act with no act to repeat
/// is dropped: joining is no meeting with the act's addressee.
pub(super) fn fill_similar_statements(text: &str, trees: &Parses, out: &mut Vec<CodedEvent>) {
    let note = "; code and target: the stance the similar statement repeats";
    let mut i = 0;
    while i < out.len() {
        let acts = repeated(text, trees, out, i);
        if acts.is_empty() && joined_act(text, trees, &out[i]) {
            out.remove(i);
            continue;
        }
        let extra = acts.len().saturating_sub(1);
        let original = out[i].clone();
        for (k, (code, t)) in acts.into_iter().enumerate() {
            let mut copy = original.clone();
            copy.cameo = code;
            copy.target = Some(t);
            copy.path.push_str(note);
            if k == 0 {
                out[i] = copy;
            } else {
                out.insert(i + k, copy);
            }
        }
        i += 1 + extra;
    }
}
