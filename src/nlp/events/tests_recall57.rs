//! Branch recall57: a call for release coordinated with a condemnation goes to the author of
//! the act condemned ("condemned the raid and demanded the release of the detainees");
//! invented text. The test splitter cuts sentences only at ". ".
use super::tests::{has_sides, run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Ruritanian troops", "RURMIL", Organisation),
        ("Sylvania's foreign ministry", "SYLGOV", Organisation),
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
    ])
}

const RAID: &str = "Ruritanian troops raided a village in Sylvania on Monday and detained \
                    seven farmers. \n\n";

#[test]
fn a_release_demand_after_a_condemnation_goes_to_the_raid_author() {
    let text = format!(
        "{RAID}Sylvania's foreign ministry condemned the raid as a violation of Sylvanian \
         sovereignty and demanded the immediate release of the detainees."
    );
    let evs = run(&text, &actors());
    assert!(
        has_sides(&evs, "SYL", "RUR", "1053"),
        "{:?}",
        triples(&evs)
    );
}

/// A rejection before the call names whom the speaker answers, not who holds anyone.
#[test]
fn a_rejection_lends_no_holder() {
    let text = "Ruritania's envoy proposed a new round of talks. \n\nSylvania's foreign ministry \
                rejected the proposal and demanded the release of the detainees.";
    let evs = run(text, &actors());
    assert!(
        !has_sides(&evs, "SYL", "RUR", "1053"),
        "{:?}",
        triples(&evs)
    );
}

/// A third party named between the two verbs may be the one asked: no holder is guessed.
#[test]
fn a_third_party_between_keeps_the_call_open() {
    let text = format!(
        "{RAID}Sylvania's foreign ministry condemned the raid, said Freedonia had helped \
         plan it and demanded the immediate release of the detainees."
    );
    let evs = run(&text, &actors());
    assert!(
        !has_sides(&evs, "SYL", "RUR", "1053"),
        "{:?}",
        triples(&evs)
    );
}
