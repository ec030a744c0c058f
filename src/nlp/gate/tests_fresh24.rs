//! A modal inside a closed quotation is no modal of the verb after "and" (branch fresh24);
//! invented sentences.
use super::tests::verdict;

#[test]
fn a_quoted_modal_does_not_reach_the_next_verb() {
    let t = "Peru said the border \"could not be crossed\" and asked Chile for talks.";
    assert_eq!(verdict(t, "asked", "PER", "CHL", "020"), None);
}

#[test]
fn a_modal_quoted_with_its_conjunct_still_reaches_it() {
    let t = "Peru said Chile \"could have dropped its claim and asked\" for talks.";
    // a quoted act is no reported one either way: the quote's own rule drops it
    assert!(verdict(t, "asked", "CHL", "PER", "020").is_some());
}

#[test]
fn a_quoted_obligation_before_and_is_not_the_next_verbs() {
    let t =
        "Moscow said the line \"must be respected\" and accused Tbilisi of staging provocations.";
    assert_eq!(verdict(t, "accused", "RUSGOV", "GEO", "112"), None);
    // unquoted, the obligation still binds the bare conjunct
    let t = "Moscow said Tbilisi must respect the line and withdraw its police.";
    assert!(verdict(t, "withdraw", "GEO", "RUS", "0874").is_some());
}
