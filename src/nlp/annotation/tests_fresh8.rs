//! Branch fresh8: what an eighth batch of twelve articles written blind showed, through the
//! whole extractor with the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn an_opposition_criticises_its_own_government() {
    // the latest government named before is the foreign one the story is about; the
    // opposition of the other state speaks of its own (a domestic dyad, not coded here)
    let evs = emitted(
        "Ecuador thanked the Peruvian government on Monday for reopening the bridge.\n\n\
         Ecuador's main opposition party criticised the government for acting too slowly.",
    );
    assert!(!has(&evs, "ECU", "PERGOV", "11"), "{evs:?}");
}

#[test]
fn lawmakers_call_on_their_own_government() {
    let evs = emitted(
        "Kenya's foreign minister met officials of the Ugandan government in Kampala on \
         Tuesday.\n\nKenyan lawmakers later called on the government to recall the envoy.",
    );
    assert!(!has(&evs, "KENLEG", "UGAGOV", "02"), "{evs:?}");
}

#[test]
fn a_minister_urging_the_government_keeps_the_foreign_one() {
    // guard: a state organ may speak of another state's government
    let evs = emitted(
        "Peru's foreign minister arrived in Quito on Monday for talks with the Ecuadorean \
         government.\n\nPeru's foreign minister urged the government to release the sailors.",
    );
    assert!(has(&evs, "PERGOV", "ECUGOV", "02"), "{evs:?}");
}

#[test]
fn rejecting_the_account_answers_the_accuser() {
    let evs = emitted(
        "Gabon accused Cameroonian troops on Monday of crossing the border near Bitam.\n\n\
         Cameroon's defence ministry rejected the account on Tuesday.",
    );
    assert!(has(&evs, "CMR", "GAB", "12"), "{evs:?}");
}

#[test]
fn halted_deliveries_are_a_cut_in_supply() {
    let evs = emitted("Russia halted gas deliveries to Moldova on Sunday over unpaid bills.");
    assert!(has(&evs, "RUS", "MDA", "162"), "{evs:?}");
}

#[test]
fn a_congress_of_a_named_body_is_not_the_us_congress() {
    let evs = emitted(
        "The Congress of Kenyan Trade Unions urged Nairobi on Monday to reopen the border.",
    );
    assert!(!evs.iter().any(|(s, _, _)| s.starts_with("USA")), "{evs:?}");
    // guard: the bare metonym still reads as the U.S. legislature
    let evs = emitted("Congress urged Kenya on Monday to reopen the border.");
    assert!(has(&evs, "USA", "KEN", "02"), "{evs:?}");
}

#[test]
fn protesting_arrests_is_no_support_for_the_arrester() {
    let evs = emitted(
        "Gabon's navy detained six Cameroonian fishermen on Monday.\n\n\
         Cameroon's foreign ministry protested the arrests on Tuesday.",
    );
    assert!(!has(&evs, "CMR", "GAB", "05"), "{evs:?}");
    assert!(has(&evs, "CMR", "GAB", "11"), "{evs:?}");
}

#[test]
fn the_main_verb_after_a_whose_clause_keeps_its_subject() {
    let evs = emitted(
        "Peru, whose border with Chile was redrawn in 1929, backed Bolivia's position on \
         Monday.",
    );
    assert!(has(&evs, "PER", "BOL", "05"), "{evs:?}");
}

#[test]
fn the_main_verb_after_an_object_relative_keeps_its_subject() {
    let evs = emitted(
        "Gabon and Cameroon traded accusations on Monday.\n\n\
         The European Union, which Cameroon hopes to court, called on both governments to \
         lower the tone.",
    );
    assert!(has(&evs, "IGOEUREEC", "GAB", "02"), "{evs:?}");
}
