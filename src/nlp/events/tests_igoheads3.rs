//! Paths the bare name of an organisation of states exposed (branch igoheads3). Invented
//! text: a naming verb's object judged by a label is no act on it ("called the election
//! competitive" is no calling of an election); the agent of a participle of looking on
//! ("an election watched by observers from X") is no party to the act; observers sent are
//! material cooperation, not relief.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[("Coastal Union", "IGOCOU", Organisation)])
}

#[test]
fn an_election_called_fair_is_not_an_election_called() {
    for text in [
        "The Coastal Union called the election in Ruritania competitive.",
        "Freedonia called the vote credible but criticised Ruritania for the delays.",
        "Freedonia described the elections as free and fair.",
    ] {
        let evs = run(text, &actors());
        let called = triples(&evs).iter().any(|(_, _, c)| c.starts_with("08"));
        assert!(!called, "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn an_election_called_is_still_coded() {
    let text = "Freedonia called an election for June.";
    let evs = run(text, &actors());
    assert!(has(&evs, "FRE", "", "0831"), "{:?}", triples(&evs));
}

/// A label that charges a wrong is the older labelled-act path (a criticism of the act's
/// author), never the dictionary's "call * ELECTION". An adjective the tagger reads as a
/// noun closing a place phrase ("called the election in Ruritania illegitimate") is
/// repaired in `frames/repair/label_in_phrase.rs` (`tests_falses2.rs`).
#[test]
fn a_wrong_label_is_no_election_called() {
    for text in [
        "Freedonia called the election in Ruritania a fraud.",
        "Freedonia called the vote a sham.",
    ] {
        let evs = run(text, &actors());
        let called = triples(&evs).iter().any(|(_, _, c)| c.starts_with("08"));
        assert!(!called, "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn the_watchers_of_a_vote_are_no_party_to_it() {
    for text in [
        "Ruritania voted on Sunday in an election watched by observers from the Coastal Union.",
        "Ruritania voted in a referendum monitored by a team from Freedonia.",
    ] {
        let evs = run(text, &actors());
        let party = triples(&evs)
            .iter()
            .any(|(s, t, _)| s == "RUR" && (t == "IGOCOU" || t == "FRE"));
        assert!(!party, "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn observers_sent_are_cooperation_not_relief() {
    for text in [
        "The Coastal Union sent observers to Ruritania.",
        "The Coastal Union deployed observers to Ruritania.",
    ] {
        let evs = run(text, &actors());
        assert!(
            !has(&evs, "IGOCOU", "RUR", "07"),
            "{text}: {:?}",
            triples(&evs)
        );
        assert!(
            has(&evs, "IGOCOU", "RUR", "06"),
            "{text}: {:?}",
            triples(&evs)
        );
    }
}
