//! Branch sources5: an organisation's office and its members. "a Commission spokesman"
//! after "the European Commission" speaks for that body (its short name before an office);
//! "both member states" after a body's pair is the pair (the tagger keeps "states" a
//! noun, so the appeal has its addressees).

use super::tests::{actor_of_nth, events};

#[test]
fn a_short_name_before_an_office_is_the_body_named_before() {
    let text = "The European Commission warned Malta over its passport scheme last week. \
                Malta suspended the scheme on Friday. \
                A Commission spokesman urged Malta on Saturday to publish its list of buyers.";
    assert_eq!(
        actor_of_nth(text, "Commission", 0).as_deref(),
        Some("IGOEUREEC")
    );
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|(s, t, c)| s == "IGOEUREEC" && t.starts_with("MLT") && c.starts_with("02")),
        "{evs:?}"
    );
}

#[test]
fn a_short_name_after_a_without_an_office_stays_open() {
    // "a Commission" that heads no office is not the body's short name
    let text = "The European Commission criticised Malta on Monday. \
                Malta set up a Commission to review the scheme.";
    assert_eq!(actor_of_nth(text, "Commission", 0), None);
}

#[test]
fn both_member_states_are_the_pair_a_body_addresses() {
    let text = "Slovenia accused Croatia on Monday of detaining two of its fishermen. \
                Croatia rejected the accusation on Tuesday. \
                The European Commission urged both member states to settle the matter.";
    let evs = events(text);
    for state in ["SVN", "HRV"] {
        assert!(
            evs.iter()
                .any(|(s, t, c)| s == "IGOEUREEC" && t.starts_with(state) && c.starts_with("02")),
            "{state}: {evs:?}"
        );
    }
}
