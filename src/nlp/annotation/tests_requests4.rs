//! Branch requests4, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): "his country" in what a state's placed official says is the
//! speaker's state (`coreference/own_office.rs`, `owned-state-noun`), so a conditional step it
//! announces is the state's threat; an unplaced speaker's "his country" stays no one's.
use super::test_support::{emitted, has};

#[test]
fn his_country_in_a_placed_official_s_conditional_vow_is_the_state() {
    let evs = emitted(
        "Togo seized a Ghanaian trawler on Monday. Ghana's foreign minister said his country \
         would take the case to the African Union if the crew was not freed within a week.",
    );
    assert!(has(&evs, "GHA", "TGO", "13"), "{evs:?}");
    assert!(!evs.iter().any(|(_, t, _)| t.starts_with("IGO")), "{evs:?}");
    let evs = emitted(
        "Ghana's energy minister said his country would suspend electricity sales to Togo \
         unless Lome pays its debts.",
    );
    assert!(has(&evs, "GHA", "TGO", "13"), "{evs:?}");
}

#[test]
fn an_unplaced_speaker_s_country_acts_for_no_state() {
    let evs = emitted(
        "Togo seized a Ghanaian trawler on Monday. A fisherman on the quay said his country \
         would take the case to the African Union if the crew was not freed.",
    );
    assert!(!evs.iter().any(|(s, _, c)| s.starts_with("GHA") && c.starts_with("13")), "{evs:?}");
}
