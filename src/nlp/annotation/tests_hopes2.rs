//! Branch hopes2: antecedents across a short sentence and descriptions that name no co-actor,
//! through the whole extractor with the built-in dictionaries (real country names, invented
//! sentences).
use super::test_support::{emitted, has};

#[test]
fn aid_given_to_a_pronoun_is_not_the_storys_other_recipient() {
    let evs = emitted(
        "Australia said on Monday it would give Fiji 20 million dollars in flood relief.\n\n\
         Samoa, a country of 200,000 people, depends on Australia, which gave it 40 million \
         dollars in aid last year.",
    );
    assert!(!has(&evs, "AUS", "FJI", "07"), "{evs:?}");
}

#[test]
fn a_name_inside_a_describing_apposition_is_no_co_actor() {
    let evs = emitted(
        "Ghana and Togo agreed on Monday to set up a joint border commission.\n\n\
         The Alliance of Sahel States, the bloc Mali formed with Burkina Faso and Niger, \
         welcomed the agreement.",
    );
    assert!(!has(&evs, "MLI", "", ""), "{evs:?}");
}

#[test]
fn he_after_a_thanked_person_and_said_is_the_one_who_thanked() {
    let evs = emitted(
        "Three aid workers were freed in Yemen on Sunday.\n\n\
         Jordan's foreign minister thanked King Charles and said he had spoken with his \
         Egyptian counterpart twice during the talks.",
    );
    assert!(has(&evs, "JORGOV", "EGY", "04"), "{evs:?}");
    assert!(!has(&evs, "GBR", "EGY", "04"), "{evs:?}");
}
