//! Branch recall26: people of a named nationality held by a state or group are detained
//! (173), as "detained" would code them; "hold" with talks or responsibility keeps its other
//! readings. Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};

#[test]
fn holding_foreign_nationals_is_a_detention() {
    for people in ["fishermen", "nationals", "sailors", "citizens"] {
        let text = format!("Freedonia is holding nine Ruritanian {people} at a naval base.");
        let evs = run(&text, &three_states_and(&[]));
        assert!(
            has(&evs, "FRE", "RUR", "173"),
            "{people}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn holding_talks_or_holding_responsible_is_no_detention() {
    let evs = run(
        "Freedonia held talks with Ruritanian citizens on Monday.",
        &three_states_and(&[]),
    );
    assert!(!evs.iter().any(|e| e.cameo == "173"), "{:?}", triples(&evs));
    let evs = run(
        "Freedonia holds Ruritanian nationals responsible for the fire.",
        &three_states_and(&[]),
    );
    assert!(!evs.iter().any(|e| e.cameo == "173"), "{:?}", triples(&evs));
}
