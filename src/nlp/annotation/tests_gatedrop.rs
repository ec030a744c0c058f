//! A quotation closed by "the spokesman said", the spokesman a body's introduced before
//! (branch gatedrop): the quotation has a named speaker, so the gate judges its act as any
//! other. Invented articles.
use super::test_support::{emitted, has};

#[test]
fn a_quoted_threat_closed_by_the_spokesman_is_emitted() {
    let text = "Chile's foreign ministry summoned the Peruvian ambassador on Tuesday. A \
        ministry spokesman said the firms did normal trade.\n\n\"If Peru insists on this \
        path, Chile will take the necessary measures,\" the spokesman said.";
    let ev = emitted(text);
    assert!(has(&ev, "CHL", "PER", "13"), "{ev:?}");
}

#[test]
fn a_quoted_view_with_no_speaker_stays_dropped() {
    let text = "Chile's foreign ministry summoned the Peruvian ambassador on Tuesday.\n\n\"If \
        Peru insists on this path, Chile will take the necessary measures.\"";
    let ev = emitted(text);
    assert!(!has(&ev, "CHL", "PER", "13"), "{ev:?}");
}
