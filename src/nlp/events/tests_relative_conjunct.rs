//! A relative clause on the last conjunct of a list of actors describes that conjunct only
//! (branch precision16); invented sentences.
use super::tests::{has_root, run, three_states_and, triples};

fn events(text: &str) -> Vec<(String, String, String)> {
    triples(&run(text, &three_states_and(&[])))
}

#[test]
fn a_clause_on_the_last_conjunct_is_not_the_first_ones() {
    let t = events(
        "Trade collapsed after years of war between Freedonia and a Ruritanian-led \
         coalition that backs Sylvania.",
    );
    assert!(
        !t.iter()
            .any(|(s, g, c)| s == "FRE" && g == "SYL" && c.starts_with("05")),
        "{t:?}"
    );
}

#[test]
fn the_last_conjunct_keeps_its_clause() {
    let evs = run(
        "Trade collapsed after years of war between Freedonia and a Ruritanian-led \
         coalition that backs Sylvania.",
        &three_states_and(&[]),
    );
    assert!(has_root(&evs, "RUR", "SYL", "05"), "{:?}", triples(&evs));
}

#[test]
fn a_coordinated_subject_still_acts_together() {
    // contrast: the list is the subject of the verb, not an antecedent of a clause
    let evs = run(
        "Freedonia and a Ruritanian-led coalition backed Sylvania on Monday.",
        &three_states_and(&[]),
    );
    let t = triples(&evs);
    assert!(has_root(&evs, "FRE", "SYL", "05"), "{t:?}");
    assert!(has_root(&evs, "RUR", "SYL", "05"), "{t:?}");
}
