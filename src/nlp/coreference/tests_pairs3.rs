//! Pairs named collectively as the owners of an agent (branch pairs3): "officials of the two
//! governments met …" are both states' officials meeting each other, also in an "as"-clause
//! the parser hangs on the sentence's first verb. Through the whole pipeline, on invented
//! sentences.

use super::tests::{events, has_event};

fn both_ways(evs: &[(String, String, String)], a: &str, b: &str, code: &str) -> bool {
    has_event(evs, a, b, code) && has_event(evs, b, a, code)
}

#[test]
fn officials_of_the_two_governments_meet_each_other() {
    for text in [
        "Chile asked Peru on Monday to open a new port. Officials of the two governments met \
         in Lima on Tuesday.",
        "Chile asked Peru on Monday to open a new port. Officials from both countries met in \
         Lima on Tuesday.",
    ] {
        let evs = events(text);
        assert!(both_ways(&evs, "CHLGOV", "PERGOV", "04"), "{text}: {evs:?}");
    }
}

#[test]
fn an_as_clause_naming_the_pair_is_their_meeting() {
    let text = "Chile asked Peru on Monday to fund a new port, as officials of the two \
                governments met in Lima for the first review of the treaty.";
    let evs = events(text);
    assert!(has_event(&evs, "CHL", "PER", "02"), "{evs:?}");
    assert!(both_ways(&evs, "CHLGOV", "PERGOV", "04"), "{evs:?}");
}

#[test]
fn an_as_clause_of_people_with_no_state_codes_no_meeting() {
    // the clause's subject names no state: only the main clause's act
    let text = "Chile summoned Peru's ambassador on Monday, as protesters gathered outside \
                the embassy in Lima.";
    let evs = events(text);
    assert!(has_event(&evs, "CHL", "PERGOV", "1"), "{evs:?}");
    assert!(!has_event(&evs, "CHL", "PER", "04"), "{evs:?}");
    assert!(!has_event(&evs, "PER", "CHL", "04"), "{evs:?}");
}
