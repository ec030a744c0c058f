//! Branch recall52: parse shapes that hid a current act — a second infinitive after a
//! causative ("prompting Y to close … and to summon …"), a past conjunct hung on a present
//! clause inside reported content ("said … until Y takes steps, and accused …"), and a
//! document handed to a passive subject ("the envoy was handed a note asking Y to …").
//! Invented text.
use super::tests::{has_sides, run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Freedonia's foreign ministry", "FREGOV", Organisation),
        ("Ruritania's interior ministry", "RURGOV", Organisation),
    ])
}

#[test]
fn a_second_infinitive_after_a_causative_is_the_prompted_partys_act() {
    let text = "A court in Ruritania jailed a Freedonian trader on Monday, prompting Freedonia \
                to close a crossing with Ruritania and to summon Ruritania's ambassador.";
    let evs = run(text, &actors());
    assert!(has_sides(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
    // after a verb of wanting, the same two infinitives are only an aim
    let text = "Freedonia hoped to close a crossing with Ruritania and to summon Ruritania's \
                ambassador.";
    let evs = run(text, &actors());
    assert!(!has_sides(&evs, "FRE", "RUR", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_past_conjunct_on_a_present_clause_in_the_content_is_the_speakers() {
    let text = "Freedonia's foreign ministry said the aid would not resume until Ruritania \
                takes concrete steps, and accused Ruritania's interior ministry of lying.";
    let evs = run(text, &actors());
    assert!(
        has_sides(&evs, "FREGOV", "RUR", "11"),
        "{:?}",
        triples(&evs)
    );
    assert!(!has_sides(&evs, "RUR", "FRE", "11"), "{:?}", triples(&evs));
}

#[test]
fn a_note_handed_to_a_passive_subject_is_the_reporting_speakers() {
    let text = "Freedonia's foreign ministry said Ruritania's ambassador had been handed a note \
                asking Ruritania to investigate the shooting.";
    let evs = run(text, &actors());
    assert!(
        has_sides(&evs, "FREGOV", "RUR", "02"),
        "{:?}",
        triples(&evs)
    );
    // with no one reporting it, the author is unknown: the envoy who received the note
    // is not its author
    let text = "Ruritania's ambassador was handed a note asking Sylvania to investigate the \
                shooting.";
    let evs = run(text, &actors());
    assert!(!has_sides(&evs, "RUR", "SYL", "02"), "{:?}", triples(&evs));
}
