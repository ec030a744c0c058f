//! A people named by its nationality travels or migrates; it does not visit, host or meet a
//! state (branch precision17). Invented text.
use super::tests::{run, three_states_and, triples};

use super::*;

/// The consultations (CAMEO 04x) coded in `text`.
fn consultations(text: &str) -> Vec<(String, String, String)> {
    let actors = three_states_and(&[("Ruritanians", "RUR", EntityType::Nationality)]);
    triples(&run(text, &actors))
        .into_iter()
        .filter(|(_, _, c)| c.starts_with("04"))
        .collect()
}

#[test]
fn a_people_leaving_for_a_state_makes_no_visit() {
    let text = "Thousands of young Ruritanians have left for Freedonia in small boats.";
    assert_eq!(consultations(text), Vec::new(), "{text}");
}

#[test]
fn an_official_leaving_for_a_state_still_visits_it() {
    // the same verb with an office: a visit, and the host's reverse event
    let text = "Ruritania's foreign minister left for Freedonia on Monday.";
    let got = consultations(text);
    assert!(
        got.iter()
            .any(|(s, t, c)| s.starts_with("RUR") && t == "FRE" && c == "042"),
        "{got:?}"
    );
}

#[test]
fn a_nationality_word_on_a_counterpart_is_still_a_party() {
    // an adjective lends its country to the noun it modifies: the meeting stands
    let text = "Freedonia's foreign minister met his Ruritanian counterpart on Monday.";
    let got = consultations(text);
    assert!(
        got.iter()
            .any(|(s, t, _)| s.starts_with("FRE") && t.starts_with("RUR")),
        "{got:?}"
    );
}
