//! "both sides" from the discourse (branch recall11): a government and the armed group it
//! fights in a domestic story, and the addressee of an appeal that is not its own subject.
//! Invented articles.
use super::tests::{actor_of_nth, events};

const DOMESTIC: &str = "Colombian President Gustavo Petro suspended talks with the ELN on Monday. \
    Petro said the ELN had attacked villages in the north. The ELN denied the charge. \
    Cuba and Norway urged both sides to return to the table.";

#[test]
fn both_sides_of_a_domestic_story_are_its_government_and_the_rebels() {
    assert_eq!(
        actor_of_nth(DOMESTIC, "both sides", 0).as_deref(),
        Some("COLGOV/COLREB")
    );
    let ev = events(DOMESTIC);
    for (src, tgt) in [("CUB", "COLGOV"), ("NOR", "COLREB")] {
        assert!(
            ev.iter().any(|e| e.0 == src && e.1 == tgt && e.2 == "020"),
            "{src} -> {tgt}: {ev:?}"
        );
    }
}

#[test]
fn the_subject_of_an_appeal_is_not_the_sides_it_addresses() {
    // without a domestic pair, the appealing states are still not "both sides"
    let text = "Cuba and Norway urged both sides to return to the table.";
    assert_ne!(
        actor_of_nth(text, "both sides", 0).as_deref(),
        Some("CUB/NOR")
    );
    // a list that is not the appeal's subject stays the antecedent
    let text = "Armenia and Azerbaijan met in Geneva, and both sides agreed to meet again.";
    assert_eq!(
        actor_of_nth(text, "both sides", 0).as_deref(),
        Some("ARM/AZE")
    );
}

#[test]
fn two_states_at_war_are_not_a_domestic_pair() {
    // two states named alike: the sides are the states, not one government and its rebels
    let text = "Ethiopia accused Eritrea of arming the TPLF. Eritrea denied arming the TPLF. \
        Ethiopia and Eritrea traded fire on the border. Kenya urged both sides to stop.";
    assert_eq!(
        actor_of_nth(text, "both sides", 0).as_deref(),
        Some("ETH/ERI")
    );
}

/// A story about Peru and Chile; Bolivia and Lima turn up in passing just before the phrase.
const PAIR_STORY: &str = "Peru and Chile recalled their ambassadors on Monday over a fishing \
    dispute. Peru's foreign minister accused Chile of seizing three trawlers. Chile's navy said \
    the trawlers had entered its waters. Bolivia's embassy in Lima offered to host talks. \
    The Organization of American States said it stood with both countries.";

#[test]
fn both_countries_after_a_state_named_in_passing_are_the_story_pair() {
    // the sentence before names Bolivia and, as a place, Lima: not a pair of parties
    let code = actor_of_nth(PAIR_STORY, "both countries", 0).unwrap_or_default();
    let mut codes: Vec<&str> = code.split('/').collect();
    codes.sort_unstable();
    assert_eq!(codes, ["CHL", "PER"], "{code}");
}

#[test]
fn a_pair_first_named_in_passing_gives_way_to_the_story_pair() {
    let text = "Kenya signed a port deal with Japan on Tuesday. Kenya's transport minister said \
        Japan would lend the money. Japan's envoy praised Kenya. Uganda and Tanzania signed \
        similar deals last year. The World Bank urged both governments to publish the terms.";
    let code = actor_of_nth(text, "both governments", 0).unwrap_or_default();
    let mut codes: Vec<&str> = code.split('/').collect();
    codes.sort_unstable();
    assert_eq!(codes, ["JPNGOV", "KENGOV"], "{code}");
    // with no story pair, the pair just named is still the antecedent
    let text = "Uganda and Tanzania signed port deals last year. \
        The World Bank urged both governments to publish the terms.";
    assert_eq!(
        actor_of_nth(text, "both governments", 0).as_deref(),
        Some("UGAGOV/TZAGOV")
    );
}

#[test]
fn a_recent_list_that_is_the_story_pair_stays_the_antecedent() {
    let text = "Peru accused Chile of seizing three trawlers. Chile's navy denied it. \
        Peru and Chile then agreed to talks in Quito, and both countries freed their crews.";
    assert_eq!(
        actor_of_nth(text, "both countries", 0).as_deref(),
        Some("PER/CHL")
    );
}

#[test]
fn the_lead_pair_is_the_story_pair_when_a_third_state_is_named_as_often() {
    // Russia is named as often as either Nordic state: only the lead says which pair
    let text = "Norway and Denmark on Friday blamed Russia for a cable cut in the Baltic. \
        Norway's defence minister said Russian ships had loitered over the cable. Denmark \
        summoned the Russian ambassador. Moscow called the charge absurd. \
        NATO said it stood with both countries.";
    let code = actor_of_nth(text, "both countries", 0).unwrap_or_default();
    let mut codes: Vec<&str> = code.split('/').collect();
    codes.sort_unstable();
    assert_eq!(codes, ["DNK", "NOR"], "{code}");
}

#[test]
fn each_side_and_the_other_are_the_pair_acting_on_each_other() {
    let text = "Peru and Chile recalled their ambassadors on Monday over a fishing dispute. \
        Each side blamed the other for the collapse of the talks.";
    assert_eq!(
        actor_of_nth(text, "Each side", 0).as_deref(),
        Some("PER/CHL")
    );
    let ev = events(text);
    for (src, tgt) in [("PER", "CHL"), ("CHL", "PER")] {
        assert!(
            ev.iter()
                .any(|e| e.0 == src && e.1 == tgt && e.2.starts_with("112")),
            "{src} -> {tgt}: {ev:?}"
        );
    }
}

#[test]
fn each_without_the_other_is_no_collective() {
    let text = "Peru and Chile recalled their ambassadors on Monday. \
        Each side published its own map of the sea.";
    assert_eq!(actor_of_nth(text, "Each side", 0), None);
}

#[test]
fn a_collective_object_does_not_include_the_person_acting_on_it() {
    let text = "Burundi closed its border with Rwanda on Sunday, accusing Kigali of arming \
        rebels. Rwanda denied the charge. Kenya's president, who chairs the East African \
        Community this year, telephoned both leaders on Monday and offered to host talks.";
    let both = actor_of_nth(text, "both leaders", 0).unwrap_or_default();
    assert!(!both.contains("KEN"), "{both}");
    // the acting person left out, the other two people named before the phrase remain
    let text = "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin \
        and Ukrainian President Volodymyr Zelensky and thanked the two leaders.";
    assert_eq!(
        actor_of_nth(text, "the two leaders", 0).as_deref(),
        Some("RUSGOV/UKRGOV")
    );
    // a phrase opening a clause may be its own sentence's people
    let text = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow, \
        and the two leaders signed a trade pact.";
    assert_eq!(
        actor_of_nth(text, "the two leaders", 0).as_deref(),
        Some("RUSGOV/CHNGOV")
    );
}

#[test]
fn the_story_pair_is_the_leads_acting_state_and_the_state_it_acts_on() {
    // the target of the lead is named in the phrase's own sentence in another role
    // ("backed Port of Spain"): it stays one of the sides, and a state named as often
    // elsewhere does not take its place
    let text = "CARACAS (Caribbean Wire) — Venezuela suspended a gas deal with Trinidad and \
        Tobago on Monday. Caracas accused the United States of planning an attack. \
        Washington denied the charge. \
        Barbados backed Port of Spain, while Dominica urged both sides to show restraint.";
    assert_eq!(
        actor_of_nth(text, "both sides", 0).as_deref(),
        Some("VEN/TTO")
    );
    // a list in the lead is one side of a story of three: no pair from the lead
    let text = "Venezuela accused Colombia and Brazil of meddling on Monday. \
        Caracas accused the United States of planning an attack. \
        Washington denied the charge. Dominica urged both sides to show restraint.";
    assert_ne!(
        actor_of_nth(text, "both sides", 0).as_deref(),
        Some("VEN/COL")
    );
}

#[test]
fn its_two_neighbours_are_the_pair_named_before() {
    // branch fresh2: a possessive before the number counts like "the two"
    let text = "Peru shelled a Bolivian border post on Monday. \
        Chile urged its two neighbours to exercise restraint.";
    assert_eq!(
        actor_of_nth(text, "its two neighbours", 0).as_deref(),
        Some("PER/BOL")
    );
    let ev = events(text);
    assert!(
        ev.iter()
            .any(|e| e.0 == "CHL" && e.1 == "BOL" && e.2 == "020"),
        "{ev:?}"
    );
}

/// Talks between a government and an armed group with no code, held in a third state.
const HOSTED_TALKS: &str = "NAIROBI (Test Wire) — Sudan's army and a rebel alliance agreed on \
    Friday to a truce after five days of talks hosted by Kenya, the Kenyan foreign ministry \
    said. The accord commits both sides to open three aid corridors.";

#[test]
fn the_host_of_the_talks_is_no_side_of_them() {
    // the sides are Sudan's army and the rebels (no code); the host is neither
    let sides = actor_of_nth(HOSTED_TALKS, "both sides", 0);
    assert!(
        sides
            .as_deref()
            .is_some_and(|s| s.starts_with("SDN") && !s.contains("KEN")),
        "{sides:?}"
    );
}

#[test]
fn the_host_of_a_summit_may_be_a_side() {
    // a summit's host can be one of its two parties: the pair stays
    let text = "Kenya's president received Uganda's president on Friday at a summit hosted by \
        the Kenyan government. Both sides agreed to reopen the border crossing at Busia.";
    assert_eq!(
        actor_of_nth(text, "Both sides", 0).as_deref(),
        Some("KEN/UGA")
    );
}

#[test]
fn the_two_allies_are_the_pair_just_named() {
    // branch fresh15: "allies" and "powers" count states as "countries" does
    let text = "Chile and Peru held talks in Lima on Monday. \
                The two allies urged Bolivia to reopen the border.";
    assert_eq!(
        actor_of_nth(text, "The two allies", 0).as_deref(),
        Some("CHL/PER")
    );
    let text = "Chile and Peru held talks in Lima on Monday. \
                The two powers urged Bolivia to reopen the border.";
    assert_eq!(
        actor_of_nth(text, "The two powers", 0).as_deref(),
        Some("CHL/PER")
    );
}
