//! A numbered phrase goes on with the group a numbered phrase just before it named
//! (branch recall76): "the mediator hosted the two foreign ministers in his capital. It
//! said the two sides had agreed … The bloc urged both governments …". The latest
//! sentence naming states there is the mediator's own (his state, a conflict he once
//! mediated), a pair a reader never takes for "the two sides"; the group of that many the
//! text has just resolved is nearer and is what the phrase repeats.
use super::{distinct, At, Group, Named};

/// The latest group resolved in the phrase's sentence or the two before, when it names as
/// many as the phrase and no later sentence names states (`prev`, the latest earlier
/// sentence naming any actor, is not after it).
pub(super) fn latest_group(groups: &[Group], at: At, prev: Option<usize>) -> Option<Vec<Named>> {
    let g = groups.last()?;
    let near = g.sentence <= at.sentence && g.sentence + 2 >= at.sentence;
    let latest = prev.is_none_or(|p| g.sentence >= p);
    let states = g.members.iter().all(|n| n.key.len() == 3);
    let members = distinct(&g.members);
    (near && latest && states && members.len() == at.count).then_some(members)
}
