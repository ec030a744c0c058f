//! A person named once in apposition with a country-less title, then by surname alone
//! (branch backrefs): the surname takes the state the title was given later.
use super::tests::{actor_of_nth, events};

#[test]
fn a_surname_takes_the_datelined_ministers_state() {
    let text = "ASUNCION (Reuters) - The interior minister, Luis Barreto, spoke on Monday. \
                Barreto later condemned Bolivia for the border raid.";
    assert_eq!(actor_of_nth(text, "Barreto", 0).as_deref(), Some("PRYGOV"));
    let ev = events(text);
    assert!(
        ev.iter().any(|(s, t, _)| s == "PRYGOV" && t == "BOL"),
        "{ev:?}"
    );
}

#[test]
fn a_surname_takes_the_leads_state_through_the_title() {
    let text = "Paraguay closed its border on Monday. The interior minister, Luis Barreto, \
                told reporters the decision was final. \
                Barreto later accused Bolivia of sheltering smugglers.";
    assert_eq!(actor_of_nth(text, "Barreto", 0).as_deref(), Some("PRYGOV"));
}

#[test]
fn a_surname_of_an_unplaced_name_stays_unplaced() {
    // no state anywhere for the title: nothing to hand down, no event
    let text = "The interior minister, Luis Barreto, spoke on Monday. \
                Barreto later condemned the smugglers for the raid.";
    let ev = events(text);
    assert!(ev.iter().all(|(s, _, _)| !s.starts_with("PRY")), "{ev:?}");
}

#[test]
fn a_placed_surname_keeps_its_own_state() {
    // the apposed name's state already reached the surname: unchanged
    let text = "Luis Barreto, the Paraguayan interior minister, spoke on Monday. \
                In a statement, Barreto accused Bolivia of sheltering smugglers.";
    assert_eq!(actor_of_nth(text, "Barreto", 0).as_deref(), Some("PRYGOV"));
}
