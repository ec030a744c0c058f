//! "the two" after a call whose other party is named only as "his X counterpart" and by a
//! name the dictionaries lack (branch recall81). Invented sentences.

use super::tests::actor_of_nth;

#[test]
fn the_two_after_a_call_to_an_unknown_counterpart_are_the_callers() {
    let text = "ACCRA (Wire) — Ghana's foreign minister telephoned his Togolese counterpart, \
        Ama Tetteh-Zu, on Monday, and the two agreed to reopen the crossing.";
    assert_eq!(
        actor_of_nth(text, "the two", 0).as_deref(),
        Some("GHAGOV/TGOGOV")
    );
}
