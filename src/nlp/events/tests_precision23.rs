//! A body a complaint is filed with or sent to is the forum that hears it, not the party it
//! accuses; a protest lodged with a body, or a complaint filed with a state, stays addressed
//! to it (branch precision23). Invented text.
use super::tests::{run, three_states_and, triples};
use crate::nlp::EntityType::Organisation;

/// The events coded in `text` with the test states and one organisation.
fn events(text: &str) -> Vec<(String, String, String)> {
    let actors = three_states_and(&[("the Assembly of Nations", "IGOUNO", Organisation)]);
    triples(&run(text, &actors))
}

fn has(got: &[(String, String, String)], src: &str, tgt: &str, code: &str) -> bool {
    got.iter()
        .any(|(s, t, c)| s.starts_with(src) && t.starts_with(tgt) && c.starts_with(code))
}

#[test]
fn a_complaint_filed_with_a_body_does_not_accuse_the_body() {
    for text in [
        "Freedonia filed a complaint with the Assembly of Nations over the shelling of its \
         border villages.",
        "Freedonia lodged a formal complaint with the Assembly of Nations on Monday.",
    ] {
        let got = events(text);
        assert!(!has(&got, "FRE", "IGOUNO", "11"), "{text}: {got:?}");
    }
}

#[test]
fn a_protest_lodged_with_a_body_or_a_complaint_with_a_state_stays() {
    let got = events("Freedonia lodged a protest with the Assembly of Nations over its report.");
    assert!(has(&got, "FRE", "IGOUNO", "1"), "{got:?}");
    let got = events("Freedonia filed a complaint with Ruritania over the seizure of its boats.");
    assert!(has(&got, "FRE", "RUR", "111"), "{got:?}");
}
