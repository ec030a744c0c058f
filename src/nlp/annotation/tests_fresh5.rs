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
fn a_passive_appeal_in_reported_speech_is_the_speakers() {
    let evs = emitted(
        "Uganda's foreign ministry said the case had been handled strictly according to law, \
         and Kenya was urged to respect the courts.",
    );
    assert!(has(&evs, "UGA", "KEN", "02"), "{evs:?}");
}

#[test]
fn an_unknown_name_under_a_states_title_is_its_holder() {
    let evs = emitted(
        "Chile rejected new talks on Thursday, a day after Bolivia's president called for a \
         dialogue. President Marco Quiroga told the assembly that talks were needed. He also \
         thanked Peru and Brazil for their support.",
    );
    assert!(has(&evs, "BOL", "PER", "05"), "{evs:?}");
    assert!(has(&evs, "BOL", "BRA", "05"), "{evs:?}");
}

#[test]
fn an_unknown_name_under_a_title_two_states_held_stays_unplaced() {
    let evs = emitted(
        "Kenyan President William Ruto met Ghana's president in Nairobi on Monday. President \
         Kofi Mensah thanked Togo for its support.",
    );
    assert!(!has(&evs, "KEN", "TGO", "05"), "{evs:?}");
    assert!(!has(&evs, "GHA", "TGO", "05"), "{evs:?}");
}
