//! Branch fresh9: what a ninth batch of twelve articles written blind showed, through the
//! whole extractor with the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn talks_between_two_leaders_pair_no_state_with_its_own_leader() {
    // "Ghana's president" names Ghana and its government: one side of the talks
    let evs = emitted(
        "The accord was reached in Accra during talks between Togo's prime minister and \
         Ghana's president, officials said.",
    );
    assert!(has(&evs, "TGOGOV", "GHA", "04"), "{evs:?}");
    assert!(!has(&evs, "GHA", "GHAGOV", "04"), "{evs:?}");
    assert!(!has(&evs, "GHAGOV", "GHA", "04"), "{evs:?}");
}

#[test]
fn co_subjects_who_buy_trade_with_a_third_party() {
    let evs = emitted(
        "Under the accord, Senegal and Mali will each buy a third of the power the dam \
         produces.",
    );
    assert!(!has(&evs, "SEN", "MLI", "06"), "{evs:?}");
    assert!(!has(&evs, "MLI", "SEN", "06"), "{evs:?}");
}

#[test]
fn co_subjects_who_cooperate_still_act_on_each_other() {
    // guard: the trading verbs leave the reciprocal reading of cooperation alone
    let evs = emitted("Chile and Peru agreed on Monday to reopen the border.");
    assert!(has(&evs, "CHL", "PER", "03"), "{evs:?}");
    assert!(has(&evs, "PER", "CHL", "03"), "{evs:?}");
}

#[test]
fn statements_of_support_are_praise() {
    let evs = emitted(
        "Oman, Jordan and Egypt issued separate statements of support for Bahrain on Monday.",
    );
    assert!(has(&evs, "OMN", "BHR", "05"), "{evs:?}");
    assert!(!has(&evs, "OMN", "BHR", "10"), "{evs:?}");
}

#[test]
fn its_office_in_a_second_clause_is_the_first_subjects() {
    // the owned minister accuses, and the denial that names no one answers that accusation
    let evs = emitted(
        "Malawi closed the Mwanza crossing on Monday, and its trade minister accused Lusaka \
         of failing to protect foreign drivers.\n\n\
         Zambia's interior ministry denied that police had stood by during the attack.",
    );
    assert!(has(&evs, "MWIGOV", "ZMB", "11"), "{evs:?}");
    assert!(has(&evs, "ZMBGOV", "MWI", "12"), "{evs:?}");
}

#[test]
fn its_office_after_another_named_actor_stays_unowned() {
    // "its" may be the object's: no owner is guessed
    let evs = emitted(
        "Malawi backed Zambia on Monday, and its trade minister accused Lusaka of failing \
         to protect foreign drivers.",
    );
    assert!(!has(&evs, "MWIGOV", "ZMB", "11"), "{evs:?}");
}

#[test]
fn a_high_commissioner_is_an_envoy_summoned_recalled_or_expelled() {
    let evs = emitted("Ghana summoned Nigeria's acting high commissioner on Monday.");
    assert!(has(&evs, "GHA", "NGA", "11"), "{evs:?}");
    // the passive with no agent: the ministry the envoy was called to summoned
    let evs = emitted(
        "Zambia's high commissioner was summoned to the foreign ministry in Lilongwe on \
         Tuesday, the ministry said.",
    );
    assert!(has(&evs, "MWIGOV", "ZMB", "11"), "{evs:?}");
    let evs = emitted("Malawi recalled its high commissioner from Lusaka on Friday.");
    assert!(has(&evs, "MWI", "ZMB", "161"), "{evs:?}");
}

#[test]
fn a_commissioner_of_no_state_is_no_envoy() {
    // guard: a domestic commissioner named in the passive is not a summoned envoy
    let evs = emitted(
        "The police commissioner was summoned to the interior ministry in Nairobi on Monday.",
    );
    assert!(!evs.iter().any(|(_, _, c)| c.starts_with("11")), "{evs:?}");
}
