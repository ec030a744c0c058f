//! Plural titles over a list of states (branch recall14): "the foreign ministers of A, B
//! and C" are one minister of each state.

use super::tests::{actor_of_nth, events, has_event};

#[test]
fn a_plural_title_over_a_list_names_every_state_of_the_list() {
    let text = "The foreign ministers of Chile, Peru and Bolivia urged Argentina to reopen \
                the border.";
    assert_eq!(
        actor_of_nth(text, "The foreign ministers", 0).as_deref(),
        Some("CHLGOV/PERGOV/BOLGOV")
    );
    let evs = events(text);
    for src in ["CHLGOV", "PERGOV", "BOLGOV"] {
        assert!(has_event(&evs, src, "ARG", "02"), "{src}: {evs:?}");
    }
    // two signatories under one title sign with each other
    let evs = events("The presidents of Chile and Peru signed a trade agreement on Monday.");
    assert!(has_event(&evs, "CHLGOV", "PERGOV", "0"), "{evs:?}");
    assert!(has_event(&evs, "PERGOV", "CHLGOV", "0"), "{evs:?}");
}

#[test]
fn a_listed_title_in_the_object_is_every_state_s_envoy() {
    // the multi-code object is placed: the speaker's country does not replace it
    let text = "Chile's government summoned the ambassadors of Peru and Bolivia on Monday.";
    assert_eq!(
        actor_of_nth(text, "the ambassadors", 0).as_deref(),
        Some("PERGOV/BOLGOV")
    );
    let evs = events(text);
    assert!(has_event(&evs, "CHLGOV", "PERGOV", "1"), "{evs:?}");
    assert!(has_event(&evs, "CHLGOV", "BOLGOV", "1"), "{evs:?}");
}

#[test]
fn a_singular_title_of_one_state_keeps_its_reading() {
    let text = "The foreign minister of Chile urged Argentina to reopen the border.";
    assert_eq!(
        actor_of_nth(text, "foreign minister", 0).as_deref(),
        Some("CHLGOV")
    );
}

#[test]
fn three_signatories_under_one_title_sign_with_each_other() {
    let evs = events(
        "The presidents of Chile, Peru and Bolivia signed an agreement on sharing river \
         water on Friday.",
    );
    for (a, b) in [
        ("CHLGOV", "PERGOV"),
        ("PERGOV", "BOLGOV"),
        ("BOLGOV", "CHLGOV"),
    ] {
        assert!(has_event(&evs, a, b, "057"), "{a} -> {b}: {evs:?}");
        assert!(has_event(&evs, b, a, "057"), "{b} -> {a}: {evs:?}");
    }
    // five or more signatories (a multilateral treaty) make no pairs (branch lists: four
    // still sign pairwise, see events/tests_lists.rs)
    let evs = events(
        "The presidents of Chile, Peru, Bolivia, Ecuador and Colombia signed an agreement \
         on sharing river water on Friday.",
    );
    assert!(!has_event(&evs, "CHLGOV", "PERGOV", "057"), "{evs:?}");
    // one state twice ("Peru and Peru's trade minister") is no third side
    let evs = events(
        "Chile's foreign minister, Peru and Peru's trade minister signed an agreement on \
         sharing river water on Friday.",
    );
    assert!(!has_event(&evs, "PER", "PERGOV", "057"), "{evs:?}");
    assert!(!has_event(&evs, "PERGOV", "PER", "057"), "{evs:?}");
}

/// "both countries" after a list that is one side's targets plus a bystander: the story's
/// two sides, not the latest list; a list whose sentence has no story state before it keeps
/// its reading.
#[test]
fn both_countries_skip_a_list_of_one_sides_targets_with_a_bystander() {
    let text = "Chile's navy seized a Peruvian trawler on Monday. Peru called the seizure \
                piracy and closed its ports to Chilean ships. Chile answered by expelling \
                the envoys of Peru and Bolivia. The regional bloc urged both countries to \
                talk.";
    assert_eq!(
        actor_of_nth(text, "both countries", 0).as_deref(),
        Some("CHL/PER")
    );
    let text = "Chile's navy seized a Peruvian trawler on Monday. Peru called the seizure \
                piracy and closed its ports to Chilean ships. Later Peru and Bolivia \
                signed a fishing pact. The regional bloc urged both countries to talk.";
    assert_eq!(
        actor_of_nth(text, "both countries", 0).as_deref(),
        Some("PER/BOL")
    );
}

#[test]
fn both_governments_after_a_thanked_helper_are_the_storys_pair() {
    // branch fixes13: the latest sentence pairs one side with the state it thanked
    let text = "ACCRA (Wire) — Ghana released six Togolese fishermen on Monday who had been \
                held for a week. Togo had recalled its envoy from Accra over the arrests.\n\n\
                Togo's foreign ministry thanked Benin for its help. The regional bloc praised \
                both governments.";
    assert_eq!(
        actor_of_nth(text, "both governments", 0).as_deref(),
        Some("GHAGOV/TGOGOV")
    );
    // without thanks the latest pair is meant
    let text = "ACCRA (Wire) — Ghana released six Togolese fishermen on Monday who had been \
                held for a week. Togo had recalled its envoy from Accra over the arrests.\n\n\
                Togo's foreign minister met Benin's president on Tuesday. The regional bloc \
                praised both governments.";
    assert_eq!(
        actor_of_nth(text, "both governments", 0).as_deref(),
        Some("TGOGOV/BENGOV")
    );
}
