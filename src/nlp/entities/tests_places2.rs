//! Place names the gazetteer spells with a lower-case inner word ("Dar es Salaam") match
//! whole; "St" and "Saint" spellings of a city are one name; small capitals and island
//! aliases of data/places resolve. Invented sentences.
use super::tests::{actor_of, run};

#[test]
fn a_city_spelt_with_a_lower_case_inner_word_matches_whole() {
    let ms = run(
        "Dar es Salaam on Friday recalled its envoy from Oslo.",
        None,
    );
    assert_eq!(actor_of(&ms, "Dar es Salaam").as_deref(), Some("TZA"));
    let ms = run("Ras al-Khaimah hosted the talks last week.", None);
    assert_eq!(actor_of(&ms, "Ras al-Khaimah").as_deref(), Some("ARE"));
}

#[test]
fn a_lower_case_word_the_table_does_not_spell_still_ends_a_name() {
    // "Dar" alone names nothing, and "es" joins no other name: no mention of Tanzania
    let ms = run("Dar es the word for house, he told the class.", None);
    assert!(ms.iter().all(|m| m.2.as_deref() != Some("TZA")));
}

#[test]
fn saint_and_st_spellings_name_the_same_city() {
    let ms = run(
        "St George's and St John's sent observers to the vote.",
        None,
    );
    assert_eq!(actor_of(&ms, "St George's").as_deref(), Some("GRD"));
    assert_eq!(actor_of(&ms, "St John's").as_deref(), Some("ATG"));
    // the Russian city, not the smaller Florida one
    let ms = run("St Petersburg welcomed the delegation on Sunday.", None);
    assert_eq!(actor_of(&ms, "St Petersburg").as_deref(), Some("RUS"));
}

#[test]
fn small_capitals_and_an_island_alias_resolve() {
    let ms = run("Rarotonga and Port Vila signed the fisheries pact.", None);
    assert_eq!(actor_of(&ms, "Rarotonga").as_deref(), Some("COK"));
    assert_eq!(actor_of(&ms, "Port Vila").as_deref(), Some("VUT"));
}
