//! Branch parser18: an accusation, judgement or appeal joined to the content a speaker
//! denies or reports, when that content's subject is a thing, is the speaker's own act.
//! Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[("Freedonia's cabinet", "FREGOV", Organisation)])
}

#[test]
fn an_accusation_after_a_denied_thing_is_the_speakers_act() {
    let text = "Freedonia's cabinet denied that the missile had struck the depot and \
                accused Ruritania of spreading lies.";
    let evs = run(text, &actors());
    assert!(
        has(&evs, "FREGOV", "RUR", "112"),
        "{text}: {:?}",
        triples(&evs)
    );
}

#[test]
fn an_accusation_by_a_reported_party_stays_in_the_content() {
    // the content's subject is a party: the accusation is the content's, and denied
    let text = "Freedonia's cabinet denied that Sylvania had closed the border and \
                accused Ruritania of spreading lies.";
    let evs = run(text, &actors());
    assert!(
        !has(&evs, "FREGOV", "RUR", "112"),
        "{text}: {:?}",
        triples(&evs)
    );
}
