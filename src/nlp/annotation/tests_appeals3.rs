//! Branch appeals3, through the whole extractor with the built-in dictionaries (real country
//! names, invented sentences): a letter's or a note's appeal is the writer's request to the
//! addressee (`frames/repair/written_appeal.rs`), whether the parse hangs the participle on
//! the addressee ("asking for"), takes "to" for its mark, or hangs the note on its
//! recipient; a letter to no party, or a letter's description, adds no request.
use super::test_support::{emitted, has, no_appeal};

#[test]
fn a_letter_asking_for_something_is_a_request_to_its_addressee() {
    let evs = emitted(
        "Kenya's foreign minister said she had written to both governments of Uganda and \
         Tanzania asking for an explanation of the border closure.",
    );
    assert!(has(&evs, "KEN", "UGA", "02"), "{evs:?}");
    let evs = emitted(
        "Peru's foreign minister said on Tuesday he had written to his Chilean counterpart \
         asking for the deportation to be halted.",
    );
    assert!(has(&evs, "PER", "CHL", "02"), "{evs:?}");
}

#[test]
fn a_letter_to_an_organisation_asking_it_to_act_is_a_request() {
    let evs = emitted(
        "Fiji's prime minister said he had written to the African Union asking it to send \
         observers to the vote.",
    );
    assert!(has(&evs, "FJI", "IGOAFRAU", "02"), "{evs:?}");
}

#[test]
fn a_note_handed_to_a_named_envoy_asks_the_envoy_s_state() {
    let evs = emitted(
        "Ghana's foreign minister handed the Togolese ambassador a letter asking Lome to \
         reopen the border crossing.",
    );
    assert!(has(&evs, "GHA", "TGO", "02"), "{evs:?}");
}

#[test]
fn a_letter_to_residents_or_without_content_adds_no_request() {
    let evs =
        emitted("Ghana's foreign minister wrote to the families living near the border on Monday.");
    assert!(no_appeal(&evs), "{evs:?}");
    let evs =
        emitted("Ghana's foreign minister handed the Togolese ambassador a letter on Monday.");
    assert!(no_appeal(&evs), "{evs:?}");
}

#[test]
fn a_denied_letter_is_no_request() {
    let evs = emitted(
        "Ghana's foreign minister denied that he had written to Togo asking for the \
         crossing to be reopened.",
    );
    assert!(!has(&evs, "GHA", "TGO", "02"), "{evs:?}");
}
