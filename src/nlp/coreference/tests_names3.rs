//! Names the coder could not place (branch names3): an open name in apposition after a
//! state's office, and a definite body noun past a definite re-mention of the body.
use super::tests::{actor_of_nth, events};

#[test]
fn a_name_after_its_foreign_minister_is_that_government() {
    let text = "The Tongan government protested on Monday. \
                It said its foreign minister, Ana Vake, would travel to Suva on Friday.";
    assert_eq!(actor_of_nth(text, "Ana Vake", 0).as_deref(), Some("TONGOV"));
}

#[test]
fn a_name_after_a_capitalised_title_is_not_given_the_office() {
    // no lower-case office before the name: the pass lends nothing
    let text = "The Tongan government protested on Monday. \
                Officials met Ana Vake, Lilo Faka and others in Suva.";
    assert_ne!(
        actor_of_nth(text, "Lilo Faka", 0).as_deref(),
        Some("TONGOV")
    );
}

#[test]
fn the_delegation_looks_past_the_team_to_the_owned_mission() {
    let text = "Niger's government ordered a visiting ECOWAS mission to leave on Sunday, \
                a day after the team arrived in Niamey. \
                A government spokesman said the delegation had met opposition leaders.";
    let owner = actor_of_nth(text, "the delegation", 0);
    assert_eq!(owner.as_deref(), Some("IGOWAFBUSWAS"));
    // the meeting is no longer the speaker's government meeting its own opposition
    let domestic =
        |(s, t, _): &(String, String, String)| s.starts_with("NER") && t.starts_with("NER");
    assert!(!events(text).iter().any(domestic));
}
