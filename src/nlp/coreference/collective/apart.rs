//! A side thread's pair is not "both governments" (branch recall73): a pair that shares no
//! state with the story's two sides and whose states are each named less often than either
//! side is a mediator, a host or a conflict named in passing ("the mediator, who also
//! served in the Congo conflict, hosted the two ministers in Luanda. … urged both
//! governments"), not a new pair the phrase turns to. A reader goes on with the two sides.
use super::Named;

/// Is `pair` a side thread of a story about `story`: no state shared, and every state of
/// the pair named before the phrase less often than every state of the story's pair?
pub(super) fn side_thread(
    named: &[Named],
    pair: &[Named],
    story: &[Named],
    earlier: &dyn Fn(&Named) -> bool,
) -> bool {
    if pair.len() != 2 || story.len() != 2 {
        return false;
    }
    let shared = pair.iter().any(|n| story.iter().any(|m| m.key == n.key));
    let times = |k: &str| named.iter().filter(|n| earlier(n) && n.key == k).count();
    let most = pair.iter().map(|n| times(&n.key)).max().unwrap_or(0);
    let least = story.iter().map(|m| times(&m.key)).min().unwrap_or(0);
    !shared && most < least
}
