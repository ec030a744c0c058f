//! ConfliBERT quad classes (branch quad13): a gerund inside a compound noun ends no pattern
//! window ("a data sharing agreement"); a mediation effort launched is a mediation (045),
//! not an appeal (020). Invented text.
use super::tests::{has_sides, run, three_states_and, triples};

#[test]
fn a_gerund_inside_the_object_noun_ends_no_window() {
    let actors = three_states_and(&[]);
    let evs = run(
        "Freedonia and Ruritania signed a landmark data sharing agreement.",
        &actors,
    );
    assert!(has_sides(&evs, "FRE", "RUR", "057"), "{:?}", triples(&evs));
    assert!(has_sides(&evs, "RUR", "FRE", "057"), "{:?}", triples(&evs));
    let evs = run(
        "Freedonia signed an information sharing agreement with Sylvania.",
        &actors,
    );
    assert!(has_sides(&evs, "FRE", "SYL", "057"), "{:?}", triples(&evs));
}

#[test]
fn a_gerund_after_the_object_still_starts_a_clause() {
    // "sharing" heads a clause of its own here: its object is no document of the signing.
    let actors = three_states_and(&[]);
    let evs = run(
        "Freedonia signed the papers, sharing an agreement with Sylvania.",
        &actors,
    );
    assert!(!has_sides(&evs, "FRE", "SYL", "057"), "{:?}", triples(&evs));
}

#[test]
fn a_launched_mediation_effort_is_a_mediation() {
    let actors = three_states_and(&[]);
    for text in [
        "Sylvania launched a mediation effort between Freedonia and Ruritania.",
        "Sylvania launched a mediation effort in the fishing dispute.",
    ] {
        let evs = run(text, &actors);
        let tr = triples(&evs);
        assert!(
            tr.iter().all(|(_, _, c)| !c.starts_with("02")),
            "{text}: {tr:?}"
        );
        assert!(has_sides(&evs, "SYL", "", "045"), "{text}: {tr:?}");
    }
}
