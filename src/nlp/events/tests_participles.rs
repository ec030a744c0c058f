//! Branch participles: a trailing participle's anaphoric object ("accusing the vessel of …",
//! "accusing the men of …", "accusing them of …") takes the state of the governing act's
//! target; an absolute "with X V-ing" clause's pledge goes to X's other party of the clause
//! before. Invented sentences.
use super::tests::{pairs_coded, run};
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 8] = [
    ("Argentina", "ARG", Location),
    ("Turkey", "TUR", Location),
    ("Germany", "DEU", Location),
    ("Namibia", "NAM", Location),
    ("Chinese", "CHN", Nationality),
    ("Greek", "GRC", Nationality),
    ("Chile", "CHL", Location),
    ("Peruvian", "PER", Nationality),
];

#[test]
fn accusing_the_vessel_falls_on_the_seized_trawlers_state() {
    let text = "Argentina seized a Chinese trawler off Patagonia on Monday, accusing the \
                vessel of fishing without a licence.";
    assert_eq!(
        pairs_coded(text, &ACTORS, "112"),
        [("ARG".to_string(), "CHN".to_string())]
    );
}

#[test]
fn accusing_the_men_falls_on_the_detained_sailors_state() {
    let text = "Turkey detained three Greek sailors near the islet on Sunday, accusing the men \
                of entering its waters.";
    assert_eq!(
        pairs_coded(text, &ACTORS, "112"),
        [("TUR".to_string(), "GRC".to_string())]
    );
}

#[test]
fn accusing_them_after_a_seizure_of_boats_and_crews() {
    let text = "Chile seized two Peruvian fishing boats and held their crews on Friday, \
                accusing them of poaching squid.";
    let accused = pairs_coded(text, &ACTORS, "112");
    assert_eq!(accused, [("CHL".to_string(), "PER".to_string())]);
}

#[test]
fn a_definite_object_of_no_person_or_vessel_is_no_anaphor() {
    let text = "Argentina seized a Chinese trawler off Patagonia on Monday, urging the \
                international community to protect the fish stocks.";
    let urged = pairs_coded(text, &ACTORS, "02");
    assert!(urged.iter().all(|(_, t)| t != "CHN"), "{urged:?}");
}

#[test]
fn a_participle_of_force_is_no_second_attack_on_the_antecedent() {
    let text = "Chile fired on a Peruvian trawler near the reef on Friday, setting it ablaze.";
    let evs = run(text, &ACTORS);
    assert!(
        !evs.iter().any(|e| e.path.contains("participle's object")),
        "{evs:?}"
    );
}

#[test]
fn an_absolute_pledge_goes_to_the_other_signatory() {
    let text = "Germany and Namibia signed a development agreement in Windhoek on Tuesday, with \
                Germany pledging 95 million euros.";
    let pledged: Vec<_> = pairs_coded(text, &ACTORS, "03");
    assert!(
        pledged.contains(&("DEU".to_string(), "NAM".to_string())),
        "{pledged:?}"
    );
}

#[test]
fn an_absolute_pledge_with_no_clause_partner_stays_without_target() {
    let text = "Officials gathered in Windhoek on Tuesday, with Germany pledging 95 million \
                euros.";
    let pledged = pairs_coded(text, &ACTORS, "03");
    assert!(pledged.iter().all(|(_, t)| t.is_empty()), "{pledged:?}");
}
