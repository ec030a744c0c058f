//! Branch seas3: incidents at sea, second pass. A closing attribution ("…, the ministry
//! said") is no main verb that turns the vessel's act before it into a reduced relative.
//! Invented sentences.
use super::tests::pairs_coded;
use super::*;
use EntityType::*;

const ACTORS: [(&str, &str, EntityType); 5] = [
    ("Chilean navy", "CHLMIL", Organisation),
    ("Chilean", "CHL", Nationality),
    ("Peruvian", "PER", Nationality),
    ("Peru", "PER", Location),
    ("interior ministry", "PERGOV", Organisation),
];

#[test]
fn a_vessel_firing_before_a_closing_attribution_is_coded() {
    let text = "A Chilean navy patrol boat fired on a Peruvian trawler near the cape on \
                Friday, wounding two of its crew, Peru's interior ministry said.";
    let fired = pairs_coded(text, &ACTORS, "190");
    assert_eq!(fired, [("CHLMIL".to_string(), "PER".to_string())]);
}
