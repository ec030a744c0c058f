//! Branch transfers: co-subjects of a verb of sending or paying act for a third party, not
//! on each other; paying for or funding something in another state is aid to it (07x), not
//! economic cooperation. Invented text.
use super::tests::{has_sides, run, triples};
use EntityType::*;

use super::*;

const ACTORS: [(&str, &str, EntityType); 3] = [
    ("Freedonia", "FRE", Location),
    ("Ruritania", "RUR", Location),
    ("Sylvania", "SYL", Location),
];

/// No event of `evs` has the two co-subjects as each other's source and target.
fn no_pair(evs: &[CodedEvent]) -> bool {
    !triples(evs).iter().any(|(s, t, _)| {
        s.starts_with("FRE") && t.starts_with("RUR") || s.starts_with("RUR") && t.starts_with("FRE")
    })
}

#[test]
fn co_subjects_that_dispatch_teams_are_not_partners() {
    let evs = run(
        "Freedonia and Ruritania dispatched medical staff to help Sylvania after the storm.",
        &ACTORS,
    );
    assert!(no_pair(&evs), "{:?}", triples(&evs));
    let evs = run(
        "Freedonia and Ruritania sent planes to evacuate their citizens.",
        &ACTORS,
    );
    assert!(no_pair(&evs), "{:?}", triples(&evs));
}

#[test]
fn co_subjects_that_agree_to_fund_a_project_in_a_third_state_promise_it_aid() {
    // the promise goes to the state the project is in, not from one funder to the other
    let evs = run(
        "Freedonia and Ruritania agreed to finance a new harbour in Sylvania.",
        &ACTORS,
    );
    assert!(has_sides(&evs, "FRE", "SYL", "03"), "{:?}", triples(&evs));
    assert!(no_pair(&evs), "{:?}", triples(&evs));
}

#[test]
fn co_subjects_still_agree_with_each_other() {
    // contrast: a symmetric verb with no other party pairs the two
    let evs = run("Freedonia and Ruritania agreed on Monday.", &ACTORS);
    assert!(has_sides(&evs, "FRE", "RUR", ""), "{:?}", triples(&evs));
}

#[test]
fn paying_for_a_project_in_another_state_is_aid() {
    let evs = run(
        "Freedonia has paid for a solar farm in Sylvania, the ministry said.",
        &ACTORS,
    );
    assert!(has_sides(&evs, "FRE", "SYL", "07"), "{:?}", triples(&evs));
    assert!(!has_sides(&evs, "FRE", "SYL", "06"), "{:?}", triples(&evs));
    let evs = run(
        "Ruritania has financed roads in Sylvania for years.",
        &ACTORS,
    );
    assert!(has_sides(&evs, "RUR", "SYL", "07"), "{:?}", triples(&evs));
}

#[test]
fn dispatching_doctors_to_a_state_is_aid_not_cooperation() {
    let evs = run(
        "Freedonia dispatched doctors and medicines to Sylvania.",
        &ACTORS,
    );
    assert!(has_sides(&evs, "FRE", "SYL", "07"), "{:?}", triples(&evs));
}
