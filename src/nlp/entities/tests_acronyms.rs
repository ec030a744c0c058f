//! Acronyms the story defines (issue 8): a later bare use takes the defining body's actor.
use super::tests::codes_of;

#[test]
fn a_parenthesised_acronym_names_its_body_later() {
    let text = "The Nigerian Air Force (NAF) flew patrols over the lake on Sunday. \
                Two days later NAF bombed a camp near the border.";
    let codes = codes_of(text, "NAF");
    assert_eq!(codes.len(), 2, "{codes:?}");
    assert!(
        codes.iter().all(|c| c.as_deref() == Some("NGAMIL")),
        "{codes:?}"
    );
}

#[test]
fn initials_of_a_named_body_name_it_later() {
    let text = "The Nigerian Air Force flew patrols over the lake on Sunday. \
                Two days later NAF bombed a camp near the border.";
    assert_eq!(codes_of(text, "NAF"), vec![Some("NGAMIL".to_string())]);
}

#[test]
fn an_acronym_used_before_any_definition_stays_open() {
    let text = "Two days later NAF bombed a camp near the border. \
                The Nigerian Air Force flew patrols over the lake on Sunday.";
    assert_eq!(codes_of(text, "NAF"), vec![None]);
}

#[test]
fn a_dateline_agency_is_not_the_city_it_follows() {
    let text = "BRUSSELS (QXN) — Belgian police detained two men on Friday. \
                A QXN reporter saw the arrests.";
    assert!(
        codes_of(text, "QXN").iter().all(|c| c.is_none()),
        "{:?}",
        codes_of(text, "QXN")
    );
}
