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
    assert!(
        !evs.iter()
            .any(|(s, _, c)| s.starts_with("GHA") && c.starts_with("13")),
        "{evs:?}"
    );
}

#[test]
fn a_mandative_clause_after_the_day_is_made_of_its_subject() {
    // the parser hangs "that …" on the day and reads "free" / "release" as a noun or adjective
    // (`frames/repair/mandative_on_day.rs`): the demand is of the clause's subject, not of
    // the demander's own nationals
    let evs = emitted(
        "Kenya demanded on Monday that Uganda free 12 Kenyan fishermen held by its police, \
         and summoned Kampala's envoy to protest.",
    );
    assert!(has(&evs, "KEN", "UGA", "10"), "{evs:?}");
    assert!(has(&evs, "KEN", "UGA", "11"), "{evs:?}");
    assert!(!evs.iter().any(|(_, t, _)| t.starts_with("KEN")), "{evs:?}");
    let evs =
        emitted("Kenya demanded on Monday that Equatorial Guinea release the crew of the trawler.");
    assert!(has(&evs, "KEN", "GNQ", "10"), "{evs:?}");
}
