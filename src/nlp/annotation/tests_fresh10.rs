//! Branch fresh10: what a tenth batch of twelve articles written blind showed, through the
//! whole extractor with the built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn a_storm_named_like_a_state_is_no_actor() {
    let evs = emitted("Hurricane Kenya destroyed hundreds of homes in Jamaica on Monday.");
    assert!(!evs.iter().any(|(s, _, _)| s.starts_with("KEN")), "{evs:?}");
}

#[test]
fn a_ship_named_after_a_city_keeps_its_country() {
    // guard: a vessel's prefix is not a storm's; the ship still names its navy's country
    let evs = emitted("The frigate INS Kolkata fired on a Pakistani boat, Pakistan said.");
    assert!(has(&evs, "IND", "PAK", "18"), "{evs:?}");
}

#[test]
fn a_journey_from_a_capital_is_no_visit_to_it() {
    let evs = emitted(
        "The head of the Pacific Islands Forum, visiting from Suva, called on donors to send \
         help quickly.",
    );
    assert!(!has(&evs, "IGOPAC", "FJI", "04"), "{evs:?}");
    assert!(!has(&evs, "FJI", "IGOPAC", "04"), "{evs:?}");
}

#[test]
fn a_journey_from_a_capital_leaves_the_visit_and_other_froms() {
    // guards: the visited state is still the target, and "from" keeps its target elsewhere
    let evs = emitted("Fiji's prime minister, arriving from Suva, visited Tonga on Monday.");
    assert!(has(&evs, "FJIGOV", "TON", "042"), "{evs:?}");
    let evs = emitted("Japan demanded an apology from China on Monday.");
    assert!(has(&evs, "JPN", "CHN", "10"), "{evs:?}");
}

#[test]
fn a_formal_objection_sent_or_lodged_is_a_protest() {
    let evs = emitted("Ghana sent a formal objection to Togo on Monday over the new tariffs.");
    assert!(has(&evs, "GHA", "TGO", "111"), "{evs:?}");
    let evs = emitted("Kenya lodged an objection with Uganda over the new tariffs.");
    assert!(has(&evs, "KEN", "UGA", "111"), "{evs:?}");
}

#[test]
fn an_objection_with_a_military_word_far_after_it_is_no_deployment() {
    let evs = emitted(
        "Bosnia's presidency sent a formal objection to Zagreb on Wednesday over Croatia's \
         plan to store waste at a former army barracks.",
    );
    assert!(has(&evs, "BIH", "HRV", "111"), "{evs:?}");
    assert!(!has(&evs, "BIH", "HRV", "15"), "{evs:?}");
}

#[test]
fn both_governments_skip_the_helpers_a_side_thanked() {
    // the credit in the dateline names no state before the lead's pair, and the pair one
    // side thanked are helpers, not the two governments
    let evs = emitted(
        "PORT LOUIS (Indian Ocean Report) — Kenya and Somalia signed a maritime accord on \
         Monday. Somalia's president thanked Qatar and Turkey for their help. Qatar's foreign \
         ministry also praised the accord. Ethiopia criticised both governments, saying the \
         accord ignored its interests.",
    );
    assert!(has(&evs, "ETH", "KEN", "11"), "{evs:?}");
    assert!(has(&evs, "ETH", "SOM", "11"), "{evs:?}");
    assert!(!has(&evs, "ETH", "QAT", "11"), "{evs:?}");
}

#[test]
fn a_thanked_pair_is_both_governments_when_the_story_has_no_other_pair() {
    // guard: with no story pair the thanked list is still the antecedent
    let evs = emitted(
        "Ecuador thanked Chile and Peru for their help on Monday. Bolivia urged both \
         governments to keep helping.",
    );
    assert!(has(&evs, "BOL", "CHL", "02"), "{evs:?}");
    assert!(has(&evs, "BOL", "PER", "02"), "{evs:?}");
}

#[test]
fn a_possessed_institution_in_a_capital_is_its_possessors() {
    let evs = emitted(
        "Bosnia sent a formal objection to Zagreb on Wednesday. The European Union's \
         delegation in Sarajevo urged Croatia to settle the matter.",
    );
    assert!(has(&evs, "IGOEUR", "HRV", "02"), "{evs:?}");
    assert!(!has(&evs, "BIH", "HRV", "02"), "{evs:?}");
}

#[test]
fn an_unpossessed_institution_in_a_capital_is_the_capitals_state() {
    // guard: with no possessor the seat still places the institution
    let evs = emitted("The military authorities in Bamako expelled France's ambassador.");
    assert!(has(&evs, "MLI", "FRA", "16"), "{evs:?}");
}
