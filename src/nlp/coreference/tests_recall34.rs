//! "the two sides" after a clause joined by ", and" that names exactly the pair, one of them
//! as the partner after "with" (branch recall34). Invented text.
use super::tests::events;

const LEAD: &str = "Ghana's foreign minister arrived in Lome on Monday.";

/// Does `text` code a signature (057) from `s` to `t`?
fn signed(text: &str, s: &str, t: &str) -> bool {
    events(text)
        .iter()
        .any(|(a, b, c)| a == s && b == t && c == "057")
}

#[test]
fn the_two_sides_after_a_joined_clause_are_its_pair() {
    let text = format!(
        "{LEAD} He held talks with the Togolese president, and the two sides signed \
         agreements on border radar."
    );
    assert!(signed(&text, "GHA", "TGO") && signed(&text, "TGO", "GHA"));
}

#[test]
fn the_two_sides_after_a_semicolon_are_not_read_from_the_clause_before() {
    let text = format!(
        "{LEAD} He held talks with the Togolese president; the two sides signed agreements \
         on border radar."
    );
    assert!(!signed(&text, "GHA", "TGO"));
}
