//! Thanks whose recipients are named by where they are, offers whose recipient is the party
//! their purpose clause helps (a pair: one event per state), offers in a dispute of three parties, and "according to"
//! phrases in a clause's actors (branch offers3). Invented text.
use super::tests::has_root as has;
use super::tests::{has_sides, run, three_states_and, triples};
use EntityType::*;

use super::*;

fn actors() -> Vec<(&'static str, &'static str, EntityType)> {
    three_states_and(&[
        ("Norway", "NOR", Location),
        ("Norwegian", "NOR", Nationality),
        ("Strelsau", "RUR", Location),
        ("Kozani", "SYL", Location),
    ])
}

#[test]
fn quoted_friends_in_two_capitals_are_both_thanked() {
    let text = "Freedonia's president thanked \"our friends in Strelsau and Kozani\".";
    let evs = run(text, &actors());
    assert!(has_sides(&evs, "FRE", "RUR", "051"), "{:?}", triples(&evs));
    assert!(has_sides(&evs, "FRE", "SYL", "051"), "{:?}", triples(&evs));
}

#[test]
fn friends_who_act_in_a_relative_clause_are_no_source() {
    let text = "Freedonia's president thanked \"our friends in Strelsau\" who had argued \
                the case for the loan.";
    let evs = run(text, &actors());
    let from_friends = triples(&evs).iter().any(|(s, _, _)| s.starts_with("RUR"));
    assert!(!from_friends, "{:?}", triples(&evs));
}

#[test]
fn an_offer_goes_to_the_parties_its_purpose_clause_helps() {
    let text = "Norway offered to send experts to help Freedonia and Ruritania agree on a \
                new survey of the river.";
    let evs = run(text, &actors());
    assert!(has_sides(&evs, "NOR", "FRE", "03"), "{:?}", triples(&evs));
    assert!(has_sides(&evs, "NOR", "RUR", "03"), "{:?}", triples(&evs));
}

#[test]
fn an_offer_to_help_a_pair_goes_to_both_states() {
    // "the two border services" as coreference resolves it (one actor of two codes).
    let mut pair = actors();
    pair.push(("the two border services", "FREGOV/RURGOV", Organisation));
    let text = "Norway offered to send experts to help the two border services agree on a \
                new survey.";
    let evs = run(text, &pair);
    assert!(has_sides(&evs, "NOR", "FRE", "03"), "{:?}", triples(&evs));
    assert!(has_sides(&evs, "NOR", "RUR", "03"), "{:?}", triples(&evs));
}

#[test]
fn an_offer_takes_no_recipient_from_a_place_in_its_purpose() {
    // Only a party the clause of helping names is the offer's recipient, not a place.
    let text = "Norway offered to send experts to count the birds in Freedonia.";
    let evs = run(text, &actors());
    assert!(!has_sides(&evs, "NOR", "FRE", "03"), "{:?}", triples(&evs));
}

#[test]
fn a_mediation_offer_in_a_dispute_of_three_parties_names_no_pair() {
    let text = "Freedonia and Sylvania sent a joint protest note to Ruritania. \
                Sylvania accused Ruritania of bad faith. \
                Ruritania rejected the protest. \
                Freedonia threatened to take the dispute to the regional court. \
                Norway offered to mediate.";
    let evs = run(text, &actors());
    for t in ["FRE", "RUR", "SYL"] {
        assert!(!has(&evs, "NOR", t, "03"), "{t}: {:?}", triples(&evs));
    }
}

#[test]
fn the_place_of_an_according_to_phrase_does_not_veto_the_storys_recipient() {
    let text = "Norway sent a medical team to Sylvania on Sunday. \
                Freedonia said it would provide 2 million dollars for mosquito control, \
                according to its embassy in Strelsau.";
    let evs = run(text, &actors());
    assert!(has_sides(&evs, "FRE", "SYL", "033"), "{:?}", triples(&evs));
    assert!(!has_sides(&evs, "FRE", "RUR", ""), "{:?}", triples(&evs));
}
