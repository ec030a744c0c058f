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
