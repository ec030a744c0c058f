//! Branch fresh19: what a nineteenth batch of twelve articles written blind showed, through
//! the whole extractor with the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn a_hyphenated_country_name_is_the_country() {
    // the sources spell "GUINEA BISSAU"; one hyphenated token never matched it
    let evs = emitted("Ghana closed its land border with Guinea-Bissau on Friday.");
    assert!(has(&evs, "GHA", "GNB", "17"), "{evs:?}");
    let evs = emitted("Australia's foreign minister met the president of Timor-Leste in Canberra.");
    assert!(has(&evs, "AUS", "TMP", "04"), "{evs:?}");
    let evs = emitted("Angola recalled its ambassador from Congo-Brazzaville on Monday.");
    assert!(has(&evs, "AGO", "COG", "161"), "{evs:?}");
}

#[test]
fn a_bloc_suspending_a_state_sanctions_it() {
    let evs = emitted("The African Union suspended Mali from all its activities on Monday.");
    assert!(has(&evs, "IGOAFRAU", "MLI", "161"), "{evs:?}");
    // contrast: a suspended noun object keeps its own code
    let evs = emitted("Canada suspended its aid to Mali on Monday.");
    assert!(has(&evs, "CAN", "MLI", "162"), "{evs:?}");
    assert!(!has(&evs, "CAN", "MLI", "161"), "{evs:?}");
}
