//! A thing a state owns is no agent of the state, and a measure only labelled or told as a
//! habit falls on no population of the source's (branch precision21); invented text.
use super::tests::{run, targets_of, triples};
use EntityType::*;

use super::*;

fn sources(evs: &[CodedEvent]) -> Vec<String> {
    evs.iter().map(|e| e.source.actor.code.clone()).collect()
}

#[test]
fn a_states_measure_or_good_is_not_the_state_acting() {
    for text in [
        "Ruritania said the Freedonian tariffs violate the rules of world trade.",
        "Ruritania said Freedonia's new programme threatens the whole region.",
        "Ruritania said the Freedonian steel floods its market.",
    ] {
        let evs = run(
            text,
            &[
                ("Ruritania", "RUR", Location),
                ("Freedonian", "FRE", Nationality),
                ("Freedonia", "FRE", Location),
            ],
        );
        assert!(
            !sources(&evs).iter().any(|s| s.starts_with("FRE")),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_states_agents_still_act_for_it() {
    // contrast: forces and officials are the state's agents; the rule takes only things
    let evs = run(
        "Freedonian troops attacked a Ruritanian border post on Monday.",
        &[
            ("Freedonian troops", "FREMIL", Organisation),
            ("Ruritanian", "RUR", Nationality),
        ],
    );
    assert!(
        sources(&evs).iter().any(|s| s.starts_with("FRE")),
        "{:?}",
        triples(&evs)
    );
}

#[test]
fn a_habitual_measure_falls_on_no_own_population() {
    // "a government that jails its opponents" tells what a state does, not an arrest
    let evs = run(
        "The activist spoke on Monday. The Peruvian government jails its opponents, she said.",
        &[("The Peruvian government", "PERGOV", Organisation)],
    );
    assert!(
        targets_of(&evs, "PERGOV").iter().all(|t| t != "PER"),
        "{:?}",
        triples(&evs)
    );
    // contrast: a headline's present tells the news, and an arrest told as done keeps its
    // own-population target
    let evs = run(
        "Peruvian government jails dozens of opponents",
        &[("Peruvian government", "PERGOV", Organisation)],
    );
    assert!(
        targets_of(&evs, "PERGOV").iter().any(|t| t == "PER"),
        "{:?}",
        triples(&evs)
    );
    let evs = run(
        "The Peruvian government jailed dozens of its opponents on Monday.",
        &[("The Peruvian government", "PERGOV", Organisation)],
    );
    assert!(
        targets_of(&evs, "PERGOV").iter().any(|t| t == "PER"),
        "{:?}",
        triples(&evs)
    );
}
