//! A label of a wrong whose act names no author takes the party the speaker turns to in
//! the same breath (`labelled_addressee.rs`, branch labels3). Invented text.
use super::tests::has_root as has;
use super::tests::{run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("the Coastal Union", "IGOCOU", Organisation),
        ("Sylvanian diplomats", "SYLGOV", Organisation),
    ])
}

#[test]
fn the_party_asked_to_answer_for_a_labelled_act_is_its_author() {
    for text in [
        "Freedonia called the shooting \"completely unacceptable\" and asked Ruritania to explain it.",
        "Freedonia said the closure was \"a hostile act\" and urged Ruritania to reopen the crossing.",
        "Freedonia described the landing as a provocation and demanded that Ruritania withdraw its team.",
    ] {
        let evs = run(text, &actors());
        assert!(has(&evs, "FRE", "RUR", "11"), "{text}: {:?}", triples(&evs));
    }
}

#[test]
fn a_body_called_in_to_intervene_is_not_the_author() {
    let text =
        "Freedonia called the deportations unlawful and urged the Coastal Union to send observers.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FRE", "IGOCOU", "11"), "{:?}", triples(&evs));
}

#[test]
fn two_parties_turned_to_leave_the_author_unknown() {
    let text = "Freedonia called the seizure illegal, urged Ruritania to free the crew and asked \
                Sylvania to mediate.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
    assert!(!has(&evs, "FRE", "SYL", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_negated_appeal_lends_no_party() {
    let text = "Freedonia called the blockade illegal but did not ask Ruritania to lift it.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_praised_act_takes_no_party_from_an_appeal() {
    let text = "Freedonia called the ceasefire a welcome step and urged Ruritania to extend it.";
    let evs = run(text, &actors());
    assert!(!has(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
}
