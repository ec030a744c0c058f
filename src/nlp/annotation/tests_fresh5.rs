//! Branch fresh5: what a fifth batch of twelve articles written blind showed, through the
//! whole extractor with the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn a_prisoners_confession_is_no_cooperation_with_the_court() {
    let evs = emitted(
        "A court in Nairobi jailed Ugandan citizen John Okello for smuggling gold on Monday. \
         A spokesman said Okello had confessed.",
    );
    assert!(has(&evs, "KEN", "UGA", "17"), "{evs:?}");
    assert!(!has(&evs, "UGA", "KEN", "05"), "{evs:?}");
}

#[test]
fn serving_a_prison_sentence_is_no_help_to_the_jailer() {
    let evs =
        emitted("Three Norwegian sailors are serving prison sentences in Kenya for smuggling.");
    assert!(!has(&evs, "NOR", "KEN", "06"), "{evs:?}");
}

#[test]
fn a_note_received_is_no_visit_hosted() {
    let evs =
        emitted("Chile's foreign ministry said on Monday that it had received the Peruvian note.");
    assert!(!has(&evs, "CHL", "PER", "04"), "{evs:?}");
}

#[test]
fn a_call_paid_on_a_president_is_a_visit() {
    let evs = emitted(
        "Kenya's foreign minister held talks with his Ugandan counterpart in Kampala and later \
         called on President Yoweri Museveni.",
    );
    assert!(has(&evs, "KEN", "UGA", "042"), "{evs:?}");
    assert!(has(&evs, "UGA", "KEN", "043"), "{evs:?}");
    assert!(!has(&evs, "KEN", "UGA", "02"), "{evs:?}");
}

#[test]
fn calling_on_a_president_to_act_stays_an_appeal() {
    let evs =
        emitted("Kenya's foreign minister called on the Ugandan president to reopen the border.");
    assert!(has(&evs, "KEN", "UGA", "02"), "{evs:?}");
    assert!(!has(&evs, "KEN", "UGA", "042"), "{evs:?}");
}

#[test]
fn the_prime_minister_of_a_datelined_story_is_its_government() {
    let evs = emitted(
        "PORT VILA (Island Wire) — Vanuatu suspended a policing agreement with Australia on \
         Monday, the government said. Opposition lawmakers in Vanuatu accused the prime minister \
         of selling out the country's security.",
    );
    assert!(has(&evs, "VUT", "VUTGOV", "112"), "{evs:?}");
}

#[test]
fn the_two_governments_of_a_lead_are_the_states_it_named() {
    let evs = emitted(
        "Ghana's foreign minister arrived in Lome on Monday for the first visit by a Ghanaian \
         minister to Togo in ten years, and the two governments signed a trade agreement.",
    );
    // signing a trade agreement: the CAMEO file's economic cooperation (0311), each way
    assert!(has(&evs, "GHA", "TGO", "03"), "{evs:?}");
    assert!(has(&evs, "TGO", "GHA", "03"), "{evs:?}");
}

#[test]
fn a_deal_announced_by_the_two_governments_is_an_agreement() {
    let evs = emitted(
        "Ghana turned back two Togolese cargo trucks on Sunday, before the two governments \
         announced a deal late in the evening.",
    );
    assert!(has(&evs, "GHA", "TGO", "03"), "{evs:?}");
    assert!(has(&evs, "TGO", "GHA", "03"), "{evs:?}");
    assert!(!has(&evs, "GHA", "TGO", "06"), "{evs:?}");
}

#[test]
fn a_statement_calling_on_an_administration_to_act_stays_an_appeal() {
    let evs = emitted(
        "After the ruling, Amnesty International in London issued a statement calling on Kenyan \
         President William Ruto’s administration to “speed up the release” of the detained \
         activists.",
    );
    assert!(has(&evs, "NGO", "KEN", "02"), "{evs:?}");
    assert!(!has(&evs, "NGO", "KEN", "042"), "{evs:?}");
}

#[test]
fn the_prime_minister_of_a_named_government_is_no_earlier_prime_minister() {
    let evs = emitted(
        "The Czech Republic's prime minister has pledged his country's full support for Ali \
         Hassan, the prime minister of the U.N.-backed Somali government, in a call on Monday.",
    );
    assert!(has(&evs, "CZE", "SOM", "03"), "{evs:?}");
}
