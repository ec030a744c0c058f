//! A call for the release of people who, the same phrase says, are held by or in another
//! state: "Sylvania demanded the release of two Sylvanian reporters held in Ruritania",
//! "called for the release of its citizens detained by Ruritanian police". The call is put to
//! the holder, not to the people (the caller's own nationals, whom the gate would drop as the
//! party asked) nor left without a target. The holder is the `by` agent of a participle of
//! taking or holding people (`detention_verb` of `data/lexicon/frames.txt`) that modifies a
//! noun inside the call's phrase, or failing one its `in` place; it must be placed and of
//! another side than the caller. Runs before `own_side::release_holders`: a holder named in
//! the sentence outranks the story's earlier detention.
use super::reactions::{placed, placed_actor};
use super::trigger_tree::{Parses, Tree};
use super::*;

const PATH: &str = "; target: the holder the released people's participle names (\"held in Y\")";

/// How far up from the participle the call's trigger may be.
const MAX_UP: usize = 6;

/// Gives each release call with no party asked the holder named in its own phrase.
pub(super) fn fill_named_holders(
    ents: &EntityAnalysis,
    trees: &Parses,
    lex: &FrameLexicon,
    out: &mut [CodedEvent],
) {
    for e in out.iter_mut() {
        if !unaddressed_release(e) {
            continue;
        }
        let Some(tree) = trees.trigger(e) else {
            continue;
        };
        let Some(holder) = named_holder(ents, &tree, lex, &e.source.actor) else {
            continue;
        };
        e.target = Some(holder);
        e.path.push_str(PATH);
    }
}

/// A release call (`cameo::RELEASE_CALLS`) by a placed source whose target is none, an
/// agent of no country, or the source's own side (its nationals read as the party asked).
fn unaddressed_release(e: &CodedEvent) -> bool {
    let release = crate::nlp::cameo::RELEASE_CALLS
        .iter()
        .any(|c| e.cameo.starts_with(c));
    let open = e
        .target
        .as_ref()
        .is_none_or(|t| !placed(t) || t.actor.side() == e.source.actor.side());
    release && open && placed(&e.source)
}

/// The placed actor of another side than `caller` that a detention participle under the
/// trigger names: its `by` agent, else its `in` place.
fn named_holder(
    ents: &EntityAnalysis,
    tree: &Tree<'_>,
    lex: &FrameLexicon,
    caller: &Actor,
) -> Option<Participant> {
    let participle = (tree.at + 1..tree.len()).find(|&w| {
        tree.rel(w) == "acl"
            && tree.xpos(w) == "VBN"
            && lex.is_detention(&tree.lemma(w))
            && under(tree, w, tree.at)
    })?;
    ["by", "in"].iter().find_map(|case| {
        tree.dependents(participle, "obl")
            .filter(|&o| tree.marked(o, "case", &[case]))
            .find_map(|o| mention_actor(ents, tree.span(o)))
            .filter(|(a, _)| placed_actor(a) && a.side() != caller.side())
            .map(|(actor, mi)| Participant {
                actor: actor.clone(),
                mention: Some(mi),
                text: String::new(),
            })
    })
}

/// Is `w` below `top` in the tree, within `MAX_UP` steps?
fn under(tree: &Tree<'_>, w: usize, top: usize) -> bool {
    std::iter::successors(tree.head(w), |&h| tree.head(h))
        .take(MAX_UP)
        .any(|h| h == top)
}

/// The actor of the mention that covers the word at `span`.
fn mention_actor(ents: &EntityAnalysis, span: Span) -> Option<(&Actor, usize)> {
    ents.mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.span.start <= span.start && span.end <= m.span.end)
        .find_map(|(i, _)| actor_of(ents, i).map(|a| (a, i)))
}
