//! A domestic voice's verdict on its own state's deal is not an act toward the foreign
//! signatory (branch falses5): the whole extractor with the built-in dictionaries (real
//! country names, invented sentences).
use super::test_support::{emitted, has};

/// The emitted events of a story whose lead tells a Peruvian-Chilean deal, then `reaction`.
fn after_deal(reaction: &str) -> Vec<(String, String, String)> {
    emitted(&format!(
        "LIMA (Test Wire) — Peru and Chile signed a fisheries agreement in Lima on Monday, the \
         two governments said.\n\n{reaction}"
    ))
}

#[test]
fn the_opposition_criticising_its_own_deal_does_not_attack_the_partner() {
    let evs = after_deal("Peru's opposition criticised the deal, saying it gave away too much.");
    assert!(!has(&evs, "PEROPP", "CHL", "11"), "{evs:?}");
    // the signing itself stays
    assert!(has(&evs, "PER", "CHL", "057"), "{evs:?}");
}

#[test]
fn a_third_state_criticising_the_deal_answers_both_signatories() {
    let evs = after_deal("Bolivia criticised the deal, saying it ignored its fishermen.");
    assert!(
        has(&evs, "BOL", "PER", "111") && has(&evs, "BOL", "CHL", "111"),
        "{evs:?}"
    );
}

#[test]
fn the_opposition_naming_the_partner_in_its_own_clause_stays() {
    let evs = after_deal("Peru's opposition accused Chile of exploiting the talks.");
    assert!(has(&evs, "PEROPP", "CHL", "112"), "{evs:?}");
}
