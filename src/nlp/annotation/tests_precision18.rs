//! Branch precision18, through the whole extractor with the built-in dictionaries (real
//! country names, invented sentences): an announced act whose verb is a bare conjunct of the
//! first verb's future, or opens a quotation after the modal.
use super::test_support::{emitted, has};

#[test]
fn a_bare_conjunct_shares_the_future_of_the_first_verb() {
    let text = "Poland said on Monday it would expel the Russian ambassador and suspend \
                diplomatic relations with Russia.";
    let evs = emitted(text);
    assert!(!has(&evs, "POL", "RUS", "16"), "{text}: {evs:?}");
    // an announced cooperative conjunct stays, as an intent
    let text = "Poland will host the talks and sign a trade agreement with Ukraine.";
    let evs = emitted(text);
    assert!(has(&evs, "POL", "UKR", "03"), "{text}: {evs:?}");
}

#[test]
fn a_finite_conjunct_after_a_future_clause_happened() {
    // contrast: a past form is the main clause's own conjunct, regular or irregular
    for text in [
        "Poland said on Monday it would review its ties and suspended diplomatic relations \
         with Russia.",
        "Poland said on Monday it would review its ties and expelled the Russian ambassador.",
        "Poland said on Monday it would review its ties and withdrew its ambassador from Russia.",
        "Poland said it could not accept the terms and broke off relations with Russia.",
    ] {
        let evs = emitted(text);
        assert!(has(&evs, "POL", "RUS", "16"), "{text}: {evs:?}");
    }
}

#[test]
fn a_quotation_opening_at_the_verb_keeps_the_modal_before_it() {
    let text = "India's home minister said India would \"hunt down the attackers\" in Pakistan.";
    let evs = emitted(text);
    assert!(!has(&evs, "IND", "PAK", "17"), "{text}: {evs:?}");
    let text = "India's home minister said India \"hunted down the attackers\" in Pakistan.";
    let evs = emitted(text);
    assert!(has(&evs, "IND", "PAK", "17"), "{text}: {evs:?}");
}
