//! Branch quad23, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): a mobilisation of the source's own forces is a one-sided force
//! posture, and a release of people or a return of property is a one-sided concession,
//! unless its sentence names another party the troops face or the release answers.
use super::test_support::{emitted, has};

#[test]
fn own_forces_mobilised_are_a_one_sided_force_posture() {
    for text in [
        "Chad mobilized its army on Monday.",
        "The Chadian army mobilised troops on Monday.",
    ] {
        let evs = emitted(text);
        assert!(has(&evs, "TCD", "", "15"), "{text}: {evs:?}");
    }
}

#[test]
fn troops_deployed_or_mobilised_facing_a_named_party_stay_dropped() {
    for text in [
        // Where the troops went is not known: the own-forces rule still holds.
        "Chad deployed troops on Monday.",
        // The state across the border is the act's addressee the coder did not attach.
        "Peru has mobilised 5,000 soldiers along its border with Ecuador.",
    ] {
        let evs = emitted(text);
        assert!(
            !evs.iter().any(|(_, _, c)| c.starts_with("15")),
            "{text}: {evs:?}"
        );
    }
}

/// An 08x event with no resolved target: none, or an agent of no country ("---MED").
fn untargeted_release(evs: &[(String, String, String)]) -> bool {
    evs.iter()
        .any(|(_, t, c)| c.starts_with("084") && (t.is_empty() || t.starts_with("---")))
}

#[test]
fn people_freed_or_property_returned_are_one_sided() {
    for text in [
        "The Zambian government released three journalists on Monday.",
        "The Zambian government returned the stolen statue to its owners.",
    ] {
        let evs = emitted(text);
        assert!(has(&evs, "ZMB", "", "084"), "{text}: {evs:?}");
        // journalists of no country freed by a state with no other country in view are its
        // own (branch quad18: ZMBGOV -> ZMBMED); the statue's owners stay untargeted
        assert!(
            untargeted_release(&evs) || has(&evs, "ZMB", "ZMBMED", "084"),
            "{text}: {evs:?}"
        );
    }
}

#[test]
fn a_release_facing_a_named_party_or_of_a_document_stays_dropped() {
    for text in [
        // The state named is the party the release answers, which the coder did not attach.
        "The Zambian government released three journalists at the request of Malawi.",
        // Releasing a budget publishes it: no one is freed.
        "The Zambian government released a new budget on Monday.",
    ] {
        let evs = emitted(text);
        assert!(!untargeted_release(&evs), "{text}: {evs:?}");
    }
}
