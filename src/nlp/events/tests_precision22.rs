//! "leave" with a state or result after its object ("left three soldiers dead", ", leaving
//! the talks without a date") is a result, not a departure or a meeting; a departure ("left
//! for Y", "left Y"), a withdrawal and an expulsion ("ordered Y's envoy to leave") stand
//! (branch precision22). Invented text.
use super::tests::{run, three_states_and, triples};

/// The events coded in `text` with the test states and one ministry.
fn events(text: &str) -> Vec<(String, String, String)> {
    let actors = three_states_and(&[]);
    triples(&run(text, &actors))
}

fn has(got: &[(String, String, String)], src: &str, tgt: &str, code: &str) -> bool {
    got.iter()
        .any(|(s, t, c)| s.starts_with(src) && t.starts_with(tgt) && c == code)
}

#[test]
fn a_result_participle_with_a_state_is_no_meeting() {
    for text in [
        "Freedonia and Ruritania abstained in the vote, leaving the council without a reply.",
        "Freedonian shelling hit the depot, leaving Ruritania isolated from the coast.",
        "The Sylvanian border guards left Ruritania no choice.",
    ] {
        let got = events(text);
        assert!(
            !got.iter().any(|(_, _, c)| c.starts_with("04")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_departure_for_a_state_is_still_a_visit() {
    let text = "Ruritania's foreign minister left for Freedonia on Monday.";
    let got = events(text);
    assert!(has(&got, "RUR", "FRE", "042"), "{got:?}");
}

#[test]
fn an_order_to_leave_is_still_an_expulsion() {
    let text = "Ruritania ordered two Freedonian diplomats to leave the country.";
    let got = events(text);
    assert!(has(&got, "RUR", "FRE", "166"), "{got:?}");
}
