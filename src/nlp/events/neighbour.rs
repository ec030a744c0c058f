//! "its neighbour": a state's act on "its neighbour" ("Y expelled X's envoy, accusing its
//! neighbour of arming rebels") names no actor the lists can place, yet the story has
//! already shown the state's other party. When the act's frame found no target and the
//! words after the trigger are a possessive and the singular noun (with at most one
//! adjective: "its northern neighbour"), the target is the one other side every earlier
//! counted event of the source's side had, the same sentence's earlier acts included.
//! Two or more such sides, or none, leave the act without a target.
use super::reactions::{counts, placed};
use super::sole_partner::{fill_targets, one_side, other_party};
use super::*;

/// The singular noun, both spellings.
const NEIGHBOUR: [&str; 2] = ["neighbour", "neighbor"];

/// Possessives of a state's own neighbour.
const POSSESSIVE: [&str; 2] = ["its", "their"];

/// The object is "its [adjective] neighbour".
fn on_its_neighbour(text: &str, e: &CodedEvent) -> bool {
    let words: Vec<String> = super::reactions::words_after(text, e.trigger)
        .take(3)
        .map(str::to_lowercase)
        .collect();
    let noun = |w: Option<&String>| w.is_some_and(|w| NEIGHBOUR.contains(&w.as_str()));
    words
        .first()
        .is_some_and(|w| POSSESSIVE.contains(&w.as_str()))
        && (noun(words.get(1)) || noun(words.get(2)))
}

/// The one other side of `e`'s source side in the earlier events, if exactly one.
fn only_other_side(earlier: &[CodedEvent], e: &CodedEvent) -> Option<Participant> {
    let s = e.source.actor.side();
    one_side(
        earlier
            .iter()
            .filter(|a| a.sentence <= e.sentence && counts(a))
            .filter_map(|a| other_party(a, s)),
    )
}

/// An act whose frame found no target, by a placed source, on "its neighbour".
fn wants_neighbour(text: &str, e: &CodedEvent) -> bool {
    e.target.is_none()
        && placed(&e.source)
        && e.path.contains("target: none")
        && on_its_neighbour(text, e)
}

/// Gives each target-less act on "its neighbour" the source's one other side.
pub(super) fn fill_neighbours(text: &str, out: &mut [CodedEvent]) {
    fill_targets(
        out,
        |e| wants_neighbour(text, e),
        only_other_side,
        "; target: its neighbour, the source's one other side",
    );
}
