//! "the two" after a call whose other party is named only as "his X counterpart" and by a
//! name the dictionaries lack (branch recall81). Invented sentences.

use super::tests::actor_of_nth;

/// The caller and "his Togolese counterpart": one side each, whatever sector the
/// nationality's mention carries.
#[test]
fn the_two_after_a_call_to_an_unknown_counterpart_are_the_callers() {
    let text = "ACCRA (Wire) — Ghana's foreign minister telephoned his Togolese counterpart, \
        Kafui Dzidzornu, on Monday, and the two agreed to reopen the crossing.";
    let actor = actor_of_nth(text, "the two", 0).unwrap_or_default();
    let sides: Vec<&str> = actor.split('/').map(|c| c.get(..3).unwrap_or(c)).collect();
    assert_eq!(sides, ["GHA", "TGO"], "{actor}");
}
