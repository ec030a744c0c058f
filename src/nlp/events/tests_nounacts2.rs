//! Acts carried by a noun phrase (branch nounacts2): a meeting whose "between" pair the
//! parse hangs under its place, an act judged by a verb of disapproval coded from the
//! noun's own author and patient, and the patient's nationality kept out of the author's
//! place. Invented sentences.
use super::tests::has_code as has;
use super::tests::{run, triples};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 4] = [
    ("Ruritania", "RUR", Organisation),
    ("Ruritanian", "RUR", Location),
    ("Sylvania", "SYL", Organisation),
    ("Sylvanian navy", "SYLMIL", Organisation),
];

#[test]
fn a_meeting_set_in_a_city_between_two_states_is_theirs() {
    let text =
        "The plan was approved on Friday at a meeting in Lima between Ruritania and Sylvania.";
    let mut actors = ACTORS.to_vec();
    actors.push(("Lima", "PER", Location));
    let evs = run(text, &actors);
    assert!(has(&evs, "RUR", "SYL", "040"), "{:?}", triples(&evs));
    assert!(has(&evs, "SYL", "RUR", "040"), "{:?}", triples(&evs));
}

#[test]
fn a_detention_protested_against_is_coded_from_its_by_agent() {
    let text = "Ruritania summoned an envoy to protest against the detention of a Ruritanian trawler by the Sylvanian navy.";
    let evs = run(text, &ACTORS);
    assert!(has(&evs, "SYLMIL", "RUR", "173"), "{:?}", triples(&evs));
    assert!(
        !evs.iter()
            .any(|e| e.cameo == "173" && e.source.actor.code == "RUR"),
        "the patient's nationality is no author: {:?}",
        triples(&evs)
    );
}

#[test]
fn a_denied_or_demanded_arrest_is_no_arrest() {
    for text in [
        "Sylvania denied the arrest of a Ruritanian trawler crew by the Sylvanian navy.",
        "Ruritania demanded the arrest of the Ruritanian smugglers by the Sylvanian navy.",
    ] {
        let evs = run(text, &ACTORS);
        assert!(
            !evs.iter().any(|e| e.cameo == "173"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}

#[test]
fn a_condemned_act_needs_its_own_author() {
    let text = "Ruritania condemned the detention of a Ruritanian trawler.";
    let evs = run(text, &ACTORS);
    assert!(
        !evs.iter().any(|e| e.cameo == "173"),
        "no author, no detention: {:?}",
        triples(&evs)
    );
}
