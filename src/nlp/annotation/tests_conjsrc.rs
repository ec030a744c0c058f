//! A second clause's subject read as a conjunct of the first clause (branch conjsrc): the
//! whole extractor with the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn the_second_clauses_names_are_its_source_not_the_first_subject() {
    let evs = emitted(
        "The EU sanctioned ten firms in March, and Poland and Finland have expelled several \
         Russian diplomats.",
    );
    assert!(!has(&evs, "IGOEUREEC", "RUS", ""), "{evs:?}");
    assert!(
        has(&evs, "POL", "RUS", "16") && has(&evs, "FIN", "RUS", "16"),
        "{evs:?}"
    );
}

#[test]
fn a_name_with_a_relative_clause_after_and_is_the_offers_source() {
    let evs = emitted(
        "The African Union urged both armies to hold their fire, and Ethiopia, which chairs the \
         council's mediation panel, offered to mediate between Sudan and South Sudan.",
    );
    assert!(!has(&evs, "IGOAFRAU", "SDN", "03"), "{evs:?}");
    assert!(has(&evs, "ETH", "SDN", "03"), "{evs:?}");
}

#[test]
fn a_subject_coordination_of_the_first_clause_is_untouched() {
    let evs = emitted("Poland and Finland expelled several Russian diplomats on Monday.");
    assert!(
        has(&evs, "POL", "RUS", "16") && has(&evs, "FIN", "RUS", "16"),
        "{evs:?}"
    );
}

#[test]
fn a_passive_after_clause_is_no_act_of_the_main_subject() {
    let evs = emitted(
        "Chile summoned Peru's ambassador in Santiago on Monday after 20 Chilean fishermen \
         were refused entry at a Peruvian port.",
    );
    assert!(!has(&evs, "CHL", "PER", "12"), "{evs:?}");
    assert!(has(&evs, "CHL", "PER", "11"), "{evs:?}");
}
