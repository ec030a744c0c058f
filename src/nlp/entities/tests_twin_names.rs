//! A bare name two states share is read by the rest of the article (issue 8).
use super::tests::codes_of;

#[test]
fn bare_congo_in_a_story_about_kinshasa_is_the_drc() {
    let text = "Officials in Kinshasa met a delegation on Monday. \
                Congo asked Rwanda to withdraw its troops from the hills.";
    assert_eq!(codes_of(text, "Congo"), vec![Some("COD".to_string())]);
}

#[test]
fn bare_congo_stays_the_republic_without_such_a_story() {
    let text = "Congo asked Gabon to reopen the river crossing on Monday.";
    assert_eq!(codes_of(text, "Congo"), vec![Some("COG".to_string())]);
    // Brazzaville named in the story keeps the dictionary's reading.
    let text = "Officials in Brazzaville met a delegation from Kinshasa on Monday. \
                Congo asked Gabon to reopen the river crossing.";
    assert_eq!(codes_of(text, "Congo"), vec![Some("COG".to_string())]);
}

#[test]
fn a_ministry_named_by_the_bare_twin_follows_its_reading() {
    // "Congo's" gives the ministry its country: that is the bare name's reading, not a vote
    // for the Republic, so the whole story about Kinshasa reads the DRC.
    let text = "Zambia reopened the road to Kinshasa on Tuesday. \
                Congo's mines ministry accused Lusaka of delaying the lorries. \
                Congo's mines minister said he would write to the Zambian government.";
    let ms = super::tests::run(text, Some("2025-06-01"));
    let codes: Vec<_> = ms
        .iter()
        .filter(|m| m.0 == "Congo" || m.0.starts_with("mines minist"))
        .map(|m| m.2.clone().unwrap_or_default())
        .collect();
    assert!(codes.len() >= 3, "{ms:?}");
    assert!(codes.iter().all(|c| c.starts_with("COD")), "{codes:?}");
}

#[test]
fn a_ministry_of_the_bare_twin_in_a_brazzaville_story_stays_the_republic() {
    let text = "Officials in Brazzaville met a delegation from Kinshasa on Monday. \
                Congo's mines ministry asked Gabon to reopen the river crossing.";
    let ms = super::tests::run(text, Some("2025-06-01"));
    let codes: Vec<_> = ms
        .iter()
        .filter(|m| m.0 == "Congo" || m.0 == "mines ministry")
        .map(|m| m.2.clone().unwrap_or_default())
        .collect();
    assert!(!codes.is_empty(), "{ms:?}");
    assert!(codes.iter().all(|c| c.starts_with("COG")), "{codes:?}");
}

#[test]
fn bare_congo_after_a_lead_naming_the_drc_in_full_is_the_drc() {
    // A passing place of the Republic (its capital) no longer outweighs the full name.
    let text = "The Democratic Republic of Congo closed its border with Rwanda on Friday. \
                Hundreds of families crossed the river to Brazzaville. \
                Congo asked Uganda to withdraw its soldiers from the north.";
    assert_eq!(codes_of(text, "Congo"), vec![Some("COD".to_string())]);
    let text = "DR Congo signed a mining deal with Zambia on Friday. \
                Traders in Brazzaville welcomed it. Congo later thanked Angola for its help.";
    assert_eq!(codes_of(text, "Congo"), vec![Some("COD".to_string())]);
}

#[test]
fn bare_congo_after_a_lead_naming_the_republic_in_full_stays_the_republic() {
    let text = "The Republic of Congo hosted a delegation from Kinshasa on Friday. \
                Congo asked Gabon to reopen the river crossing.";
    assert_eq!(codes_of(text, "Congo"), vec![Some("COG".to_string())]);
}

#[test]
fn bare_congo_in_a_story_naming_both_congos_in_full_keeps_the_dictionary() {
    let text = "The Democratic Republic of Congo and Congo-Brazzaville agreed a ferry timetable \
                on Friday. Refugees waited in Brazzaville. Congo thanked Angola for hosting the talks.";
    assert_eq!(codes_of(text, "Congo"), vec![Some("COG".to_string())]);
}

// Branch senses3: a bare "Korea" (`data/actors/bare_names.tsv`).

#[test]
fn bare_korea_is_south_korea_in_a_story_that_names_no_north() {
    let text = "Japan and Korea agreed on Tuesday to resume shuttle diplomacy.";
    assert_eq!(codes_of(text, "Korea"), vec![Some("KOR".to_string())]);
}

#[test]
fn bare_korea_stays_open_in_a_story_naming_the_north() {
    let text = "Japan condemned a missile launch by North Korea on Tuesday. \
                Korea said the test was a routine exercise.";
    let codes = codes_of(text, "Korea");
    assert!(codes.iter().all(Option::is_none), "{codes:?}");
}
