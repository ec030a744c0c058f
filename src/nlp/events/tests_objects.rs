//! Targets from what the act is done to (branch targets4): a measure on a foreign vessel or
//! a shared border is not on the source's own population; a reaction to "the decision"
//! targets its author; a warned cost targets the party that bears it. Invented sentences.
use super::tests::has_root as has;
use super::tests::{run, targets_of, triples};
use super::*;
use EntityType::*;

/// The flag names the vessel's state, and the crew detained next is that state's too.
#[test]
fn a_foreign_flagged_vessel_and_its_crew_are_the_flag_states() {
    let evs = run(
        "Indonesian police seized a Vietnamese-flagged trawler off Natuna and detained its \
         crew on Friday.",
        &[
            ("Indonesian police", "IDNCOP", Organisation),
            ("Vietnamese", "VNM", Nationality),
        ],
    );
    assert!(has(&evs, "IDNCOP", "VNM", "17"), "{:?}", triples(&evs));
    let t = targets_of(&evs, "IDNCOP");
    assert!(t.iter().all(|t| t != "IDN"), "{:?}", triples(&evs));
}

/// A border closure falls on the state across it: with none named, no own-country target.
#[test]
fn closing_the_frontier_is_no_measure_on_the_own_population() {
    let evs = run(
        "Ecuador's president ordered the closure of every crossing point along the northern \
         frontier on Sunday.",
        &[("Ecuador's president", "ECUGOV", Person)],
    );
    let t = targets_of(&evs, "ECUGOV");
    assert!(t.iter().all(|t| t != "ECU"), "{:?}", triples(&evs));
}

/// Without a border or a foreign party, the measure stays on the own population.
#[test]
fn an_inland_curfew_stays_on_the_own_population() {
    let evs = run(
        "Ecuador's president imposed a curfew on three coastal provinces on Sunday.",
        &[("Ecuador's president", "ECUGOV", Person)],
    );
    assert!(has(&evs, "ECUGOV", "ECU", "17"), "{:?}", triples(&evs));
}

/// "the decision" names what another actor decided or approved: its author is the target.
#[test]
fn criticising_the_decision_targets_the_one_who_approved_it() {
    let evs = run(
        "Niger's government approved a uranium deal with a Russian firm on Monday. \
         The European Union criticised the decision on Tuesday.",
        &[
            ("Niger's government", "NERGOV", Organisation),
            ("The European Union", "IGOEUREEC", Organisation),
        ],
    );
    assert!(
        has(&evs, "IGOEUREEC", "NERGOV", "11"),
        "{:?}",
        triples(&evs)
    );
}

/// Praise reacts the same way ("welcomed the decision").
#[test]
fn welcoming_the_decision_targets_its_author() {
    let evs = run(
        "Ghana's parliament approved a border security pact with Togo on Monday. \
         Togo's president welcomed the decision.",
        &[
            ("Ghana's parliament", "GHALEG", Organisation),
            ("Togo's president", "TGOGOV", Person),
            ("Togo", "TGO", Location),
        ],
    );
    assert!(has(&evs, "TGOGOV", "GHALEG", "05"), "{:?}", triples(&evs));
}

/// The story's attack has no known author; return fire after it is not "the attack".
#[test]
fn an_attack_by_unknown_gunmen_gives_the_condemnation_no_target() {
    let evs = run(
        "Gunmen attacked a police post in northern Benin on Tuesday, killing four officers. \
         Beninese troops returned fire and chased the attackers towards the frontier. \
         ECOWAS condemned the attack.",
        &[
            ("Beninese troops", "BENMIL", Organisation),
            ("ECOWAS", "IGOWAFBUSWAS", Organisation),
        ],
    );
    let t = targets_of(&evs, "IGOWAFBUSWAS");
    assert!(t.iter().all(|t| t != "BENMIL"), "{:?}", triples(&evs));
}

/// A warned cost falls on the party named after "for", not on the clause's subject.
#[test]
fn a_warned_cost_targets_the_party_that_bears_it() {
    let evs = run(
        "The State Department warned that a Chinese naval base would have consequences for \
         Cambodia's relations with Washington.",
        &[
            ("The State Department", "USAGOV", Organisation),
            ("Chinese", "CHN", Nationality),
            ("Cambodia", "KHM", Location),
            ("Washington", "USA", Location),
        ],
    );
    assert!(has(&evs, "USAGOV", "KHM", "13"), "{:?}", triples(&evs));
    let t = targets_of(&evs, "USAGOV");
    assert!(t.iter().all(|t| t != "CHN"), "{:?}", triples(&evs));
}

/// "Y would face consequences": the subject bears the cost.
#[test]
fn a_party_warned_it_would_face_consequences_is_the_target() {
    let evs = run(
        "Brazil's foreign minister warned that Paraguay would face consequences.",
        &[
            ("Brazil's foreign minister", "BRAGOV", Person),
            ("Paraguay", "PRY", Location),
        ],
    );
    assert!(has(&evs, "BRAGOV", "PRY", "13"), "{:?}", triples(&evs));
}

/// "condemned the detention of X": X is who the act fell on; the detainer is the target.
#[test]
fn the_party_inside_the_event_nouns_complement_yields_to_the_author() {
    let evs = run(
        "Azerbaijani police detained four Armenian activists near the border on Monday. \
         Armenia's foreign ministry condemned the detention of the Armenian activists.",
        &[
            ("Azerbaijani police", "AZECOP", Organisation),
            ("Armenian activists", "ARMOPP", Organisation),
            ("Armenia", "ARM", Location),
            ("foreign ministry", "ARMGOV", Organisation),
        ],
    );
    assert!(has(&evs, "ARMGOV", "AZECOP", "11"), "{:?}", triples(&evs));
    let t = targets_of(&evs, "ARMGOV");
    assert!(t.iter().all(|t| t != "ARMOPP"), "{:?}", triples(&evs));
}

/// With no earlier act to name its author, the party inside the complement is no target.
#[test]
fn without_an_author_the_complements_party_is_no_target() {
    let evs = run(
        "The European Union condemned the arrest of Armenian activists on Monday.",
        &[
            ("The European Union", "IGOEUREEC", Organisation),
            ("Armenian activists", "ARMOPP", Organisation),
        ],
    );
    let t = targets_of(&evs, "IGOEUREEC");
    assert!(t.iter().all(|t| t != "ARMOPP"), "{:?}", triples(&evs));
}

/// An unnamed border is the one shared with the story's only partner state.
#[test]
fn an_unnamed_frontier_is_shared_with_the_storys_one_partner() {
    let evs = run(
        "Venezuelan soldiers shelled a Colombian army post on Saturday. \
         Colombia's president ordered the closure of every crossing point along the \
         frontier on Sunday.",
        &[
            ("Venezuelan soldiers", "VENMIL", Organisation),
            ("a Colombian army post", "COLMIL", Organisation),
            ("Colombia's president", "COLGOV", Person),
        ],
    );
    assert!(has(&evs, "COLGOV", "VEN", "17"), "{:?}", triples(&evs));
}

/// With two partner states before it, the border measure is left without a target.
#[test]
fn a_story_with_two_partners_gives_the_frontier_no_neighbour() {
    let evs = run(
        "Venezuelan soldiers shelled a Colombian army post on Saturday. \
         Colombia's president then met Brazil's foreign minister in Bogota. \
         Colombia's president ordered the closure of every crossing point along the \
         frontier on Sunday.",
        &[
            ("Venezuelan soldiers", "VENMIL", Organisation),
            ("a Colombian army post", "COLMIL", Organisation),
            ("Colombia's president", "COLGOV", Person),
            ("Brazil's foreign minister", "BRAGOV", Person),
        ],
    );
    let closure = triples(&evs)
        .into_iter()
        .filter(|(s, _, c)| s == "COLGOV" && c.starts_with("17"))
        .collect::<Vec<_>>();
    assert!(
        closure.iter().all(|(_, t, _)| t != "VEN" && t != "COL"),
        "{:?}",
        triples(&evs)
    );
}

/// "its nationals" in a reported act is the reporting state's people, not the place named.
#[test]
fn its_nationals_in_a_reported_arrest_are_the_speakers() {
    let evs = run(
        "Laos said Vietnamese police had detained dozens of its nationals at a market in Hanoi.",
        &[
            ("Laos", "LAO", Location),
            ("Vietnamese police", "VNMCOP", Organisation),
            ("Hanoi", "VNM", Location),
        ],
    );
    assert!(has(&evs, "VNMCOP", "LAO", "17"), "{:?}", triples(&evs));
    let t = targets_of(&evs, "VNMCOP");
    assert!(t.iter().all(|t| t != "VNM"), "{:?}", triples(&evs));
}
