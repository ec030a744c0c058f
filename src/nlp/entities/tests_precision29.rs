//! A demonym two states share is read by the rest of the article (precision29, issue 8).
use super::tests::codes_of;

#[test]
fn dominican_officials_in_a_story_from_roseau_are_dominicas() {
    let text = "ROSEAU, Dominica (Island Desk) — Canada suspended visas for two senior \
                Dominican officials on Monday. Dominica's cabinet met on Tuesday.";
    let codes = codes_of(text, "Dominican officials");
    assert!(!codes.is_empty());
    assert!(
        codes
            .iter()
            .all(|c| c.as_deref().is_some_and(|c| c.starts_with("DMA"))),
        "{codes:?}"
    );
}

#[test]
fn dominican_officials_stay_the_republics_where_the_republic_is_named() {
    // "Dominican Republic" is one name, a vote for the Republic, not a reading of the demonym.
    let text = "SANTO DOMINGO (Island Desk) — The Dominican Republic closed its border on \
                Monday, and Dominican officials met envoys from Dominica on Tuesday.";
    let codes = codes_of(text, "Dominican officials");
    assert!(!codes.is_empty());
    assert!(
        codes
            .iter()
            .all(|c| c.as_deref().is_some_and(|c| c.starts_with("DOM"))),
        "{codes:?}"
    );
    assert_eq!(
        codes_of(text, "Dominican Republic"),
        vec![Some("DOM".to_string())]
    );
}
