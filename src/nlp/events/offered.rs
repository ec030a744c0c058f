//! The sides a sentence offers for an act with no target: the frame's `clause_actors`
//! (placed actors under the predicate, outside its subject, not the source; see
//! `frames/clause_actor.rs`) written into the event's path as their sides. The story-level
//! target guesses (`sole_partner::fill_targets`) read them: a guess on a side that is
//! neither the source's nor one the sentence offers contradicts the sentence ("talks in the
//! capital with the president of Z", when the story's partner is Y), and is not made.
use super::context::SentenceCx;
use super::parsed::side_of;
use super::*;

/// Where the offered sides start in a path; they run to the next "; ".
const OFFERED: &str = "; sides in clause: ";

/// Writes the sides of the frame's clause actors into `path`.
pub(super) fn mark_offered(cx: &SentenceCx, f: &frames::Frame, path: &mut String) {
    if f.clause_actors.is_empty() {
        return;
    }
    let mut sides: Vec<&str> = Vec::new();
    let mentions = side_of(cx.groups, &f.clause_actors).mentions;
    for a in mentions.iter().filter_map(|m| cx.actors.get(m)).flatten() {
        // An agent of no country ("militants", "its military government") is no side a
        // guess could contradict: the same test as a placed participant's.
        let s = a.side();
        let placed = !a.code.is_empty() && !crate::nlp::mentions::unplaced_code(&a.code);
        if placed && !s.is_empty() && !sides.contains(&s) {
            sides.push(s);
        }
    }
    if !sides.is_empty() {
        path.push_str(OFFERED);
        path.push_str(&sides.join(" "));
    }
}

/// The sides `path` says the sentence offers (none when it says nothing).
fn offered(path: &str) -> impl Iterator<Item = &str> {
    let list = path.split_once(OFFERED).map_or("", |(_, rest)| {
        rest.split_once("; ").map_or(rest, |(list, _)| list)
    });
    list.split(' ').filter(|s| !s.is_empty())
}

/// Does the sentence of `e` offer a side other than its source's? An act left with no target
/// in a clause that names another placed party has an addressee the coder did not attach
/// ("refuses to lift sanctions to bring Y to the table"), so it is no one-sided act
/// (`gate/one_sided.rs`).
pub fn offers_other_side(e: &CodedEvent) -> bool {
    let own = e.source.actor.side();
    offered(&e.path).any(|s| s != own)
}

/// The one side other than its source's that the sentence of `e` offers (none when it
/// offers no other side, or two or more).
pub(super) fn sole_other_side(e: &CodedEvent) -> Option<&str> {
    let own = e.source.actor.side();
    let mut others = offered(&e.path).filter(|s| *s != own);
    let first = others.next()?;
    others.all(|s| s == first).then_some(first)
}

/// Does the sentence of `e` offer a side that is neither `e`'s source's nor `guess`'s?
pub(super) fn contradicts(e: &CodedEvent, guess: &Participant) -> bool {
    contradicts_beyond(e, guess, &[])
}

/// As `contradicts`, with the sides in `excused` (the sentence's other actors of their own
/// clause, see `aid_recipient::co_actors`) not counted against the guess.
pub(super) fn contradicts_beyond(e: &CodedEvent, guess: &Participant, excused: &[&str]) -> bool {
    let own = e.source.actor.side();
    let guessed = guess.actor.side();
    offered(&e.path).any(|s| s != own && s != guessed && !excused.contains(&s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offered_sides_end_at_the_next_mark() {
        let path = "source: nsubj; target: none; sides in clause: ABC DEF; clause: main";
        assert_eq!(offered(path).collect::<Vec<_>>(), ["ABC", "DEF"]);
        assert_eq!(offered("source: nsubj; target: none").count(), 0);
    }
}
